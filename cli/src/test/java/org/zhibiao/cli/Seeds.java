package org.zhibiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The seed transcriptions ({@code dsl/src/test/resources/seeds}, which the build copies onto this
 * module's test class path as {@code /seeds/}): one copy in the repository, nothing read from
 * outside it, so a fresh clone tests alone (issue 13).
 */
final class Seeds {

    private Seeds() {}

    /** Data lines of a TSV, each split into its cells (header dropped). */
    static List<List<String>> tsv(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("/seeds/" + name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> Arrays.asList(l.split("\t", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path example(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate =
                    p.resolve("catalogue/src/main/resources/zhibiao/examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("example " + name + " not found");
    }
}
