package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code zhibiao check DIR…} (issue 7): every declaration under a directory, one bad file never fatal. */
class BulkCheckTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path decls;
    private String oneFileFindings;

    @BeforeEach
    void corpus() throws IOException {
        Path csv = Csvs.write(dir.resolve("p.csv"), 5);
        decls = dir.resolve("decls");
        Run made = Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", decls.toString());
        assertThat(made.code()).as(made.err()).isZero();
        oneFileFindings = Run.of("check", decls.resolve("0001.yaml").toString()).out();
    }

    @Test
    void a_bad_file_in_the_middle_is_reported_and_every_other_file_is_checked_in_name_order() throws IOException {
        // given
        Files.writeString(decls.resolve("0003.yaml"), "kind: declaration\ntemplate: [\n");
        // when
        Run run = Run.of("check", decls.toString());
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(decls.resolve("0003.yaml") + ":2:11: error[yaml-syntax]: “[”没有闭合")
                .containsPattern("(?m)^5 个文件：\\d+ 个错误，\\d+ 个警告，1 个无法使用，用时 \\d+\\.\\d 秒$");
        List<String> files = run.out()
                .lines()
                .map(l -> l.substring(0, l.indexOf(".yaml:") + 5))
                .distinct()
                .toList();
        assertThat(files)
                .containsExactly(List.of(1, 2, 4, 5).stream()
                        .map(i -> decls.resolve(String.format("%04d.yaml", i)).toString())
                        .toArray(String[]::new));
        assertThat(run.out()).startsWith(oneFileFindings);
    }

    @Test
    void findings_of_a_directory_are_those_of_its_files_one_by_one() throws IOException {
        // given
        StringBuilder oneByOne = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            oneByOne.append(
                    Run.of("check", decls.resolve(String.format("%04d.yaml", i)).toString())
                            .out());
        }
        // when
        Run run = Run.of("check", decls.toString(), "--quiet");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).isEqualTo(oneByOne.toString());
    }

    @Test
    void files_and_directories_mix_and_a_missing_one_is_reported_with_its_name() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        Run run = Run.of(
                "check", decls.resolve("0001.yaml").toString(), missing.toString(), decls.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(missing + ":1:1: error[file-unreadable]")
                .containsPattern(
                        "(?m)^7 file\\(s\\): \\d+ error\\(s\\), \\d+ warning\\(s\\), 1 unusable, \\d+\\.\\d s$");
    }

    @Test
    void json_output_is_one_array_for_the_whole_directory() {
        Run run = Run.of("check", decls.toString(), "--format", "json");
        assertThat(run.out()).startsWith("[ {").endsWith("} ]\n");
        assertThat(run.out().split("\"file\" :", -1)).hasSizeGreaterThan(5);
    }

    @Test
    void json_of_a_directory_is_the_findings_of_each_file_in_order_in_one_array() {
        // given
        List<JsonNode> oneByOne = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            JSON.readTree(Run.of(
                                    "check",
                                    decls.resolve(String.format("%04d.yaml", i)).toString(),
                                    "--format",
                                    "json")
                            .out())
                    .forEach(oneByOne::add);
        }
        // when
        JsonNode all = JSON.readTree(
                Run.of("check", decls.toString(), "--format", "json", "--quiet").out());
        // then
        assertThat(all).containsExactlyElementsOf(oneByOne);
    }

    @Test
    void sarif_of_a_directory_streams_every_result_and_still_lists_each_rule_it_used() {
        // given
        int findings = JSON.readTree(Run.of("check", decls.toString(), "--format", "json", "--quiet")
                        .out())
                .size();
        // when
        Run run = Run.of("check", decls.toString(), "--format", "sarif", "--quiet");
        // then
        JsonNode log = JSON.readTree(run.out());
        JsonNode results = log.get("runs").get(0).get("results");
        JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
        assertThat(results.size()).isEqualTo(findings).isGreaterThan(5);
        results.forEach(result ->
                assertThat(rules.get(result.get("ruleIndex").asInt()).get("id")).isEqualTo(result.get("ruleId")));
        assertThat(run.out()).endsWith("}\n");
    }
}
