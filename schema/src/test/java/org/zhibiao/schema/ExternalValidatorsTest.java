package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.DocumentType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 17: the exported schemas as the validators people use read them. Every schema (each
 * document kind and each built-in template, both drafts) compiles in Python's {@code jsonschema}
 * (Draft 7 and 2020-12 validators), in ajv in strict mode and in {@code @hyperjump/json-schema};
 * every declaration {@code zhibiao new} writes is valid against its template's schema and the
 * generic one, and each monitoring and self-evaluation form made of it against its stage's schema;
 * and broken declarations and monitoring forms are rejected by all three at the same JSON pointer.
 */
class ExternalValidatorsTest {
    private static final Path WORK = Path.of("target/external-validators");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String POLICE = "hubei/public-security";

    /** A broken declaration: its file, and the pointer where every validator must report it. */
    record Broken(String file, String pointer) {}

    private static final List<Broken> BROKEN = new ArrayList<>();
    /** Broken monitoring forms of {@link #POLICE}, checked against its monitoring form's schema. */
    private static final List<Broken> BROKEN_MONITORING = new ArrayList<>();

    private static Path manifest;

    @BeforeAll
    static void writeSchemasAndDocuments() throws IOException {
        Files.createDirectories(WORK);
        SchemaExporter exporter = new SchemaExporter();
        Map<String, String> skeletons = new LinkedHashMap<>();
        for (Shipped.Skeleton skeleton : Shipped.skeletons()) {
            String file = "doc-" + skeletons.size() + ".json";
            write(file, json(Shipped.compiled(skeleton)));
            skeletons.put(file, skeleton.template());
        }
        String police = json(Shipped.compiled(new Shipped.Skeleton(POLICE, Shipped.EZHOU)));
        BROKEN.clear();
        BROKEN.add(broken(
                police,
                "bad-target",
                row(police, 1, "预算执行率", "target"),
                m -> m.set(row(police, 1, "预算执行率", "target"), "≥abc%")));
        BROKEN.add(broken(
                police,
                "unknown-level1",
                row(police, 1, "预算执行率", "level1"),
                m -> m.set(row(police, 1, "预算执行率", "level1"), "其他")));
        BROKEN.add(broken(
                police,
                "wrong-unit",
                row(police, 1, "预算执行率", "target"),
                m -> m.set(row(police, 1, "预算执行率", "target"), "'=100次'")));
        Map<String, String> staged = writeStageForms();
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (Draft draft : Draft.values()) {
            for (DocumentType kind : DocumentType.values()) {
                String file = SchemaFiles.name(kind, draft).replace('/', '_');
                write(file, exporter.generic(kind, draft));
                List<String> documents =
                        kind == DocumentType.DECLARATION ? new ArrayList<>(skeletons.keySet()) : List.of();
                cases.add(testCase(file, draft, documents));
            }
            for (Template template : Catalogue.builtIn().templates()) {
                String file = SchemaFiles.name(template, draft).replace('/', '_');
                write(file, exporter.forTemplate(Shipped.resolved(template.reference()), draft));
                List<String> documents = new ArrayList<>();
                skeletons.forEach((doc, id) -> {
                    if (id.equals(template.id())) {
                        documents.add(doc);
                    }
                });
                if (template.id().equals(POLICE)) {
                    BROKEN.forEach(b -> documents.add(b.file()));
                }
                cases.add(testCase(file, draft, documents));
                stageCases(exporter, template, draft, staged).forEach(cases::add);
            }
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("cases", cases);
        manifest = write("manifest.json", Json.print(root)).toAbsolutePath();
    }

    /**
     * Each skeleton's monitoring and self-evaluation forms as {@code new --stage} writes them, its
     * self-evaluation scored, a filled monitoring form and broken ones: file → {@code template|stage}.
     */
    private static Map<String, String> writeStageForms() throws IOException {
        Map<String, String> staged = new LinkedHashMap<>();
        for (Shipped.Skeleton skeleton : Shipped.skeletons()) {
            for (Stage stage : Stage.values()) {
                String file = "stage-" + staged.size() + ".json";
                write(file, json(Shipped.staged(skeleton, stage)));
                staged.put(file, skeleton.template() + "|" + stage.label());
            }
        }
        for (Shipped.Skeleton skeleton : Shipped.skeletons()) {
            String file = "stage-scored-" + staged.size() + ".json";
            write(file, json(Shipped.scored(skeleton)));
            staged.put(file, skeleton.template() + "|" + Stage.SELF_EVALUATION.label());
        }
        String monitored = json(Shipped.staged(new Shipped.Skeleton(POLICE, Shipped.EZHOU), Stage.MONITORING));
        String likelihood = row(monitored, 0, "预算执行率", "likelihood");
        String filled = Mutation.of(monitored)
                .set(likelihood.replace("likelihood", "progress"), "已执行 58%")
                .set(likelihood.replace("likelihood", "forecast"), "≥95%")
                .set(likelihood, "确定能")
                .yaml();
        write("stage-filled-monitoring.json", filled);
        staged.put("stage-filled-monitoring.json", POLICE + "|" + Stage.MONITORING.label());
        BROKEN_MONITORING.clear();
        BROKEN_MONITORING.add(broken(filled, "monitoring-likelihood", likelihood, m -> m.set(likelihood, "大概能")));
        BROKEN_MONITORING.add(broken(
                filled,
                "monitoring-unknown-column",
                likelihood.replace("/likelihood", ""),
                m -> m.set(likelihood.replace("likelihood", "预计"), "95%")));
        BROKEN_MONITORING.add(broken(filled, "monitoring-no-stage", "", m -> m.remove("/stage")));
        return staged;
    }

    /** The cases of a template's stage schemas: each with the forms of that template and stage. */
    private static List<ObjectNode> stageCases(
            SchemaExporter exporter, Template template, Draft draft, Map<String, String> staged) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            String stageFile = SchemaFiles.name(template, stage, draft).replace('/', '_');
            write(stageFile, exporter.forTemplate(Shipped.resolved(template.reference()), stage, draft));
            List<String> forms = new ArrayList<>();
            staged.forEach((doc, form) -> {
                if (form.equals(template.id() + "|" + stage.label())) {
                    forms.add(doc);
                }
            });
            if (template.id().equals(POLICE) && stage == Stage.MONITORING) {
                BROKEN_MONITORING.forEach(b -> forms.add(b.file()));
            }
            out.add(testCase(stageFile, draft, forms));
        }
        return out;
    }

    @Test
    void python_jsonschema_accepts_every_schema_and_every_skeleton_and_places_the_errors() {
        ExternalTools.assumePythonJsonschema();
        JsonNode result = Json.MAPPER.readTree(ExternalTools.ok(List.of(
                ExternalTools.PYTHON,
                ExternalTools.PYTHON_DIR.resolve("validate.py").toString(),
                manifest.toString())));
        assertAgreement("python jsonschema " + result.get("version").asString(), result);
    }

    @Test
    void ajv_strict_accepts_every_schema_and_every_skeleton_and_places_the_errors() {
        ExternalTools.assumeNode("ajv");
        JsonNode result = Json.MAPPER.readTree(ExternalTools.ok(
                List.of("node", ExternalTools.NODE_DIR.resolve("validate.js").toString(), manifest.toString())));
        assertAgreement("ajv " + result.get("version").asString(), result);
    }

    /**
     * Hyperjump meta-validates each schema when it compiles it (the draft it names, draft-07 or
     * 2020-12), so an empty list of schema errors also means the schema is valid JSON Schema.
     */
    @Test
    void hyperjump_accepts_every_schema_and_every_skeleton_and_places_the_errors() {
        ExternalTools.assumeNode("@hyperjump/json-schema");
        JsonNode result = Json.MAPPER.readTree(ExternalTools.ok(List.of(
                "node", ExternalTools.NODE_DIR.resolve("validate-hyperjump.mjs").toString(), manifest.toString())));
        assertAgreement("@hyperjump/json-schema " + result.get("version").asString(), result);
    }

    private static void assertAgreement(String tool, JsonNode result) {
        JsonNode schemas = result.get("schemas");
        assertThat(schemas.size())
                .as(tool + ": schemas checked")
                .isEqualTo(2
                        * (DocumentType.values().length
                                + (1 + Stage.values().length)
                                        * Catalogue.builtIn().templates().size()));
        schemas.properties()
                .forEach(e ->
                        assertThat(e.getValue()).as(tool + ": " + e.getKey()).isEmpty());
        int checked = 0;
        for (Map.Entry<String, JsonNode> e : result.get("documents").properties()) {
            List<String> pointers = new ArrayList<>();
            e.getValue().forEach(p -> pointers.add(p.asString()));
            Broken broken = Stream.concat(BROKEN.stream(), BROKEN_MONITORING.stream())
                    .filter(b -> e.getKey().endsWith("|" + b.file()))
                    .findFirst()
                    .orElse(null);
            if (broken == null) {
                assertThat(pointers).as(tool + ": " + e.getKey()).isEmpty();
            } else {
                // at the pointer, or inside it: a property nobody declared is reported at its
                // object by ajv and Python, at the property itself by hyperjump
                assertThat(pointers)
                        .as(tool + ": " + e.getKey())
                        .anyMatch(p -> p.equals(broken.pointer()) || p.startsWith(broken.pointer() + "/"))
                        .allMatch(p -> broken.pointer().startsWith(p) || p.startsWith(broken.pointer()));
            }
            checked++;
        }
        assertThat(checked)
                .as(tool + ": documents checked")
                .isGreaterThan(
                        2 * (1 + Stage.values().length) * Shipped.skeletons().size());
    }

    private static ObjectNode testCase(String schema, Draft draft, List<String> documents) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("schema", schema);
        node.put("draft", draft.label());
        ArrayNode list = node.putArray("documents");
        documents.forEach(list::add);
        return node;
    }

    private static Broken broken(String base, String name, String pointer, UnaryOperator<Mutation> change)
            throws IOException {
        String file = "broken-" + name + ".json";
        write(file, change.apply(Mutation.of(base)).yaml());
        return new Broken(file, pointer);
    }

    /** {@code /tables/T/rows/R/key} of the first row named {@code level3} in table {@code table}. */
    private static String row(String json, int table, String level3, String key) {
        JsonNode rows = Json.MAPPER.readTree(json).get("tables").get(table).get("rows");
        for (int r = 0; r < rows.size(); r++) {
            if (level3.equals(rows.get(r).path("level3").asString())) {
                return "/tables/" + table + "/rows/" + r + "/" + key;
            }
        }
        throw new IllegalArgumentException("no row " + level3);
    }

    private static String json(String yaml) {
        return Json.print(YAML.readTree(yaml));
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(WORK.resolve(name), text, StandardCharsets.UTF_8);
    }
}
