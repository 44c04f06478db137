package org.zhibiao.diff;

import java.util.List;
import org.zhibiao.target.Strictness;

/**
 * One change between two resolved templates: a 一级, 二级 or 三级 added or removed, a row moved, a
 * target tightened, a column dropped from a table.
 *
 * @param sign added ({@code +}), removed ({@code -}) or changed ({@code ~})
 * @param what which part of the template changed
 * @param path where: 一级 › 二级 › 三级 for the indicator tree, the table name for the form, the rule
 *     code for rule settings, empty for the template itself
 * @param before the old value as printed (empty for an addition)
 * @param after the new value as printed (empty for a removal)
 * @param strictness for {@link What#TARGET} and {@link What#HALF_YEAR}: how the new target relates to
 *     the old one ({@code STRICTER} = tightened); null otherwise
 */
public record Difference(Sign sign, What what, List<String> path, String before, String after, Strictness strictness) {

    public Difference {
        path = List.copyOf(path);
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    static Difference added(What what, List<String> path, String detail) {
        return new Difference(Sign.ADDED, what, path, "", detail, null);
    }

    static Difference removed(What what, List<String> path, String detail) {
        return new Difference(Sign.REMOVED, what, path, detail, "", null);
    }

    static Difference changed(What what, List<String> path, String before, String after) {
        return new Difference(Sign.CHANGED, what, path, before, after, null);
    }

    /** Whether the target became stricter (收紧); false for anything but a target change. */
    public boolean tightened() {
        return strictness == Strictness.STRICTER;
    }

    /** Whether the target became looser (放宽); false for anything but a target change. */
    public boolean loosened() {
        return strictness == Strictness.LOOSER;
    }

    /** The marker a diff line starts with. */
    public enum Sign {
        ADDED('+'),
        REMOVED('-'),
        CHANGED('~');

        private final char marker;

        Sign(char marker) {
            this.marker = marker;
        }

        public char marker() {
            return marker;
        }
    }
}
