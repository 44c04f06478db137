package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken input, whichever role it plays (template, profile, declaration), ends with exit
 * code 1 or 2, at least one {@code file:line:col: error[code]:} line, no stack trace, and no
 * output file. The corpus is {@code src/test/resources/broken}; the huge and the deeply nested
 * inputs are generated here rather than committed.
 */
class BrokenInputCorpusTest {

    private static final Pattern LOCATED = Pattern.compile("(?m)^\\S.*:\\d+:\\d+: error\\[[a-z0-9-]+\\]: .+$");

    @TempDir
    static Path generated;

    static Stream<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/broken"))) {
            list.sorted().forEach(files::add);
        }
        files.add(huge());
        files.add(write("profile-deep-nesting.yaml", "kind: profile\ntasks: " + "[".repeat(2000) + "]".repeat(2000)));
        files.add(write("template-deep-blocks.yaml", deepBlocks()));
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        return files.stream();
    }

    /** A 50 MB profile: refused by size before it is read into memory. */
    private static Path huge() throws IOException {
        Path file = generated.resolve("profile-50mb.yaml");
        byte[] line =
                "# padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("kind: profile\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        return file;
    }

    private static String deepBlocks() {
        StringBuilder yaml = new StringBuilder("kind: template\nid: deep\nform:\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return yaml.append("  ".repeat(61)).append("x: 1\n").toString();
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(generated.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void broken_input_fails_cleanly_with_a_located_message_and_writes_nothing(Path input) throws IOException {
        // given
        Path dir = Files.createTempDirectory("zhibiao-broken");
        Path output = dir.resolve("out.yaml");
        String name = input.getFileName().toString();
        String[] args = name.startsWith("template-")
                ? new String[] {"new", input.toString(), "-o", output.toString()}
                : name.startsWith("profile-")
                        ? new String[] {
                            "new", "hubei/public-security", "--profile", input.toString(), "-o", output.toString()
                        }
                        : new String[] {"check", input.toString()};
        // when
        Run run = Run.of(args);
        // then
        assertThat(run.code()).as(run.err()).isIn(ExitCode.FINDINGS, ExitCode.USAGE);
        assertThat(run.err()).as("stderr").containsPattern(LOCATED);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("files left in the output folder").isEmpty();
        }
    }
}
