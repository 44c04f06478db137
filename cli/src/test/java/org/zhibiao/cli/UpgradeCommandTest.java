package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.yaml.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code zhibiao upgrade} (issue 16): a filled hubei/public-security@2024.1 declaration carried to a
 * test version 2025.1 (in a {@code --catalogue} directory) that removes 非税收入预算完成率, renames
 * 出警率 to 接处警出警率 and adds the required slot performance-innovation.
 */
class UpgradeCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> VALUES =
            List.of("prev2", "prev1", "target", "halfYear", "fullYear", "basis", "category");

    @TempDir
    Path dir;

    private Path catalogue;
    private Path decl;
    private Declaration filled;

    @BeforeEach
    void filledDeclaration() throws IOException {
        catalogue = Files.createDirectories(dir.resolve("catalogue"));
        try (InputStream in =
                getClass().getResourceAsStream("/upgrade/catalogue/templates/hubei/public-security-2025.yaml")) {
            Files.write(catalogue.resolve("public-security-2025.yaml"), in.readAllBytes());
        }
        Path starter = dir.resolve("starter.yaml");
        Run made = Run.of(
                "new",
                "hubei/public-security@2024.1",
                "--department",
                "鄂州市公安局",
                "--year",
                "2025",
                "--format",
                "json",
                "-o",
                starter.toString());
        assertThat(made.code()).as(made.err()).isZero();
        Declaration d = read(starter);
        List<Table> tables = new ArrayList<>();
        for (Table t : d.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                if (!"年度".equals(t.name())) {
                    rows.add(r);
                    continue;
                }
                rows.add(
                        switch (r.level3() == null ? "" : r.level3()) {
                            // typed on a row the new version renames: a conflict
                            case "出警率" -> with(r, "prev1", "=100%");
                            // typed on a row that stays: history, the department's own target, a cell of its own
                            case "预算执行率" ->
                                with(with(with(r, "prev2", "≥90%"), "prev1", "≥95%"), "target", "≥98%")
                                        .withCells(Map.of("remark", Cell.of("按季度通报")));
                            default -> r;
                        });
                if ("维护社会稳定".equals(r.level3())) {
                    // the department's own indicator in a slot
                    rows.add(new Row(
                            r.level1(),
                            r.level2(),
                            null,
                            "群众安全感",
                            null,
                            "≥90%",
                            "≥92%",
                            "≥92%",
                            "≥92%",
                            r.basis(),
                            r.category(),
                            null,
                            Origin.PERSON,
                            r.slot(),
                            Map.of("remark", Cell.of("省统计局调查")),
                            null,
                            null));
                }
            }
            tables.add(new Table(t.name(), rows, null));
        }
        filled = new Declaration(
                d.template(),
                d.department(),
                d.code(),
                d.year(),
                d.unit(),
                d.contact(),
                d.functions(),
                d.tasks(),
                d.organisation(),
                d.funds(),
                d.projects(),
                d.goals(),
                tables,
                null);
        decl = Files.writeString(dir.resolve("decl.yaml"), Documents.toYaml(filled), StandardCharsets.UTF_8);
        filled = read(decl);
    }

    @Test
    void every_typed_value_stays_and_the_three_changes_are_reported_at_their_positions() throws IOException {
        // when
        Path out = dir.resolve("decl-2025.yaml");
        Run run = upgrade("--to", "hubei/public-security@2025.1", "-o", out.toString());

        // then the declaration names the new version and keeps every value, field by field, cells included
        assertThat(run.code()).as(run.err()).isZero();
        Declaration upgraded = read(out);
        assertThat(upgraded.template()).isEqualTo("hubei/public-security@2025.1");
        assertThat(upgraded.department()).isEqualTo(filled.department());
        assertThat(upgraded.year()).isEqualTo(filled.year());
        assertThat(upgraded.funds()).isEqualTo(filled.funds());
        int compared = 0;
        for (Table t : filled.tables()) {
            for (Row d : t.rows()) {
                if ("非税收入预算完成率".equals(d.level3()) || d.isToFill()) {
                    continue;
                }
                String name = "出警率".equals(d.level3()) ? "接处警出警率" : d.level3();
                Row u = row(upgraded, t.name(), name);
                for (String column : VALUES) {
                    assertThat(u.text(column))
                            .as(t.name() + " " + name + " " + column)
                            .isEqualTo(d.text(column));
                }
                assertThat(u.cells()).as(t.name() + " " + name + " cells").isEqualTo(d.cells());
                assertThat(u.origin()).isEqualTo(d.origin());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(60);
        assertThat(row(upgraded, "年度", "预算执行率").cells()).containsEntry("remark", Cell.of("按季度通报"));
        assertThat(row(upgraded, "年度", "群众安全感").origin()).isEqualTo(Origin.PERSON);
        // the removed row is gone, the renamed row has its new name, the new slot is a row to fill
        assertThat(rows(upgraded, "年度", "非税收入预算完成率")).isEmpty();
        assertThat(rows(upgraded, "年度", "出警率")).isEmpty();
        assertThat(upgraded.tables()).allSatisfy(t -> assertThat(t.rows())
                .filteredOn(r -> "performance-innovation".equals(r.slot()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.isToFill()).isTrue();
                    assertThat(r.level1()).isEqualTo("管理效率");
                    assertThat(r.level2()).isEqualTo("绩效管理");
                }));

        // and the report names each change at its place: the declaration's line, the template's line
        String yaml = Files.readString(decl);
        String template = catalogue.resolve("public-security-2025.yaml").toString();
        for (int line : lines(yaml, "level3: 非税收入预算完成率")) {
            assertThat(run.err()).contains(decl + ":" + line + ":");
            assertThat(run.err())
                    .containsPattern(Pattern.quote(decl + ":" + line + ":") + "\\d+: warning\\["
                            + Problem.UPGRADE_REMOVED.code() + "\\]: .*非税收入预算完成率");
        }
        for (int line : lines(yaml, "prev1: =100%")) {
            assertThat(run.err())
                    .containsPattern(Pattern.quote(decl + ":" + line + ":")
                            + "\\d+: warning\\[" + Problem.UPGRADE_CONFLICT.code() + "\\]: .*上年.*出警率 → 接处警出警率.*"
                            + Pattern.quote(template + ":" + lineOf(template, "- ref: 出警率") + ":"));
        }
        assertThat(run.err())
                .contains(
                        template + ":" + lineOf(template, "slot: performance-innovation") + ":",
                        "warning[" + Problem.UPGRADE_ADDED_SLOT.code() + "]",
                        "performance-innovation");
        assertThat(run.err()).contains("已升级到 hubei/public-security@2025.1：删除 2 行，新增 1 行，1 处冲突");
    }

    @Test
    void a_json_declaration_and_a_csv_with_its_template_upgrade_like_the_yaml() throws IOException {
        // given the filled declaration as JSON and as CSV in the printed layout
        Path json = dir.resolve("decl.json");
        Path csv = dir.resolve("decl.csv");
        assertThat(Run.of("convert", decl.toString(), "-o", json.toString()).code())
                .isZero();
        assertThat(Run.of("convert", decl.toString(), "-o", csv.toString()).code())
                .isZero();
        Path fromYaml = dir.resolve("from-yaml.yaml");
        assertThat(upgrade("--to", "hubei/public-security@2025.1", "-o", fromYaml.toString())
                        .code())
                .isZero();

        // when each is upgraded (the CSV names no template: --template says which it was written for)
        Path fromJson = dir.resolve("from-json.yaml");
        Run viaJson = upgrade(json, "--to", "hubei/public-security@2025.1", "-o", fromJson.toString());
        Path fromCsv = dir.resolve("from-csv.yaml");
        Run viaCsv = upgrade(
                csv,
                "--template",
                "hubei/public-security@2024.1",
                "--to",
                "hubei/public-security@2025.1",
                "-o",
                fromCsv.toString());

        // then the JSON gives the very same declaration, the CSV the same rows (a CSV carries the tables only)
        assertThat(viaJson.code()).as(viaJson.err()).isZero();
        assertThat(viaCsv.code()).as(viaCsv.err()).isZero();
        assertThat(read(fromJson)).isEqualTo(read(fromYaml));
        Declaration csvUp = read(fromCsv);
        assertThat(csvUp.template()).isEqualTo("hubei/public-security@2025.1");
        assertPrintedValuesKept(read(fromYaml), csvUp);
        assertThat(viaCsv.err()).contains("非税收入预算完成率").contains("performance-innovation");
    }

    @Test
    void a_workbook_upgrades_like_the_yaml_and_is_written_back_as_a_workbook() throws IOException {
        // given the filled declaration as the Excel form zhibiao writes
        Path xlsx = dir.resolve("decl.xlsx");
        assertThat(Run.of("convert", decl.toString(), "-o", xlsx.toString()).code())
                .isZero();
        Path fromYaml = dir.resolve("from-yaml.yaml");
        assertThat(upgrade("--to", "hubei/public-security@2025.1", "-o", fromYaml.toString())
                        .code())
                .isZero();

        // when it is upgraded into a workbook (before: exit 70, an internal error), and to stdout
        Path upgraded = dir.resolve("upgraded.xlsx");
        Run run = upgrade(xlsx, "--to", "hubei/public-security@2025.1", "-o", upgraded.toString());
        Run piped = upgrade(xlsx, "--to", "hubei/public-security@2025.1", "--format", "xlsx");

        // then the workbook reads back as the new version with every typed value the YAML's upgrade kept
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("非税收入预算完成率").contains("performance-innovation");
        Path back = dir.resolve("back.yaml");
        Run readBack =
                Run.of("convert", upgraded.toString(), "--catalogue", catalogue.toString(), "-o", back.toString());
        assertThat(readBack.code()).as(readBack.err()).isZero();
        Declaration viaWorkbook = read(back);
        assertThat(viaWorkbook.template()).isEqualTo("hubei/public-security@2025.1");
        assertPrintedValuesKept(read(fromYaml), viaWorkbook);
        // a workbook never goes to standard output: said before anything is read
        assertThat(piped.code()).isEqualTo(ExitCode.USAGE);
        assertThat(piped.out()).isEmpty();
        assertThat(piped.err()).contains("xlsx", "-o");
    }

    @Test
    void a_csv_upgrades_by_the_version_its_template_line_names_and_one_without_it_is_a_usage_error()
            throws IOException {
        // given the declaration as zhibiao writes a CSV (模板：hubei/public-security@2024.1 first),
        // and the same CSV without that line, as one from elsewhere
        Path csv = dir.resolve("decl.csv");
        Run.of("convert", decl.toString(), "-o", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFF模板：hubei/public-security@2024.1");
        Path foreign = Files.write(dir.resolve("foreign.csv"), lines.subList(1, lines.size()));

        // when
        Path out = dir.resolve("from-csv.yaml");
        Run named = upgrade(csv, "--to", "hubei/public-security@2025.1", "-o", out.toString());
        Run run = upgrade(
                foreign,
                "--to",
                "hubei/public-security@2025.1",
                "-o",
                dir.resolve("x.yaml").toString());

        // then the named version is the one upgraded from: the same changes as the YAML's
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.err()).contains("已升级到 hubei/public-security@2025.1：删除 2 行，新增 1 行，1 处冲突");
        Path fromYaml = dir.resolve("from-yaml.yaml");
        assertThat(upgrade("--to", "hubei/public-security@2025.1", "-o", fromYaml.toString())
                        .code())
                .isZero();
        assertPrintedValuesKept(read(fromYaml), read(out));
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(Problem.USAGE_NEEDS_TEMPLATE.code());
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void upgrading_to_the_same_version_changes_nothing() throws IOException {
        // when
        Path out = dir.resolve("same.yaml");
        Run run = upgrade("--to", "hubei/public-security@2024.1", "-o", out.toString());

        // then every line but the first, which now names the schema written beside it, is the same
        assertThat(run.code()).as(run.err()).isZero();
        List<String> before = Files.readAllLines(decl);
        List<String> after = Files.readAllLines(out);
        assertThat(after.subList(1, after.size())).isEqualTo(before.subList(1, before.size()));
        assertThat(run.err()).doesNotContain("warning[", "info[");
    }

    @Test
    void a_yaml_file_upgraded_names_the_new_versions_schema_written_beside_it() throws IOException {
        // when
        Path out = dir.resolve("beside/decl-2025.yaml");
        Files.createDirectories(out.getParent());
        Run run = upgrade("--to", "hubei/public-security@2025.1", "-o", out.toString());

        // then, as new -o writes a declaration: the first line names the schema, and it is there
        assertThat(run.code()).as(run.err()).isZero();
        String modeline =
                "# yaml-language-server: $schema=.zhibiao/schemas/templates/hubei/public-security@2025.1-7.json";
        assertThat(Files.readAllLines(out).get(0)).isEqualTo(modeline);
        assertThat(dir.resolve("beside/.zhibiao/schemas/templates/hubei/public-security@2025.1-7.json"))
                .isRegularFile()
                .content()
                .contains("\"$schema\"");
    }

    @Test
    void findings_as_json_are_stdouts_one_document_each_the_text_findings_line_and_the_same_declaration()
            throws IOException {
        // given what the text run writes and says
        Path asText = dir.resolve("text.yaml");
        Run text = upgrade("--to", "hubei/public-security@2025.1", "-o", asText.toString());
        assertThat(text.code()).as(text.err()).isZero();

        // when
        Path asJson = dir.resolve("json.yaml");
        Run json = upgrade("--to", "hubei/public-security@2025.1", "-o", asJson.toString(), "--findings", "json");

        // then the declaration is the same, and stdout is the findings, each one the text run's line
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(Files.readString(asJson)).isEqualTo(Files.readString(asText));
        JsonNode findings = JSON.readTree(json.out());
        List<String> lines = findingLines(text.err());
        assertThat(findings.size()).isEqualTo(lines.size()).isGreaterThanOrEqualTo(4);
        List<String> codes = new ArrayList<>();
        for (JsonNode f : findings) {
            String line = f.get("file").asString() + ":" + f.get("line").asInt() + ":"
                    + f.get("column").asInt()
                    + ": " + f.get("severity").asString() + "[" + f.get("code").asString() + "]: "
                    + f.get("message").asString();
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(line));
            codes.add(f.get("code").asString());
        }
        assertThat(codes)
                .contains(
                        Problem.UPGRADE_REMOVED.code(),
                        Problem.UPGRADE_CONFLICT.code(),
                        Problem.UPGRADE_ADDED_SLOT.code());
        // stderr keeps the one-line summary, and no finding twice
        assertThat(findingLines(json.err())).isEmpty();
        assertThat(json.err()).contains("已升级到 hubei/public-security@2025.1：删除 2 行，新增 1 行，1 处冲突");
    }

    @Test
    void findings_as_sarif_validate_and_carry_the_upgrade_codes() throws IOException {
        // when
        Path out = dir.resolve("sarif.yaml");
        Run run = upgrade("--to", "hubei/public-security@2025.1", "-o", out.toString(), "--findings", "sarif");

        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(SarifOutputTest.errors(run.out())).isEmpty();
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out())
                .get("runs")
                .get(0)
                .get("results")
                .forEach(r -> ids.add(r.get("ruleId").asString()));
        assertThat(ids).contains(Problem.UPGRADE_REMOVED.code(), Problem.UPGRADE_CONFLICT.code());
        assertThat(read(out).template()).isEqualTo("hubei/public-security@2025.1");
    }

    @Test
    void findings_as_json_without_an_output_file_are_refused_before_anything_is_read() {
        // when the declaration would go to stdout, where the findings are to go
        Run run = upgrade("--to", "hubei/public-security@2025.1", "--findings", "json");
        Run dash = upgrade("--to", "hubei/public-security@2025.1", "-o", "-", "--findings", "sarif");

        // then
        for (Run r : List.of(run, dash)) {
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("error[" + Problem.FINDINGS_NEED_OUTPUT.code() + "]", "-o");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void an_unusable_declaration_is_in_the_json_findings_too() throws IOException {
        // given
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: declaration\ntemplate: ./evil.yaml\n");
        Path out = dir.resolve("never.yaml");

        // when
        Run run = upgrade(broken, "--to", "hubei/public-security@2025.1", "-o", out.toString(), "--findings", "json");

        // then stdout stays one JSON document that names the file, stderr says it as ever, nothing is written
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        JsonNode findings = JSON.readTree(run.out());
        assertThat(findings.size()).isOne();
        assertThat(findings.get(0).get("code").asString()).isEqualTo(Problem.TEMPLATE_NOT_IN_CATALOGUE.code());
        assertThat(findings.get(0).get("unusable").asBoolean()).isTrue();
        assertThat(findings.get(0).get("file").asString()).isEqualTo(broken.toString());
        assertThat(run.err()).contains("error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]");
        assertThat(out).doesNotExist();
    }

    @Test
    void an_unknown_version_is_a_usage_error_naming_the_versions_there_are() {
        // when
        Run run = upgrade(
                "--to",
                "hubei/public-security@2099.1",
                "-o",
                dir.resolve("x.yaml").toString());

        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[" + Problem.UNKNOWN_VERSION.code() + "]", "2099.1", "2024.1", "2025.1");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
        // with JSON findings it is said on stderr too, and stdout stays one document that holds it
        Run json = upgrade(
                "--to",
                "hubei/public-security@2099.1",
                "-o",
                dir.resolve("x.yaml").toString(),
                "--findings",
                "json");
        assertThat(json.code()).isEqualTo(ExitCode.USAGE);
        assertThat(json.err()).contains("error[" + Problem.UNKNOWN_VERSION.code() + "]");
        assertThat(JSON.readTree(json.out()).findValuesAsString("code")).contains(Problem.UNKNOWN_VERSION.code());
    }

    @Test
    void an_existing_output_is_not_overwritten_without_force() throws IOException {
        // given
        Path out = Files.writeString(dir.resolve("taken.yaml"), "keep\n");

        // when
        Run refused = upgrade("--to", "hubei/public-security@2025.1", "-o", out.toString());

        // then
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("error[" + Problem.OUTPUT_EXISTS.code() + "]");
        assertThat(Files.readString(out)).isEqualTo("keep\n");
        Run forced = upgrade("--to", "hubei/public-security@2025.1", "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("template: hubei/public-security@2025.1");
    }

    @Test
    void json_and_csv_by_extension_and_english_findings_with_lang_en() throws IOException {
        // when
        Path json = dir.resolve("up.json");
        Path csv = dir.resolve("up.csv");
        Run asJson = upgrade("--to", "hubei/public-security@2025.1", "-o", json.toString(), "--lang", "en");
        Run asCsv = upgrade("--to", "hubei/public-security@2025.1", "-o", csv.toString());

        // then
        assertThat(asJson.code()).as(asJson.err()).isZero();
        assertThat(read(json).template()).isEqualTo("hubei/public-security@2025.1");
        assertThat(asJson.err())
                .contains("no longer has '非税收入预算完成率'", "upgraded to hubei/public-security@2025.1")
                .doesNotContain("新版模板");
        assertThat(asCsv.code()).as(asCsv.err()).isZero();
        assertThat(Files.readString(csv)).contains("接处警出警率", "按季度通报").doesNotContain("非税收入预算完成率");
    }

    @Test
    void a_declaration_that_cannot_be_read_is_a_usage_error() throws IOException {
        // given
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "kind: declaration\ntemplate: ./evil.yaml\n");

        // when
        Run run = Run.of(
                "upgrade",
                broken.toString(),
                "--to",
                "hubei/public-security@2025.1",
                "--catalogue",
                catalogue.toString());
        Run missing = Run.of("upgrade", dir.resolve("none.yaml").toString(), "--to", "hubei/public-security");

        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]");
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("error[" + Problem.FILE_UNREADABLE.code() + "]");
    }

    @Test
    void typed_cells_stay_a_dropped_column_is_reported_and_a_new_column_gets_its_default() throws IOException {
        // given a national/project@2020.1 declaration with cells typed into 指标性质, 分值 and 备注
        try (InputStream in =
                getClass().getResourceAsStream("/upgrade/catalogue/templates/national/project-2021.yaml")) {
            Files.write(catalogue.resolve("project-2021.yaml"), in.readAllBytes());
        }
        Path starter = dir.resolve("project-starter.json");
        Run made = Run.of(
                "new",
                "national/project@2020.1",
                "--department",
                "某项目单位",
                "--year",
                "2025",
                "--format",
                "json",
                "-o",
                starter.toString());
        assertThat(made.code()).as(made.err()).isZero();
        Declaration d = read(starter);
        Table t = d.tables().get(0);
        List<Row> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.origin() == Origin.TEMPLATE && rows.stream().noneMatch(x -> x.origin() == Origin.TEMPLATE)) {
                Map<String, Cell> cells = new LinkedHashMap<>(r.cells());
                cells.put("nature", Cell.of("正向"));
                cells.put("points", Cell.of("10"));
                cells.put("remark", Cell.of("按验收单统计"));
                rows.add(r.withCells(cells));
            } else if ("quantity".equals(r.slot()) && r.isToFill()) {
                rows.add(new Row(
                        r.level1(),
                        r.level2(),
                        null,
                        "培训人次",
                        null,
                        null,
                        "≥100人次",
                        null,
                        null,
                        null,
                        null,
                        null,
                        Origin.PERSON,
                        r.slot(),
                        Map.of("nature", Cell.of("正向"), "points", Cell.of("20"), "remark", Cell.of("培训台账")),
                        null,
                        null));
            } else {
                rows.add(r);
            }
        }
        Declaration project = new Declaration(
                d.template(),
                d.department(),
                d.code(),
                d.year(),
                d.unit(),
                d.contact(),
                d.functions(),
                d.tasks(),
                d.organisation(),
                d.funds(),
                d.projects(),
                d.goals(),
                List.of(new Table(t.name(), rows, null)),
                null);
        Path file = Files.writeString(dir.resolve("project.yaml"), Documents.toYaml(project), StandardCharsets.UTF_8);
        Row typed = rows.stream()
                .filter(r -> r.cells().containsKey("remark") && r.origin() == Origin.TEMPLATE)
                .findFirst()
                .orElseThrow();

        // when
        Path out = dir.resolve("project-2021.yaml");
        Run run = Run.of(
                "upgrade",
                file.toString(),
                "--to",
                "national/project@2021.1",
                "--catalogue",
                catalogue.toString(),
                "-o",
                out.toString());

        // then 指标性质 and 分值 stay, 备注 is left out and reported at each typed cell, 数据来源 has its default
        assertThat(run.code()).as(run.err()).isZero();
        Declaration upgraded = read(out);
        Row standard = row(upgraded, t.name(), typed.level3());
        assertThat(standard.cells())
                .containsEntry("nature", Cell.of("正向"))
                .containsEntry("points", Cell.of("10"))
                .containsEntry("source", Cell.of("部门统计"))
                .doesNotContainKey("remark");
        Row own = row(upgraded, t.name(), "培训人次");
        assertThat(own.target()).isEqualTo("≥100人次");
        assertThat(own.cells())
                .containsEntry("nature", Cell.of("正向"))
                .containsEntry("points", Cell.of("20"))
                .containsEntry("source", Cell.of("部门统计"))
                .doesNotContainKey("remark");
        assertThat(upgraded.tables().get(0).rows())
                .allSatisfy(r -> assertThat(r.cells()).containsEntry("source", Cell.of("部门统计")));
        String yaml = Files.readString(file);
        for (String value : List.of("按验收单统计", "培训台账")) {
            int line = lineOf(file.toString(), "remark: " + value);
            assertThat(run.err())
                    .containsPattern(Pattern.quote(file + ":" + line + ":") + "\\d+: warning\\["
                            + Problem.UPGRADE_COLUMN_REMOVED.code() + "\\]: .*备注.*" + value);
        }
        assertThat(yaml).contains("remark: 按验收单统计");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ezhou-2024.yaml", "suzhou-2024.yaml"})
    void a_seed_upgraded_to_its_own_version_is_the_same_declaration(String seed) throws IOException {
        // given a declaration entered by hand from a real form (Hubei; Jiangsu with its 职能 → 重点工作 rows)
        Path file = dir.resolve(seed);
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + seed)) {
            Files.write(file, in.readAllBytes());
        }
        Declaration before = read(file);

        // when
        Path out = dir.resolve("same-" + seed);
        Run run = Run.of("upgrade", file.toString(), "--to", before.template(), "-o", out.toString());

        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("warning[", "info[");
        String schema = SchemaBeside.of(
                        out, Catalogue.builtIn().resolve(before.template()).value())
                .relative();
        assertThat(Files.readString(out)).isEqualTo(Documents.toYaml(before, schema));
    }

    /** The lines of a text report that are findings ({@code file:line:col: severity[code]: …}). */
    private static List<String> findingLines(String text) {
        return text.lines()
                .filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info)\\[[a-z0-9-]+\\]: .*"))
                .toList();
    }

    private Run upgrade(String... args) {
        return upgrade(decl, args);
    }

    /** {@code zhibiao upgrade FILE --catalogue (the test version 2025.1's) ARGS…}. */
    private Run upgrade(Path file, String... args) {
        List<String> all = new ArrayList<>(List.of("upgrade", file.toString(), "--catalogue", catalogue.toString()));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    /**
     * Every row of {@code expected} but the ones still to fill has its values in the columns
     * Hubei's form prints in {@code actual} too: what a printed layout (CSV, workbook) carries
     * (群众安全感's 半年/全年 are in no column of it).
     */
    private static void assertPrintedValuesKept(Declaration expected, Declaration actual) {
        for (Table t : expected.tables()) {
            for (Row r : t.rows()) {
                if (r.isToFill()) {
                    continue;
                }
                Row a = row(actual, t.name(), r.level3());
                for (String column : List.of("prev2", "prev1", "target", "basis", "category")) {
                    assertThat(a.text(column))
                            .as(t.name() + " " + r.level3() + " " + column)
                            .isEqualTo(r.text(column));
                }
            }
        }
    }

    private static Declaration read(Path file) throws IOException {
        var read = Documents.read(file.toString(), Files.readAllBytes(file), Declaration.class);
        assertThat(read.diagnostics()).isEmpty();
        return read.value();
    }

    private static Row with(Row r, String column, String value) {
        Map<String, String> v = new LinkedHashMap<>();
        VALUES.forEach(c -> v.put(c, r.text(c)));
        v.put(column, value);
        return new Row(
                r.level1(),
                r.level2(),
                r.keyWork(),
                r.level3(),
                v.get("prev2"),
                v.get("prev1"),
                v.get("target"),
                v.get("halfYear"),
                v.get("fullYear"),
                v.get("basis"),
                v.get("category"),
                r.ref(),
                r.origin(),
                r.slot(),
                r.cells(),
                r.places(),
                r.pos());
    }

    private static List<Row> rows(Declaration d, String table, String level3) {
        return d.tables().stream()
                .filter(t -> t.name().equals(table))
                .flatMap(t -> t.rows().stream())
                .filter(r -> level3.equals(r.level3()))
                .toList();
    }

    private static Row row(Declaration d, String table, String level3) {
        List<Row> found = rows(d, table, level3);
        assertThat(found).as(table + " " + level3).hasSize(1);
        return found.get(0);
    }

    /** The 1-based lines of a text that contain {@code needle}. */
    private static List<Integer> lines(String text, String needle) {
        List<Integer> out = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].contains(needle)) {
                out.add(i + 1);
            }
        }
        assertThat(out).as(needle).isNotEmpty();
        return out;
    }

    private static int lineOf(String file, String needle) throws IOException {
        return lines(Files.readString(Path.of(file)), needle).get(0);
    }
}
