package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Template;

/**
 * The guard rails against the corpus in {@code groovy/hostile/}: every script is refused at
 * compile time or stopped, with a located diagnostic; the JVM carries on and the host is untouched.
 * Each file's first line says which diagnostic codes are acceptable ({@code // expect: …}).
 */
class HostileScriptTest {

    private static final Path SENTINEL = Path.of("/tmp/zhibiao-hostile-sentinel");
    private static final Path CREATED = Path.of("/tmp/zhibiao-hostile-created");
    private static final String SENTINEL_TEXT = "untouched";

    private final GroovyReader reader = new GroovyReader(Duration.ofSeconds(2));

    @BeforeEach
    void plant_sentinel() throws IOException {
        Files.writeString(SENTINEL, SENTINEL_TEXT);
        Files.deleteIfExists(CREATED);
    }

    @AfterEach
    void host_is_untouched() throws IOException {
        assertThat(SENTINEL).exists();
        assertThat(Files.readString(SENTINEL)).isEqualTo(SENTINEL_TEXT);
        assertThat(CREATED).doesNotExist();
    }

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(HostileScriptTest.class.getResource("/groovy/hostile").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".groovy")).sorted().toList().stream();
        }
    }

    @Test
    void corpus_has_at_least_fifteen_scripts() throws Exception {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostile_script_is_refused_or_stopped_with_a_located_diagnostic(Path script) throws IOException {
        // given
        List<String> expected = expectedCodes(script);

        // when
        Result<Template> result = reader.readTemplate(script);

        // then
        assertThat(result.value()).as("no template from %s", script).isNull();
        Diagnostic first = result.diagnostics().get(0);
        assertThat(first.code()).as(first.render(org.zhibiao.diag.Lang.EN)).isIn(expected);
        assertThat(first.position().isKnown()).as(first.render(org.zhibiao.diag.Lang.EN)).isTrue();
        assertThat(first.position().file()).isEqualTo(script.toString());
    }

    @Test
    void the_jvm_still_reads_a_good_template_after_the_corpus() {
        Result<Template> result = reader.readTemplate("ok.groovy", "template('ok') { version '1' }");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.value().version()).isEqualTo("1");
    }

    @Test
    void endless_loop_is_stopped_and_its_worker_thread_goes_idle() throws InterruptedException {
        // when
        Result<Template> result = reader.readTemplate("loop.groovy", "template('x') {\n  while (true) { }\n}");

        // then
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(GroovyProblem.TIMEOUT.code());
        long deadline = System.currentTimeMillis() + 2_000;
        while (scriptStillRunning() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scriptStillRunning()).as("a worker is still running the script").isFalse();
    }

    private static boolean scriptStillRunning() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("zhibiao-groovy-"))
                .anyMatch(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("ZhibiaoScript_")));
    }

    private static List<String> expectedCodes(Path script) throws IOException {
        String first = Files.readAllLines(script, StandardCharsets.UTF_8).get(0);
        assertThat(first).startsWith("// expect: ");
        return List.of(first.substring("// expect: ".length()).strip().split("\\s+"));
    }
}
