package org.zhibiao.check;

import java.util.Objects;
import org.zhibiao.model.Row;

/**
 * A row's place in the framework (一级, 二级, 三级) as a map key. Hashing the three names, whose
 * hashes each string caches, is cheaper than the concatenated key it replaces (#7). equals and
 * hashCode are written out: a record's generated ones go through method handles, which the C1
 * compiler the launcher uses does not inline.
 */
record RowKey(String level1, String level2, String level3) {

    static RowKey of(Row row) {
        return new RowKey(row.level1(), row.level2(), row.level3());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowKey key
                && Objects.equals(level1, key.level1)
                && Objects.equals(level2, key.level2)
                && Objects.equals(level3, key.level3);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(level1) + Objects.hashCode(level2)) * 31 + Objects.hashCode(level3);
    }
}
