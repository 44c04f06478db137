package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 17, forms from the schema: every declaration {@code zhibiao new} writes renders in
 * react-jsonschema-form (@rjsf/core with @rjsf/validator-ajv8, read back in jsdom) from its
 * template's schema (2020-12, and draft 7 for the first), with each table and each row drawn once and no error; a wrong
 * 指标值 gives one error, in Chinese, at its cell. Runs {@code src/test/node/render.mjs}; skipped
 * when node or the npm packages are absent.
 */
class FormRenderingTest {
    private static final Path WORK = Path.of("target/form-rendering");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void every_skeleton_renders_its_rows_once_with_no_error_and_a_wrong_value_gives_a_chinese_error()
            throws IOException {
        ExternalTools.assumeNode("@rjsf/core");
        // given: every skeleton with its template's schema, both drafts, and one wrong 指标值
        Files.createDirectories(WORK);
        SchemaExporter exporter = new SchemaExporter();
        ArrayNode cases = Json.MAPPER.createArrayNode();
        List<JsonNode> expected = new ArrayList<>();
        List<Shipped.Skeleton> skeletons = Shipped.skeletons();
        for (int i = 0; i < skeletons.size(); i++) {
            Shipped.Skeleton skeleton = skeletons.get(i);
            JsonNode document = YAML.readTree(Shipped.compiled(skeleton));
            write("doc-" + i + ".json", Json.print(document));
            // every skeleton in the default draft; draft 7 for one, to keep the run short (rjsf is slow)
            for (Draft draft : i == 0 ? Draft.values() : new Draft[] {Draft.defaultDraft()}) {
                String schema = "schema-" + i + "-" + draft.label() + ".json";
                write(schema, exporter.forTemplate(Shipped.resolved(skeleton.template()), draft));
                cases.add(testCase(schema, draft, "doc-" + i + ".json"));
                expected.add(document);
            }
        }
        Shipped.Skeleton police = new Shipped.Skeleton("hubei/public-security", Shipped.EZHOU);
        JsonNode good = YAML.readTree(Shipped.compiled(police));
        int row = rowIndex(good, 1, "预算执行率");
        write(
                "bad-target.json",
                Mutation.of(Json.print(good))
                        .set("/tables/1/rows/" + row + "/target", "≥abc%")
                        .yaml());
        for (Draft draft : Draft.values()) {
            String schema = "police-" + draft.label() + ".json";
            write(schema, exporter.forTemplate(Shipped.resolved(police.template()), draft));
            cases.add(testCase(schema, draft, "bad-target.json"));
        }
        ObjectNode manifest = Json.MAPPER.createObjectNode();
        manifest.set("cases", cases);
        Path file = write("manifest.json", Json.print(manifest)).toAbsolutePath();
        // when
        JsonNode results = Json.MAPPER.readTree(ExternalTools.ok(
                List.of("node", ExternalTools.NODE_DIR.resolve("render.mjs").toString(), file.toString())));
        // then: the skeletons
        assertThat(results.size()).isEqualTo(expected.size() + 2);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode result = results.get(i);
            JsonNode tables = expected.get(i).get("tables");
            String what = result.get("schema").asString() + " / "
                    + result.get("document").asString();
            assertThat(result.get("errors")).as(what + " errors").isEmpty();
            assertThat(result.get("tables").asInt()).as(what + " tables").isEqualTo(tables.size());
            for (int t = 0; t < tables.size(); t++) {
                assertThat(result.get("rows").path(String.valueOf(t)).asInt(0))
                        .as(what + " rows of table " + t)
                        .isEqualTo(tables.get(t).get("rows").size());
            }
        }
        // then: the wrong value, once, in Chinese, at its cell
        for (int i = expected.size(); i < results.size(); i++) {
            JsonNode errors = results.get(i).get("errors");
            assertThat(errors).as(results.get(i).toString()).hasSize(1);
            assertThat(errors.get(0).get("property").asString()).isEqualTo(".tables.1.rows." + row + ".target");
            assertThat(errors.get(0).get("message").asString()).contains("预算执行率", "指标值应由", "≥95%");
        }
    }

    private static int rowIndex(JsonNode document, int table, String level3) {
        JsonNode rows = document.get("tables").get(table).get("rows");
        for (int r = 0; r < rows.size(); r++) {
            if (level3.equals(rows.get(r).path("level3").asString())) {
                return r;
            }
        }
        throw new IllegalArgumentException("no row " + level3);
    }

    private static ObjectNode testCase(String schema, Draft draft, String document) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("schema", schema);
        node.put("draft", draft.label());
        node.put("document", document);
        return node;
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(WORK.resolve(name), text, StandardCharsets.UTF_8);
    }
}
