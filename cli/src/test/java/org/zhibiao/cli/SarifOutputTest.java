package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.diag.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code zhibiao check --format sarif} (issue 6): a SARIF 2.1.0 log that validates against the official schema. */
class SarifOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void findings_of_a_fresh_skeleton_validate_against_the_sarif_2_1_0_schema() throws IOException {
        // given
        String decl = skeleton();
        // when
        Run run = Run.of("check", decl, "--format", "sarif");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(errors(run.out())).isEmpty();
    }

    @Test
    void every_finding_is_a_result_with_rule_level_position_and_row() throws IOException {
        // given
        String decl = skeleton();
        JsonNode findings =
                JSON.readTree(Run.of("check", decl, "--format", "json").out());
        // when
        JsonNode run = JSON.readTree(Run.of("check", decl, "--format", "sarif").out())
                .get("runs")
                .get(0);
        // then
        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(findings.size()).isPositive();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            JsonNode finding = findings.get(i);
            assertThat(result.get("ruleId").asString())
                    .isEqualTo(finding.get("code").asString());
            assertThat(result.get("level").asString())
                    .isEqualTo(level(finding.get("severity").asString()));
            assertThat(result.get("message").get("text").asString())
                    .startsWith(finding.get("message").asString());
            JsonNode location = result.get("locations").get(0);
            JsonNode physical = location.get("physicalLocation");
            assertThat(physical.get("region").get("startLine").asInt())
                    .isEqualTo(finding.get("line").asInt());
            assertThat(physical.get("region").get("startColumn").asInt())
                    .isEqualTo(finding.get("column").asInt());
            if (!finding.get("path").asString().isEmpty()) {
                assertThat(location.get("logicalLocations")
                                .get(0)
                                .get("fullyQualifiedName")
                                .asString())
                        .isEqualTo(finding.get("path").asString());
            }
            assertThat(run.get("tool")
                            .get("driver")
                            .get("rules")
                            .get(result.get("ruleIndex").asInt())
                            .get("id"))
                    .isEqualTo(result.get("ruleId"));
        }
    }

    @Test
    void the_driver_lists_every_rule_with_its_explanation_in_the_chosen_language() throws IOException {
        // when
        JsonNode driver = JSON.readTree(Run.of("check", skeleton(), "--format", "sarif", "--lang", "en")
                        .out())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        // then
        assertThat(driver.get("name").asString()).isEqualTo("zhibiao");
        List<Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = driver.get("rules").get(i);
            assertThat(rule.get("id").asString()).isEqualTo(rules.get(i).code());
            assertThat(rule.get("fullDescription").get("text").asString())
                    .isEqualTo(rules.get(i).explain(Lang.EN));
            assertThat(rules.get(i).explain(Lang.EN))
                    .startsWith(rule.get("shortDescription").get("text").asString());
        }
    }

    @Test
    void a_file_name_with_chinese_and_spaces_is_a_percent_encoded_relative_uri() throws IOException {
        // given
        String decl = skeleton("鄂州 申报表.yaml");
        Path relative = Path.of("").toAbsolutePath().relativize(Path.of(decl));
        // when
        Run run = Run.of("check", relative.toString(), "--format", "sarif");
        // then
        assertThat(errors(run.out())).isEmpty();
        assertThat(JSON.readTree(run.out())
                        .get("runs")
                        .get(0)
                        .get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .endsWith("%E9%84%82%E5%B7%9E%20%E7%94%B3%E6%8A%A5%E8%A1%A8.yaml")
                .doesNotContain(" ");
    }

    @Test
    void the_schema_is_really_applied() throws IOException {
        // a log without runs, a wrong version and an unknown level must fail, or the tests above prove nothing
        assertThat(errors("{\"version\": \"2.0.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"z\"}},"
                        + " \"results\": [{\"level\": \"fatal\", \"message\": {\"text\": \"x\"}}]}]}"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    private String skeleton() {
        return skeleton("decl.yaml");
    }

    private String skeleton(String name) {
        Path file = dir.resolve(name);
        Run written = Run.of(
                "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", file.toString());
        assertThat(written.code()).as(written.err()).isZero();
        return file.toString();
    }

    private static String level(String severity) {
        return "info".equals(severity) ? "note" : severity;
    }

    /** What the official SARIF 2.1.0 schema says of {@code sarif}; shared with the upgrade report's test. */
    static List<Error> errors(String sarif) throws IOException {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema, InputFormat.JSON)
                    .validate(sarif, InputFormat.JSON);
        }
    }
}
