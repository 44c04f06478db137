package org.zhibiao.resolve;

import java.util.ArrayList;
import java.util.List;

/** Template paths {@code 一级/二级/三级}, as child templates and diagnostics write them. */
final class Paths {

    private Paths() {}

    /**
     * The parts of a path, each without the spaces around it, and no empty parts at its end, as
     * splitting on the pattern "spaces, slash, spaces" gave them. Split by hand: that pattern
     * retried a run of spaces from each of its characters, so a long one in a template held the
     * resolver quadratically.
     */
    static List<String> split(String path) {
        String stripped = path.strip();
        if (stripped.indexOf('/') < 0) {
            return List.of(stripped);
        }
        List<String> parts = new ArrayList<>();
        for (String part : stripped.split("/", -1)) {
            parts.add(part.strip());
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return List.copyOf(parts);
    }
}
