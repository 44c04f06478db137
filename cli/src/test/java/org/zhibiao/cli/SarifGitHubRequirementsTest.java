package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhibiao.check.Rules;
import org.zhibiao.cli.render.SarifWriter;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub code scanning's own requirements of an uploaded SARIF file, as its documentation lists
 * them ("SARIF support for code scanning"), asserted one by one beside the schema validation of
 * {@link SarifOutputTest}: ruleId, message.text, a relative artifactLocation.uri, region.startLine
 * ≥ 1, partialFingerprints; at most 25,000 results per run, 20 runs, 10 MB gzipped; and for the
 * rules shortDescription, fullDescription, help.text, helpUri, properties.tags and precision.
 * Files that could not be checked are tool execution notifications (issue 17).
 */
class SarifGitHubRequirementsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> PRECISIONS = Set.of("very-low", "low", "medium", "high", "very-high");
    private static final long TEN_MB = 10L * 1024 * 1024;

    /** Inside the module, so that the paths given to check, and the URIs in the log, are relative. */
    private final Path dir = Path.of("target", "sarif-github");

    @BeforeEach
    void clean() throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    @Test
    void the_log_of_a_defective_declaration_and_an_unusable_file_meets_githubs_requirements() throws IOException {
        // given: a fresh skeleton (dozens of findings) and a file that is not YAML
        String decl = skeleton("decl.yaml");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: [declaration\n", StandardCharsets.UTF_8);
        // when
        Run run = Run.of("check", decl, broken.toString(), "--format", "sarif", "--quiet");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(schemaErrors(run.out())).isEmpty();
        JsonNode log = JSON.readTree(run.out());
        assertThat(log.get("runs").size()).isEqualTo(1).isLessThanOrEqualTo(20);
        assertThat(gzipped(run.out())).isLessThan(TEN_MB);
        JsonNode first = log.get("runs").get(0);
        assertMeetsGitHubRequirements(first);
        assertThat(first.get("results").size()).isPositive();
        JsonNode invocation = first.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("descriptor").get("id").asString()).isEqualTo("yaml-syntax");
        assertThat(notification.get("level").asString()).isEqualTo("error");
        assertThat(notification.get("message").get("text").asString()).isNotBlank();
        assertThat(notification
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("target/sarif-github/broken.yaml");
    }

    @Test
    void a_single_unusable_file_is_a_notification_of_an_unsuccessful_run_and_no_result() throws IOException {
        // given
        String missing = dir.resolve("missing.yaml").toString();
        // when
        Run run = Run.of("check", missing, "--format", "sarif");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(schemaErrors(run.out())).isEmpty();
        JsonNode first = JSON.readTree(run.out()).get("runs").get(0);
        assertThat(first.get("results")).isEmpty();
        JsonNode invocation = first.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation
                        .get("toolExecutionNotifications")
                        .get(0)
                        .get("descriptor")
                        .get("id")
                        .asString())
                .isEqualTo(Problem.FILE_UNREADABLE.code());
    }

    @Test
    void a_run_that_checked_every_file_is_successful_without_notifications() throws IOException {
        // when
        Run run = Run.of("check", skeleton("decl.yaml"), "--format", "sarif");
        // then
        JsonNode invocation =
                JSON.readTree(run.out()).get("runs").get(0).get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();
    }

    @Test
    void results_beyond_25000_are_cut_with_a_notification_that_counts_them() throws IOException {
        // given
        List<Diagnostic> many = new ArrayList<>();
        for (int i = 0; i < SarifWriter.MAX_RESULTS + 7; i++) {
            many.add(Problem.TARGET_EMPTY.at(Position.of("decls/" + (i % 500) + ".yaml", 1 + i / 500, 3)));
        }
        // when
        StringWriter out = new StringWriter();
        try (SarifWriter sarif = new SarifWriter(out, Lang.EN, "0.1.0")) {
            sarif.write(many.subList(0, 20_000));
            sarif.write(many.subList(20_000, many.size()));
        }
        // then
        String log = out.toString();
        assertThat(schemaErrors(log)).isEmpty();
        assertThat(gzipped(log)).isLessThan(TEN_MB);
        JsonNode first = JSON.readTree(log).get("runs").get(0);
        assertThat(first.get("results").size()).isEqualTo(25_000);
        assertMeetsGitHubRequirements(first);
        JsonNode invocation = first.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);
        assertThat(notification.get("descriptor").get("id").asString()).isEqualTo("results-truncated");
        assertThat(notification.get("message").get("text").asString())
                .contains("25,000")
                .contains(" 7 more");
    }

    @Test
    void every_rules_help_link_resolves_to_its_anchor_in_the_reference_catalogue_docs_writes() throws Exception {
        // given
        Path site = dir.resolve("site");
        assertThat(Run.of("catalogue", "docs", "-o", site.toString()).code()).isZero();
        // when
        JsonNode driver = JSON.readTree(
                        Run.of("check", skeleton("decl.yaml"), "--format", "sarif", "--docs-url", site.toString())
                                .out())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        // then
        assertThat(Path.of(URI.create(driver.get("informationUri").asString()))).exists();
        String rules = Files.readString(site.resolve("rules.md"), StandardCharsets.UTF_8);
        for (JsonNode rule : driver.get("rules")) {
            if (Rules.byCode(rule.get("id").asString()).isEmpty()) {
                continue;
            }
            URI uri = URI.create(rule.get("helpUri").asString());
            assertThat(Path.of(new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null)))
                    .isEqualTo(site.resolve("rules.md").toAbsolutePath());
            assertThat(uri.getFragment()).isEqualTo(rule.get("id").asString());
            assertThat(rules).contains("<a id=\"" + uri.getFragment() + "\"></a>");
        }
    }

    @Test
    void docs_url_makes_every_help_link_absolute() throws IOException {
        // when
        JsonNode driver = JSON.readTree(Run.of(
                                "check",
                                skeleton("decl.yaml"),
                                "--format",
                                "sarif",
                                "--docs-url",
                                "https://intranet.example/zhibiao")
                        .out())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        // then
        assertThat(driver.get("informationUri").asString()).isEqualTo("https://intranet.example/zhibiao/index.html");
        for (JsonNode rule : driver.get("rules")) {
            assertThat(rule.get("helpUri").asString()).startsWith("https://intranet.example/zhibiao/rules.md#");
        }
    }

    @Test
    void by_default_help_links_point_into_zhibiao_docs_in_the_working_directory() throws IOException {
        // on GitHub Actions the links go to the repository on GitHub instead (SarifHelpLinksTest)
        Assumptions.assumeTrue(System.getenv("GITHUB_WORKSPACE") == null);
        // when
        JsonNode driver = JSON.readTree(Run.of("check", skeleton("decl.yaml"), "--format", "sarif")
                        .out())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        // then
        String base =
                Path.of("zhibiao-docs").toAbsolutePath().toUri().toASCIIString().replaceFirst("/?$", "/");
        assertThat(driver.get("informationUri").asString()).isEqualTo(base + "index.html");
        assertThat(driver.get("rules").get(0).get("helpUri").asString())
                .isEqualTo(base + "rules.md#" + Rules.all().get(0).code());
    }

    @Test
    void the_help_of_a_rule_is_what_explain_prints() throws IOException {
        // given
        String code = Rules.all().get(0).code();
        String explained = Run.of("check", "--explain", code, "--lang", "en").out();
        // when
        JsonNode driver = JSON.readTree(Run.of("check", skeleton("decl.yaml"), "--format", "sarif", "--lang", "en")
                        .out())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        // then
        JsonNode help = driver.get("rules").get(0).get("help");
        assertThat(explained).contains(Rules.all().get(0).explain(Lang.EN));
        assertThat(help.get("text").asString())
                .startsWith(Rules.all().get(0).explain(Lang.EN))
                .endsWith("zhibiao check --explain " + code);
        assertThat(help.get("markdown").asString())
                .startsWith("**" + code + "**")
                .contains(Rules.all().get(0).explain(Lang.EN));
        assertThat(driver.get("semanticVersion").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(driver.get("version").asString())
                .isEqualTo(driver.get("semanticVersion").asString());
    }

    @Test
    void json_output_carries_an_unusable_file_as_an_element_of_the_same_array() throws IOException {
        // given
        String decl = skeleton("decl.yaml");
        String missing = dir.resolve("missing.yaml").toString();
        // when
        Run run = Run.of("check", decl, missing, "--format", "json", "--quiet");
        // then
        JsonNode array = JSON.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        List<JsonNode> unusable = new ArrayList<>();
        array.forEach(e -> {
            if (e.has("unusable")) {
                unusable.add(e);
            }
        });
        assertThat(unusable).hasSize(1);
        assertThat(unusable.get(0).get("file").asString()).isEqualTo(missing);
        assertThat(unusable.get(0).get("code").asString()).isEqualTo(Problem.FILE_UNREADABLE.code());
        assertThat(unusable.get(0).get("unusable").asBoolean()).isTrue();
        assertThat(array.size()).isGreaterThan(1);
    }

    /** What GitHub requires or recommends of each result and rule of a run. */
    private static void assertMeetsGitHubRequirements(JsonNode run) {
        assertThat(run.get("results").size()).isLessThanOrEqualTo(SarifWriter.MAX_RESULTS);
        for (JsonNode result : run.get("results")) {
            assertThat(result.get("ruleId").asString()).isNotBlank();
            assertThat(result.get("message").get("text").asString()).isNotBlank();
            assertThat(result.get("locations").size()).isPositive();
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            String uri = physical.get("artifactLocation").get("uri").asString();
            assertThat(uri).doesNotContain(":").doesNotStartWith("/").doesNotContain(" ");
            assertThat(physical.get("region").get("startLine").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(result.get("partialFingerprints").properties()).isNotEmpty();
            result.get("partialFingerprints")
                    .properties()
                    .forEach(p -> assertThat(p.getValue().asString()).matches("[0-9a-f]{32}"));
        }
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("zhibiao");
        assertThat(driver.get("informationUri").asString()).isNotBlank();
        for (JsonNode rule : driver.get("rules")) {
            assertThat(rule.get("id").asString()).isNotBlank();
            assertThat(rule.get("shortDescription").get("text").asString()).isNotBlank();
            assertThat(rule.get("fullDescription").get("text").asString()).isNotBlank();
            assertThat(rule.get("help").get("text").asString()).isNotBlank();
            assertThat(rule.get("help").get("markdown").asString()).isNotBlank();
            assertThat(rule.get("helpUri").asString()).isNotBlank();
            assertThat(rule.get("properties").get("tags").isArray()).isTrue();
            rule.get("properties").get("tags").forEach(tag -> assertThat(tag.isString())
                    .isTrue());
            assertThat(rule.get("properties").get("precision").asString()).isIn(PRECISIONS);
            assertThat(rule.get("properties").has("security-severity")).isFalse();
        }
    }

    private String skeleton(String name) {
        Path file = dir.resolve(name);
        Run written = Run.of(
                "new",
                "hubei/public-security",
                "--department",
                "鄂州市公安局",
                "--year",
                "2024",
                "-o",
                file.toString(),
                "--force");
        assertThat(written.code()).as(written.err()).isZero();
        return file.toString();
    }

    private static long gzipped(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }

    private static List<Error> schemaErrors(String sarif) throws IOException {
        try (InputStream in = SarifGitHubRequirementsTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(schema, InputFormat.JSON)
                    .validate(sarif, InputFormat.JSON);
        }
    }
}
