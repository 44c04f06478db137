package org.zhibiao.check;

import org.zhibiao.model.Row;

/**
 * A row's place in the framework (一级, 二级, 三级) as a map key. Hashing the three names, whose
 * hashes each string caches, is cheaper than the concatenated key it replaces (#7).
 */
record RowKey(String level1, String level2, String level3) {

    static RowKey of(Row row) {
        return new RowKey(row.level1(), row.level2(), row.level3());
    }
}
