package org.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Makes a named pipe for the tests of issue 13 with the system's {@code mkfifo}, where there is one. */
final class FifoSupport {

    private FifoSupport() {}

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
