package org.zhibiao.model;

import java.util.List;

/** Null-tolerant copies for record constructors: absent lists become empty, never null. */
final class Lists {

    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
