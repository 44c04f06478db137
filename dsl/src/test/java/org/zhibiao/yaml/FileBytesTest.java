package org.zhibiao.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Problem;

/** Issue 13 §3: only regular files are read, through a limit counted as the bytes arrive. */
class FileBytesTest {

    @TempDir
    Path dir;

    @Test
    void issue13_dev_zero_is_refused_without_reading_it() {
        // given
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).as("a system with /dev/zero").isTrue();
        Diagnostics out = new Diagnostics();
        // when
        byte[] bytes = FileBytes.read(zero, 1024, out);
        // then
        assertThat(bytes).isNull();
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly(Problem.NOT_A_FILE.code());
        assertThat(out.list().get(0).position().file()).isEqualTo("/dev/zero");
    }

    @Test
    void issue13_a_fifo_is_refused_without_opening_it() throws Exception {
        // given: opening a FIFO for reading would block this test until a writer came
        Path fifo = dir.resolve("d.yaml");
        assumeThat(mkfifo(fifo)).as("mkfifo available").isTrue();
        Diagnostics out = new Diagnostics();
        // when
        byte[] bytes = FileBytes.read(fifo, 1024, out);
        // then
        assertThat(bytes).isNull();
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly(Problem.NOT_A_FILE.code());
    }

    @Test
    void a_directory_is_refused_as_not_a_file() {
        Diagnostics out = new Diagnostics();
        assertThat(FileBytes.read(dir, 1024, out)).isNull();
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly(Problem.NOT_A_FILE.code());
    }

    @Test
    void a_missing_file_is_unreadable() {
        Diagnostics out = new Diagnostics();
        assertThat(FileBytes.read(dir.resolve("none.yaml"), 1024, out)).isNull();
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly(Problem.FILE_UNREADABLE.code());
    }

    @Test
    void a_file_over_the_limit_is_refused_and_one_at_the_limit_is_read() throws IOException {
        Path big = Files.write(dir.resolve("big.yaml"), new byte[1025]);
        Path fits = Files.write(dir.resolve("fits.yaml"), new byte[1024]);
        Diagnostics out = new Diagnostics();
        assertThat(FileBytes.read(big, 1024, out)).isNull();
        assertThat(out.list()).extracting(Diagnostic::code).containsExactly(Problem.FILE_TOO_LARGE.code());
        assertThat(FileBytes.read(fits, 1024, new Diagnostics())).hasSize(1024);
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
