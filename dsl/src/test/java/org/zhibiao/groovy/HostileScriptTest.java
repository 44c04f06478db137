package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Template;

/**
 * The guard rails against the corpus in {@code groovy/hostile/}: every script is refused at
 * compile time or stopped, with a diagnostic located in the script's file; the JVM carries on,
 * the host is untouched (no file written or removed, no process started: the scripts aim at a
 * sentinel file in a temporary folder, whose path replaces {@code @SENTINEL@} and
 * {@code @CREATED@} in their text) and no thread of the script is left when the read returns.
 * Each file's first line says which diagnostic codes are acceptable ({@code // expect: …}).
 */
class HostileScriptTest {

    private static final String SENTINEL_TEXT = "untouched";

    private final GroovyReader reader = new GroovyReader(Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private Path sentinel;
    private Path created;

    @BeforeEach
    void plant_sentinel() throws IOException {
        sentinel = dir.resolve("sentinel");
        created = dir.resolve("created");
        Files.writeString(sentinel, SENTINEL_TEXT);
    }

    @AfterEach
    void host_is_untouched() throws IOException {
        assertThat(sentinel).exists();
        assertThat(Files.readString(sentinel)).isEqualTo(SENTINEL_TEXT);
        assertThat(created).as("a file the script tried to write").doesNotExist();
        assertThat(scriptThreads()).as("threads of a script still alive").isEmpty();
    }

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path hostile =
                Path.of(HostileScriptTest.class.getResource("/groovy/hostile").toURI());
        try (Stream<Path> files = Files.list(hostile)) {
            return files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList().stream();
        }
    }

    @Test
    void corpus_has_at_least_eighty_scripts() throws Exception {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostile_script_is_refused_or_stopped_with_a_located_diagnostic(Path original) throws IOException {
        // given the script, aimed at this test's sentinel
        List<String> expected = expectedCodes(original);
        Path script = dir.resolve(original.getFileName().toString());
        Files.writeString(
                script,
                Files.readString(original, StandardCharsets.UTF_8)
                        .replace("@SENTINEL@", sentinel.toString())
                        .replace("@CREATED@", created.toString()));

        // when
        Result<Template> result = reader.readTemplate(script);

        // then
        assertThat(result.value()).as("no template from %s", script).isNull();
        Diagnostic first = result.diagnostics().get(0);
        String shown = first.render(Lang.EN);
        assertThat(first.code()).as(shown).isIn(expected);
        assertThat(first.position().isKnown()).as(shown).isTrue();
        assertThat(first.position().file()).isEqualTo(script.toString());
        assertThat(shown)
                .startsWith(script + ":" + first.position().line() + ":"
                        + first.position().column() + ": error[" + first.code() + "]: ");
        assertThat(first.render(Lang.ZH))
                .as("Chinese by default")
                .startsWith(script + ":")
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void the_jvm_still_reads_a_good_template_after_the_corpus() {
        Result<Template> result = reader.readTemplate("ok.groovy", "template('ok') { version '1' }");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.value().version()).isEqualTo("1");
    }

    @Test
    void endless_loop_is_stopped_and_its_thread_is_gone_when_the_read_returns() {
        // when
        Result<Template> result = reader.readTemplate("loop.groovy", "template('x') {\n  while (true) { }\n}");

        // then
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(GroovyProblem.TIMEOUT.code());
        assertThat(scriptThreads()).isEmpty();
    }

    @Test
    void a_good_script_leaves_no_thread_behind() {
        Result<Template> result = reader.readTemplate("ok.groovy", "template('ok') { version '1' }");

        assertThat(result.hasErrors()).isFalse();
        assertThat(scriptThreads()).isEmpty();
    }

    /** Live threads running template code: named by the runner, or with a script class on their stack. */
    private static List<String> scriptThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().isAlive())
                .filter(e -> e.getKey().getName().startsWith(ScriptRunner.THREAD_PREFIX)
                        || Arrays.stream(e.getValue())
                                .anyMatch(f -> f.getClassName().startsWith("ZhibiaoScript_")))
                .map(e -> e.getKey().getName())
                .toList();
    }

    private static List<String> expectedCodes(Path script) throws IOException {
        String first = Files.readAllLines(script, StandardCharsets.UTF_8).get(0);
        assertThat(first).startsWith("// expect: ");
        return List.of(first.substring("// expect: ".length()).strip().split("\\s+"));
    }
}
