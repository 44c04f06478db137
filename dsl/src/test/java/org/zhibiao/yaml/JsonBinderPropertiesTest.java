package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.zhibiao.diag.Diagnostics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Laws of the direct JSON binder over real declarations, damaged and varied at random: it gives
 * up (null) or builds exactly the reference path's model, positions included, and it always gives
 * up when the reference path reports anything at all.
 */
class JsonBinderPropertiesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The clean declarations of the repository, as trees to vary. */
    private static final List<JsonNode> REAL = real();

    /** Keys of the model, some in the wrong place, and a few that are no key at all. */
    private static final String[] KEYS = {
        "kind",
        "template",
        "department",
        "code",
        "year",
        "unit",
        "contact",
        "functions",
        "tasks",
        "funds",
        "projects",
        "goals",
        "tables",
        "name",
        "rows",
        "level1",
        "level3",
        "target",
        "halfYear",
        "origin",
        "income",
        "items",
        "total",
        "amount",
        "share",
        "computed",
        "indicators",
        "annual",
        "longTerm",
        "until",
        "preparer",
        "pos",
        "Name",
        "名称",
        "extra"
    };

    /** Scalars of every kind that bind, or fail to bind, somewhere. */
    private static final String[] TEXTS = {
        "",
        " ",
        "declaration",
        "library",
        "产出指标",
        "≥95%",
        "≤100%",
        "≥",
        "=100%",
        "达到预期",
        "100",
        "2024",
        "2024.0",
        "2024.5",
        "1e3",
        "1E+3",
        " 12 ",
        "12x",
        "0101",
        "-0",
        "0.10",
        "true",
        "false",
        "TRUE",
        "todo",
        "TODO",
        "person",
        "PERSON",
        "template",
        "to_fill",
        "robot",
        "\u0000",
        "\t",
        "é\u00a0\ufffd\uffff",
        "😀",
        "\\",
        "\"",
        "\n"
    };

    private static List<JsonNode> real() {
        List<JsonNode> out = new ArrayList<>();
        for (DeclarationFixtures.Json fixture : DeclarationFixtures.all()) {
            Diagnostics diagnostics = new Diagnostics();
            Documents.readByTree(fixture.name(), fixture.bytes(), DocumentType.DECLARATION, diagnostics);
            if (diagnostics.list().isEmpty()) {
                out.add(MAPPER.readTree(fixture.bytes()));
            }
        }
        return List.copyOf(out);
    }

    @Property(tries = 400)
    void a_varied_declaration_binds_as_the_reference_or_gives_up(@ForAll("variations") String json) {
        // given a real declaration, damaged or varied; when read both ways
        BothWays read = BothWays.read(json);

        // then
        Statistics.label("outcome").collect(read.reported() ? "reported" : read.fast() != null ? "bound" : "gave up");
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("reported").percentage(p -> p > 20);
            coverage.check("bound").percentage(p -> p > 5);
        });
        if (read.reported()) {
            assertThat(read.fast())
                    .as(
                            "the reference reports %s, so the fast path must give up",
                            read.out().list())
                    .isNull();
        } else if (read.fast() != null) {
            SameModel.assertSame(read.reference(), read.fast());
        }
    }

    @Property(tries = 100)
    void a_clean_variation_takes_the_fast_path_with_every_position(@ForAll("cleanVariations") String json) {
        // given a real declaration with keys reordered and other line ends and spacing; when read both ways
        BothWays read = BothWays.read(json);

        // then
        assertThat(read.out().list()).isEmpty();
        assertThat(read.fast()).isNotNull();
        SameModel.assertSame(read.reference(), read.fast());
    }

    /** One text read the reference way (with what it reported) and the fast way. */
    private record BothWays(Object reference, Diagnostics out, Object fast) {

        static BothWays read(String json) {
            byte[] bytes = json.getBytes(UTF_8);
            Diagnostics out = new Diagnostics();
            Object reference = Documents.readByTree("v.json", bytes, DocumentType.DECLARATION, out);
            return new BothWays(reference, out, JsonBinder.read("v.json", bytes, DocumentType.DECLARATION));
        }

        boolean reported() {
            return !out.list().isEmpty();
        }
    }

    @Provide
    Arbitrary<String> variations() {
        return Arbitraries.longs().map(seed -> vary(new Random(seed), true));
    }

    @Provide
    Arbitrary<String> cleanVariations() {
        return Arbitraries.longs().map(seed -> vary(new Random(seed), false));
    }

    /** A real declaration with one to four changes, then written with some spacing and line ends. */
    private static String vary(Random random, boolean damage) {
        JsonNode root = REAL.get(random.nextInt(REAL.size())).deepCopy();
        List<String> duplicated = new ArrayList<>();
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            root = damage ? damage(random, root, duplicated) : reorder(random, root);
        }
        String json = write(random, root);
        for (String member : duplicated) {
            json = duplicate(random, json, member);
        }
        return json;
    }

    private static JsonNode damage(Random random, JsonNode root, List<String> duplicated) {
        List<JsonNode> containers = containers(root);
        JsonNode at = containers.get(random.nextInt(containers.size()));
        switch (random.nextInt(10)) {
            case 0 -> {
                if (at instanceof ObjectNode o && !o.isEmpty()) {
                    o.remove(pick(random, names(o)));
                }
            }
            case 1 -> {
                if (at instanceof ObjectNode o) {
                    o.set(KEYS[random.nextInt(KEYS.length)], value(random));
                }
            }
            case 2 -> {
                if (at instanceof ObjectNode o && !o.isEmpty()) {
                    duplicated.add(pick(random, names(o)));
                }
            }
            case 3, 4 -> {
                if (at instanceof ObjectNode o && !o.isEmpty()) {
                    o.set(pick(random, names(o)), value(random));
                } else if (at instanceof ArrayNode a && !a.isEmpty()) {
                    a.set(random.nextInt(a.size()), value(random));
                }
            }
            case 5 -> {
                if (at instanceof ArrayNode a) {
                    a.insert(random.nextInt(a.size() + 1), value(random));
                }
            }
            case 6 -> {
                if (at instanceof ObjectNode o && !o.isEmpty()) {
                    o.putNull(pick(random, names(o)));
                }
            }
            case 7 -> {
                // a row, a project or a line in short form
                if (at instanceof ArrayNode a && !a.isEmpty() && a.get(0).isObject()) {
                    a.set(random.nextInt(a.size()), scalar(random));
                }
            }
            default -> {
                return reorder(random, root);
            }
        }
        return root;
    }

    /** Shuffles the keys of one mapping. */
    private static JsonNode reorder(Random random, JsonNode root) {
        List<JsonNode> containers = containers(root);
        if (containers.get(random.nextInt(containers.size())) instanceof ObjectNode o) {
            List<String> names = names(o);
            Collections.shuffle(names, random);
            ObjectNode copy = o.deepCopy();
            o.removeAll();
            names.forEach(n -> o.set(n, copy.get(n)));
        }
        return root;
    }

    private static JsonNode value(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.objectNode();
            case 1 -> NODES.arrayNode().add(scalar(random));
            case 2 -> NODES.nullNode();
            default -> scalar(random);
        };
    }

    private static JsonNode scalar(Random random) {
        return switch (random.nextInt(5)) {
            case 0 ->
                NODES.numberNode(new BigDecimal(
                        pick(random, List.of("0", "-1", "2024", "12.50", "1E+3", "0.0001", "99999999999", "2.5e-3"))));
            case 1 -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(TEXTS[random.nextInt(TEXTS.length)]);
        };
    }

    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            node.values().forEach(child -> collect(child, out));
        }
    }

    private static List<String> names(ObjectNode o) {
        return new ArrayList<>(o.propertyNames());
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Pretty or compact, with LF, CRLF or CR line ends and spaces or tabs. */
    private static String write(Random random, JsonNode root) {
        String json = random.nextInt(3) == 0
                ? MAPPER.writeValueAsString(root)
                : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        json = switch (random.nextInt(4)) {
            case 0 -> json.replace("\n", "\r\n");
            case 1 -> json.replace("\n", "\r");
            case 2 -> json.replace("  ", "\t");
            default -> json;
        };
        return random.nextBoolean() ? json + "\n" : " \n" + json;
    }

    /** Writes the first {@code "key" : value} member whose value is a scalar twice. */
    private static String duplicate(Random random, String json, String key) {
        String quoted = MAPPER.writeValueAsString(key);
        int from = json.indexOf(quoted + " : ");
        if (from < 0) {
            from = json.indexOf(quoted + ":");
        }
        if (from < 0) {
            return json;
        }
        int colon = json.indexOf(':', from + quoted.length());
        int end = colon + 1;
        while (end < json.length() && " \t".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        if (end >= json.length() || "{[".indexOf(json.charAt(end)) >= 0) {
            return json;
        }
        JsonNode value = MAPPER.readTree(
                json.substring(end).replaceFirst("(?s)^(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+).*", "$1"));
        String member = quoted + ":" + MAPPER.writeValueAsString(value) + ",";
        return json.substring(0, from)
                + (random.nextBoolean() ? member : member.replace(",", ",\n"))
                + json.substring(from);
    }
}
