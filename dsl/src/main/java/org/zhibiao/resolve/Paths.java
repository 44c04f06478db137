package org.zhibiao.resolve;

import java.util.List;

/** Template paths {@code 一级/二级/三级}, as child templates and diagnostics write them. */
final class Paths {

    private Paths() {}

    static List<String> split(String path) {
        return List.of(path.strip().split("\\s*/\\s*"));
    }
}
