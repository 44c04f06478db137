package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.batch.TempFiles;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;

/** An interrupted bulk run leaves complete declarations and nothing else: no temp file, no partial file. */
class BatchInterruptTest {

    private static final int PROFILES = 3_000;

    @TempDir
    Path dir;

    @Test
    void interrupting_the_thread_of_a_bulk_new_leaves_only_complete_files() throws Exception {
        // given
        Path csv = Csvs.write(dir.resolve("p.csv"), PROFILES);
        Path out = dir.resolve("out");
        AtomicReference<Run> result = new AtomicReference<>();
        Thread batch = new Thread(() -> result.set(Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                out.toString(),
                "--format",
                "json")));
        // when
        batch.start();
        awaitFiles(out, 20);
        batch.interrupt();
        batch.join(60_000);
        // then
        assertThat(batch.isAlive()).isFalse();
        assertThat(result.get().code()).isEqualTo(ExitCode.USAGE);
        assertThat(result.get().err()).contains("error[interrupted]");
        assertThat(TempFiles.live()).isZero();
        assertOnlyCompleteDeclarations(out);
    }

    @Test
    void terminating_the_process_during_a_bulk_new_leaves_only_complete_files() throws Exception {
        // given
        Path csv = Csvs.write(dir.resolve("p.csv"), PROFILES);
        Path out = dir.resolve("out");
        Process zhibiao = Subprocess.start(
                dir,
                List.of(),
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                out.toString(),
                "--format",
                "json");
        // when
        awaitFiles(out, 20);
        zhibiao.destroy();
        // then: SIGTERM runs the shutdown hooks: the batch stops and sums up, the open temp files go
        assertThat(zhibiao.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertOnlyCompleteDeclarations(out);
        assertStoppedWithSummary(zhibiao, 143);
    }

    @Test
    void issue13_ctrl_c_during_a_bulk_new_prints_the_summary_and_exits_130() throws Exception {
        // given
        Path csv = Csvs.write(dir.resolve("p.csv"), PROFILES);
        Path out = dir.resolve("out");
        Process zhibiao = Subprocess.start(
                dir,
                List.of(),
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                out.toString(),
                "--format",
                "json");
        // when
        awaitFiles(out, 20);
        new ProcessBuilder("kill", "-INT", Long.toString(zhibiao.pid())).start().waitFor();
        // then
        assertThat(zhibiao.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertOnlyCompleteDeclarations(out);
        assertStoppedWithSummary(zhibiao, 130);
    }

    /** #13: exit 128 + the signal, and stderr says it was interrupted and what was done. */
    private void assertStoppedWithSummary(Process zhibiao, int code) throws IOException {
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(zhibiao.exitValue()).as(err).isEqualTo(code);
        assertThat(err)
                .contains("error[interrupted]")
                .containsPattern("(?m)^\\d+ 个文件：写出 \\d+ 个")
                .doesNotContain("Exception");
    }

    private static void awaitFiles(Path out, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    if (files.count() >= atLeast) {
                        return;
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no output appeared in " + out);
    }

    private static void assertOnlyCompleteDeclarations(Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.toList();
        }
        assertThat(files).isNotEmpty().hasSizeLessThan(PROFILES);
        for (Path file : files) {
            assertThat(file.getFileName().toString())
                    .as("left in the output folder")
                    .matches("\\d{4}\\.json");
            var read = Documents.readDeclaration(file.toString(), Files.readAllBytes(file));
            assertThat(read.diagnostics()).as(file.toString()).isEmpty();
            assertThat(read.value()).isInstanceOf(Declaration.class);
        }
    }
}
