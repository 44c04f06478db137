package org.zhibiao.model;

import java.util.Collections;
import java.util.Map;
import org.zhibiao.diag.Position;

/**
 * Where each value of a record was written, by key, so that a finding about one value points at
 * that value (the {@code target:} line), not at the record's first line (issue 14). Like
 * {@link Position}, places never take part in model equality.
 */
public final class Places {

    public static final Places NONE = new Places(Map.of());

    private final Map<String, Position> byKey;

    private Places(Map<String, Position> byKey) {
        this.byKey = byKey;
    }

    public static Places of(Map<String, Position> byKey) {
        return byKey == null || byKey.isEmpty() ? NONE : new Places(Map.copyOf(byKey));
    }

    /**
     * Places from a map its reader built for this record alone and hands over, never to touch it
     * again: kept as it is, read-only. [#14] {@link #of}'s copy was a twentieth of checking 2,000
     * JSON declarations, one per row.
     */
    public static Places adopt(Map<String, Position> byKey) {
        return byKey == null || byKey.isEmpty() ? NONE : new Places(Collections.unmodifiableMap(byKey));
    }

    /** Where the value of {@code key} stands, or {@code fallback} when it was not written. */
    public Position of(String key, Position fallback) {
        Position p = byKey.get(key);
        return p == null ? fallback : p;
    }

    public Map<String, Position> asMap() {
        return byKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Places;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "Places" + byKey.keySet();
    }
}
