package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The workload the launcher runs once, under {@code -XX:ArchiveClassesAtExit}, to record the
 * classes of {@code zhibiao new} and {@code zhibiao check} (single and bulk, text and JSON) into
 * its class-data-sharing archive. Not a command: users never run it.
 *
 * <p>Training on {@code new} alone left the reader, the checker and the batch classes out of the
 * archive, and {@code check} started 0.1 s slower than it could (0.43 against 0.32 s on two files,
 * #7). Everything is written to a temporary directory that is removed afterwards.
 */
public final class CdsTraining {

    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("zhibiao-cds-");
        try {
            Path profiles = Files.writeString(
                    dir.resolve("profiles.csv"),
                    "department,code,year\n鄂州市公安局,420700,2024\n黄石市公安局,420200,2024\n",
                    StandardCharsets.UTF_8);
            Path decls = dir.resolve("decls");
            run("new", "hubei/public-security");
            run(
                    "new",
                    "hubei/public-security",
                    "--profiles",
                    profiles.toString(),
                    "-o",
                    decls.toString(),
                    "--format",
                    "json",
                    "--quiet");
            run("check", decls.toString(), "--quiet");
            run("check", decls.resolve("420700.json").toString(), "--format", "json");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String... args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Zhibiao.commandLine(nowhere, nowhere).execute(args);
    }
}
