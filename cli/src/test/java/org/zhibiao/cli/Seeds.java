package org.zhibiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The seed transcriptions in {@code ../shared/seeds}, beside the repository, as CI checks it out.
 * Tests read them where they are rather than from a copy, so the two cannot drift apart.
 */
final class Seeds {

    private Seeds() {
    }

    static Path dir() {
        String configured = System.getProperty("zhibiao.seeds");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/seeds not found above " + Path.of("").toAbsolutePath()
                + "; set -Dzhibiao.seeds=DIR");
    }

    /** Data lines of a TSV, each split into its cells (header dropped). */
    static List<List<String>> tsv(String name) {
        try {
            List<String> lines = Files.readAllLines(dir().resolve(name), StandardCharsets.UTF_8);
            return lines.stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> Arrays.asList(l.split("\t", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path example(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("catalogue/src/main/resources/zhibiao/examples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("example " + name + " not found");
    }
}
