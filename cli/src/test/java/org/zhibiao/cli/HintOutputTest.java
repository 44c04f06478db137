package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finding's hint is printed as written, in the reader's language: a "did you mean" for a near
 * miss, other advice (the operator to use) as itself, never wrapped in "是不是“…”？" a second time.
 */
class HintOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void text_output_prints_each_hint_once_in_the_chosen_language() throws IOException {
        // given 公用经费控制率 with ≥ (a lower-is-better indicator) and 群众满意度 misspelt
        String decl = spoiled();

        // when
        Run zh = Run.of("check", decl);
        Run en = Run.of("check", decl, "--lang", "en");

        // then
        assertThat(zh.out())
                .contains("  提示：应为 ≤ 而非 ≥：公用经费控制率是反向指标\n", "  提示：是否应为“群众满意度”？\n")
                .doesNotContain("是不是", " / ");
        assertThat(en.out())
                .contains(
                        "  help: use ≤ rather than ≥: 公用经费控制率 is lower-is-better\n", "  help: did you mean '群众满意度'?\n")
                .doesNotContain("是否应为");
    }

    @Test
    void json_and_sarif_carry_the_hint_in_the_chosen_language() throws IOException {
        // given
        String decl = spoiled();

        // when
        JsonNode findings = JSON.readTree(
                Run.of("check", decl, "--format", "json", "--lang", "en").out());
        JsonNode results = JSON.readTree(
                        Run.of("check", decl, "--format", "sarif").out())
                .get("runs")
                .get(0)
                .get("results");

        // then
        assertThat(findings.findValuesAsString("hint"))
                .contains("did you mean '群众满意度'?")
                .noneMatch(h -> h.contains("是否应为"));
        assertThat(results.findValues("text"))
                .extracting(JsonNode::asString)
                .anyMatch(t -> t.endsWith("（是否应为“群众满意度”？）"))
                .anyMatch(t -> t.endsWith("（应为 ≤ 而非 ≥：公用经费控制率是反向指标）"));
    }

    /** A fresh 鄂州 skeleton with two defects whose findings carry hints. */
    private String spoiled() throws IOException {
        Path file = dir.resolve("decl.yaml");
        Run written = Run.of(
                "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", file.toString());
        assertThat(written.code()).as(written.err()).isZero();
        String text = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("level3: 公用经费控制率\n(\\s+)target: ≤100%", "level3: 公用经费控制率\n$1target: ≥100%")
                .replaceFirst("level3: 群众满意度\n", "level3: 群众满意渡\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toString();
    }
}
