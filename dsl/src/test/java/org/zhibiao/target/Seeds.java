package org.zhibiao.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 指标值 cells of the seed declarations ({@code src/test/resources/seeds/*.tsv}), read from the
 * test class path so that a fresh clone tests alone, with nothing outside the repository (issue 13).
 */
final class Seeds {

    private static final List<String> VALUE_COLUMNS = List.of("prev2", "prev1", "target", "half_year", "full_year");

    private Seeds() {}

    /** "file:row:column → value" labels and values of every non-empty value cell. */
    static List<String[]> valueCells() {
        List<String[]> cells = new ArrayList<>();
        for (String file : List.of("ezhou_indicators.tsv", "suzhou_indicators.tsv")) {
            List<String> lines = read(file);
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

    private static List<String> read(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/seeds/" + file + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
