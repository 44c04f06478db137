package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, completion offline: the real yaml-language-server (npm, pinned in
 * {@code schema/src/test/node}), driven over stdio LSP as an editor drives it, opens what
 * {@code zhibiao new -o} wrote, loads the schema its first line names by relative path, completes
 * keys, and explains a wrong 指标值 in Chinese. Skipped when node or the package is absent.
 */
class EditorCompletionTest {
    private static final Path NODE = Path.of("../schema/src/test/node");

    @TempDir
    Path dir;

    @Test
    void yaml_language_server_completes_and_explains_a_wrong_value_in_chinese_offline() throws Exception {
        assumeLanguageServer();
        // given: a declaration as new -o writes it, a blank line for a new top-level key, and a wrong 指标值
        Path good = dir.resolve("decl.yaml");
        Run run = Run.of("new", "hubei/public-security", "-o", good.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(good, StandardCharsets.UTF_8));
        assertThat(lines.get(0)).startsWith("# yaml-language-server: $schema=.zhibiao/schemas/");
        int blank = lines.indexOf("kind: declaration") + 1;
        lines.add(blank, "");
        Path completing = Files.write(dir.resolve("completing.yaml"), lines, StandardCharsets.UTF_8);
        Matcher target =
                Pattern.compile("(?m)^(\\s+target: )\"?[≥≤=][0-9]+%\"?$").matcher(Files.readString(good));
        assertThat(target.find()).isTrue();
        String text = Files.readString(good);
        Path bad = Files.writeString(
                dir.resolve("bad.yaml"),
                text.substring(0, target.start()) + target.group(1) + "\"≥abc%\"" + text.substring(target.end()),
                StandardCharsets.UTF_8);
        // when
        JsonNode clean = lsp(good, 0, 0);
        JsonNode completion = lsp(completing, blank, 0);
        JsonNode wrong = lsp(bad, 0, 0);
        // then: the schema loaded (no "unable to load"), nothing wrong in the skeleton
        assertThat(clean.get("diagnostics")).as(clean.toString()).isEmpty();
        // completion offers the declaration's keys not yet written
        List<String> labels = new ArrayList<>();
        completion.get("completion").forEach(l -> labels.add(l.asString()));
        assertThat(labels)
                .as(completion.toString())
                .isNotEmpty()
                .contains("code")
                .doesNotContain("kind");
        // the wrong value is explained in Chinese, not as a regular expression
        assertThat(wrong.get("diagnostics")).as(wrong.toString()).hasSize(1);
        assertThat(wrong.get("diagnostics").get(0).get("message").asString())
                .contains("指标值应由", "≥95%")
                .doesNotContain("[0-9]");
    }

    @Test
    void yaml_language_server_reads_a_monitoring_form_by_its_stages_schema() throws Exception {
        assumeLanguageServer();
        // given: the monitoring form of a filled declaration, and the same with a 完成目标可能性 nobody offers
        Path form = dir.resolve("monitoring.yaml");
        Run run = Run.of(
                "new",
                "--stage",
                "monitoring",
                "--from",
                "src/test/resources/seeds/ezhou-2024.yaml",
                "-o",
                form.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(form);
        assertThat(text)
                .startsWith("# yaml-language-server: $schema=.zhibiao/schemas/")
                .contains("-monitoring-7.json\n");
        Matcher target = Pattern.compile("(?m)^(\\s+)target: .*$").matcher(text);
        assertThat(target.find()).isTrue();
        String likely = target.group(1) + "likelihood: ";
        Path filled = Files.writeString(
                dir.resolve("filled.yaml"),
                text.substring(0, target.end()) + "\n" + likely + "确定能" + text.substring(target.end()),
                StandardCharsets.UTF_8);
        Path wrong = Files.writeString(
                dir.resolve("wrong.yaml"),
                text.substring(0, target.end()) + "\n" + likely + "大概能" + text.substring(target.end()),
                StandardCharsets.UTF_8);
        // when
        JsonNode clean = lsp(form, 0, 0);
        JsonNode answered = lsp(filled, 0, 0);
        JsonNode refused = lsp(wrong, 0, 0);
        // then: the stage's tables and columns are the schema's (the declaration's refused both)
        assertThat(clean.get("diagnostics")).as(clean.toString()).isEmpty();
        assertThat(answered.get("diagnostics")).as(answered.toString()).isEmpty();
        assertThat(refused.get("diagnostics")).as(refused.toString()).hasSize(1);
        assertThat(refused.get("diagnostics").get(0).get("message").asString()).contains("确定能");
    }

    private static void assumeLanguageServer() {
        Assumptions.assumeTrue(nodeRuns(), "skipped: no node on the PATH");
        Assumptions.assumeTrue(
                Files.isDirectory(NODE.resolve("node_modules/yaml-language-server")),
                "skipped: yaml-language-server is not installed; run npm ci --prefix schema/src/test/node");
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static JsonNode lsp(Path file, int line, int character) throws IOException, InterruptedException {
        Path out = Files.createTempFile("lsp", ".json");
        try {
            Process process = new ProcessBuilder(
                            "node",
                            NODE.resolve("lsp.js").toString(),
                            file.toString(),
                            String.valueOf(line),
                            String.valueOf(character))
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("yaml-language-server did not finish");
            }
            assertThat(process.exitValue()).as("lsp.js exit").isZero();
            return JsonMapper.builder().build().readTree(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
