package org.zhibiao.cli.docs;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;

/** A resolved template's indicator tree as the lines of a reference table, in form order. */
final class Lines {

    /**
     * One line of the tree: a row (三级指标), or a slot the department fills.
     *
     * @param level1 the 一级
     * @param level2 the 二级 name
     * @param row the row; null on a slot line
     * @param slot the slot of a slot line, or the slot whose default this row is; null otherwise
     */
    record Line(Level1 level1, String level2, Inline row, Slot slot) {

        boolean isSlot() {
            return row == null;
        }

        boolean isSlotDefault() {
            return row != null && slot != null;
        }
    }

    private Lines() {}

    static List<Line> of(Template resolved) {
        List<Line> lines = new ArrayList<>();
        for (Level1 l1 : resolved.indicators()) {
            for (Level2 l2 : l1.children()) {
                for (Entry e : l2.entries()) {
                    if (e instanceof Inline row) {
                        lines.add(new Line(l1, l2.name(), row, null));
                    } else if (e instanceof Slot slot) {
                        lines.add(new Line(l1, l2.name(), null, slot));
                        slot.defaults().stream()
                                .filter(Inline.class::isInstance)
                                .forEach(d -> lines.add(new Line(l1, l2.name(), (Inline) d, slot)));
                    }
                    // a resolved template has no LibraryRef left: the resolver inlined them all
                }
            }
        }
        return lines;
    }

    /** How many 三级 rows the template itself fixes or offers as slot defaults. */
    static long rowCount(Template resolved) {
        return of(resolved).stream().filter(l -> !l.isSlot()).count();
    }
}
