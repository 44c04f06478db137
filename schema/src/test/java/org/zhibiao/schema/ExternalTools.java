package org.zhibiao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The validators, editors and form generators outside the JVM that the schemas are tested
 * against: Debian's Python {@code jsonschema} and the npm packages pinned in
 * {@code src/test/node/package-lock.json}. A test that needs one that is absent is skipped with
 * a message saying how to install it ({@code .ci/run} installs both).
 */
final class ExternalTools {
    /** Debian's interpreter, which python3-jsonschema installs into (the PATH may hold another). */
    static final String PYTHON = "/usr/bin/python3";

    static final Path NODE_DIR = Path.of("src/test/node");
    static final Path PYTHON_DIR = Path.of("src/test/python");
    private static final long LIMIT_MINUTES = 5;

    private ExternalTools() {}

    /** Skips the calling test unless Python's jsonschema can be imported. */
    static void assumePythonJsonschema() {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of(PYTHON))
                        && run(List.of(PYTHON, "-c", "import jsonschema")).code() == 0,
                "skipped: " + PYTHON + " has no jsonschema; apt-get install -y python3-jsonschema");
    }

    /** Skips the calling test unless node runs and {@code npm ci} has installed {@code module}. */
    static void assumeNode(String module) {
        boolean node = run(List.of("node", "--version")).code() == 0;
        Assumptions.assumeTrue(node, "skipped: no node on the PATH");
        Assumptions.assumeTrue(
                Files.isDirectory(NODE_DIR.resolve("node_modules").resolve(module)),
                "skipped: " + module + " is not installed; run npm ci --prefix schema/src/test/node");
    }

    /** What a process printed and how it ended. */
    record Outcome(int code, String out, String err) {}

    /** Runs {@code command} from the module directory, bounded, and returns its output. */
    static Outcome run(List<String> command) {
        try {
            Path out = Files.createTempFile("zhibiao-tool", ".out");
            Path err = Files.createTempFile("zhibiao-tool", ".err");
            try {
                Process process = new ProcessBuilder(new ArrayList<>(command))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                process.getOutputStream().close();
                if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not finish in " + LIMIT_MINUTES + " minutes");
                }
                return new Outcome(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Outcome(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs the command and fails the test, with its output, unless it exits 0. */
    static String ok(List<String> command) {
        Outcome outcome = run(command);
        if (outcome.code() != 0) {
            throw new AssertionError(command + " exited " + outcome.code() + ":\n" + outcome.err() + outcome.out());
        }
        return outcome.out();
    }
}
