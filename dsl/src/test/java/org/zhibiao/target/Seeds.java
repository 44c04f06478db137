package org.zhibiao.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 指标值 cells of the seed declarations ({@code shared/seeds/*.tsv}), which live beside the
 * repository rather than in it: found through {@code -Dzhibiao.seeds=DIR} or by walking up from
 * the working directory until a {@code shared/seeds} sibling appears.
 */
final class Seeds {

    private static final List<String> VALUE_COLUMNS = List.of("prev2", "prev1", "target", "half_year", "full_year");

    private Seeds() {
    }

    /** "file:row:column → value" labels and values of every non-empty value cell. */
    static List<String[]> valueCells() {
        Path dir = directory();
        List<String[]> cells = new ArrayList<>();
        for (String file : List.of("ezhou_indicators.tsv", "suzhou_indicators.tsv")) {
            List<String> lines = read(dir.resolve(file));
            List<String> header = List.of(lines.get(0).split("\t", -1));
            for (int row = 1; row < lines.size(); row++) {
                String[] fields = lines.get(row).split("\t", -1);
                for (String column : VALUE_COLUMNS) {
                    int i = header.indexOf(column);
                    if (i >= 0 && i < fields.length && !fields[i].isEmpty()) {
                        cells.add(new String[] {file + ":" + (row + 1) + ":" + column, fields[i]});
                    }
                }
            }
        }
        return cells;
    }

    private static Path directory() {
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
                + "; run with -Dzhibiao.seeds=/path/to/shared/seeds");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
