package org.zhibiao.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * What the row rules ({@link RowCheck}) found on each distinct row, remembered by one prepared
 * {@link Checker} across the declarations it checks. A province's declarations are made from one
 * template, so most of their rows are the template's own, word for word; judging each distinct
 * row once took a third of the CPU off a bulk check of 10,000 declarations (#7, README Benchmarks).
 * Concurrent and bounded like the framework's parse cache: past the bound, rows are judged afresh.
 *
 * <p>A row is remembered the second time it is met, not the first: the rows each department
 * writes for itself are met once, and would only fill the memo up to its bound.
 */
final class RowMemo {

    /** Distinct rows remembered; a batch of mostly unique rows stops remembering here. */
    static final int LIMIT = 20_000;

    /**
     * The findings on one row, each with the index of its rule in the checker's order, and the
     * row's parsed values (so the rules that still walk every row need not parse them again). A
     * class rather than a record: entries are never compared, and a record would compare its
     * arrays by identity.
     */
    static final class Entry {

        private final int[] rules;
        private final Diagnostic[] findings;
        private final String[] keys;
        private final List<Value> values;

        /**
         * @param keys for each finding, the key of the value it points at (issue 14: findings point
         *     at the value's own line), or null where it points at the row; a replayed finding is
         *     placed at the same key of the row it is replayed on
         */
        Entry(int[] rules, Diagnostic[] findings, String[] keys, List<Value> values) {
            this.rules = rules;
            this.findings = findings;
            this.keys = keys;
            this.values = values;
        }

        int[] rules() {
            return rules;
        }

        Diagnostic[] findings() {
            return findings;
        }

        String[] keys() {
            return keys;
        }

        List<Value> values() {
            return values;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Hashes of rows met once, direct-mapped; written racily, as a lost or stale slot only delays
     * remembering a row or, on a hash collision, lets one in early.
     */
    private final int[] metOnce = new int[1 << 12];

    Entry get(Key key) {
        return entries.get(key);
    }

    /** Remembers a row's findings if it was met before (and the memo is not full). */
    void put(Key key, Entry entry) {
        int slot = (key.hash ^ (key.hash >>> 12)) & (metOnce.length - 1);
        if (metOnce[slot] != key.hash) {
            metOnce[slot] = key.hash;
        } else if (entries.size() < LIMIT) {
            entries.putIfAbsent(key, entry);
        }
    }

    /**
     * A row's text in its table: every field but its place in the file, which is all a row rule may
     * read. equals and hashCode are written out, as in {@link RowKey}, for the C1 compiler.
     */
    static final class Key {

        private final String table;
        private final Row row;
        private final int hash;

        Key(Table table, Row row) {
            this.table = table.name();
            this.row = row;
            int h = Objects.hashCode(table.name());
            h = 31 * h + Objects.hashCode(row.level1());
            h = 31 * h + Objects.hashCode(row.level2());
            h = 31 * h + Objects.hashCode(row.keyWork());
            h = 31 * h + Objects.hashCode(row.level3());
            h = 31 * h + Objects.hashCode(row.prev2());
            h = 31 * h + Objects.hashCode(row.prev1());
            h = 31 * h + Objects.hashCode(row.target());
            h = 31 * h + Objects.hashCode(row.halfYear());
            h = 31 * h + Objects.hashCode(row.fullYear());
            h = 31 * h + Objects.hashCode(row.basis());
            h = 31 * h + Objects.hashCode(row.category());
            h = 31 * h + Objects.hashCode(row.ref());
            h = 31 * h + Objects.hashCode(row.origin());
            h = 31 * h + row.cells().hashCode();
            this.hash = 31 * h + Objects.hashCode(row.slot());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key key) || key.hash != hash) {
                return false;
            }
            return Objects.equals(table, key.table) && sameNames(row, key.row) && sameValues(row, key.row);
        }

        /** The row's place in the indicator tree and where it came from. */
        private static boolean sameNames(Row a, Row b) {
            return Objects.equals(a.level1(), b.level1())
                    && Objects.equals(a.level2(), b.level2())
                    && Objects.equals(a.keyWork(), b.keyWork())
                    && Objects.equals(a.level3(), b.level3())
                    && Objects.equals(a.ref(), b.ref())
                    && a.origin() == b.origin()
                    && Objects.equals(a.slot(), b.slot());
        }

        /** What the department wrote in the row's value columns. */
        private static boolean sameValues(Row a, Row b) {
            return Objects.equals(a.prev2(), b.prev2())
                    && Objects.equals(a.prev1(), b.prev1())
                    && Objects.equals(a.target(), b.target())
                    && Objects.equals(a.halfYear(), b.halfYear())
                    && Objects.equals(a.fullYear(), b.fullYear())
                    && Objects.equals(a.basis(), b.basis())
                    && Objects.equals(a.category(), b.category())
                    && a.cells().equals(b.cells());
        }
    }
}
