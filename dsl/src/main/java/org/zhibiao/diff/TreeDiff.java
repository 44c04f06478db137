package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhibiao.diff.Flat.RowAt;
import org.zhibiao.diff.Flat.SlotAt;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Slot;
import org.zhibiao.target.Target;
import org.zhibiao.target.Targets;

/**
 * Compares two indicator trees, walking them together in form order so that every change is
 * reported where it now is: 一级, then each of its 二级 with its slots and rows.
 */
final class TreeDiff {

    private final Flat a;
    private final Flat b;
    private final RowMatch match;
    private final List<Difference> out;

    private TreeDiff(Flat a, Flat b, List<Difference> out) {
        this.a = a;
        this.b = b;
        this.match = new RowMatch(a.rows, b.rows);
        this.out = out;
    }

    static void diff(Flat before, Flat after, List<Difference> out) {
        new TreeDiff(before, after, out).run();
    }

    private void run() {
        List<String> l1Names = Values.merge(List.copyOf(a.level1.keySet()), List.copyOf(b.level1.keySet()));
        for (String l1 : l1Names) {
            level1(l1);
            for (String l2 : Values.merge(a.level2Names(l1), b.level2Names(l1))) {
                level2(l1, l2);
                slots(l1, l2);
                rows(l1, l2);
            }
            order(List.of(l1), a.level2Names(l1), b.level2Names(l1));
        }
        order(List.of(), List.copyOf(a.level1.keySet()), List.copyOf(b.level1.keySet()));
    }

    private void level1(String name) {
        Level1 x = a.level1.get(name);
        Level1 y = b.level1.get(name);
        if (x == null || y == null) {
            out.add(
                    x == null
                            ? Difference.added(What.LEVEL1, List.of(name), "")
                            : Difference.removed(What.LEVEL1, List.of(name), ""));
            return;
        }
        value(What.REQUIRED, List.of(name), String.valueOf(x.isRequired()), String.valueOf(y.isRequired()));
        value(What.WEIGHT, List.of(name), Values.print(x.weight()), Values.print(y.weight()));
    }

    private void level2(String l1, String l2) {
        boolean inA = a.level2Names(l1).contains(l2);
        boolean inB = b.level2Names(l1).contains(l2);
        if (inA != inB) {
            out.add(
                    inB
                            ? Difference.added(What.LEVEL2, List.of(l1, l2), "")
                            : Difference.removed(What.LEVEL2, List.of(l1, l2), ""));
        }
    }

    private void slots(String l1, String l2) {
        for (SlotAt x : a.slotsAt(l1, l2)) {
            if (b.slots.stream().noneMatch(s -> s.slot().slot().equals(x.slot().slot()))) {
                out.add(Difference.removed(What.SLOT, slotPath(x), x.slot().label()));
            }
        }
        for (SlotAt y : b.slotsAt(l1, l2)) {
            SlotAt x = a.slots.stream()
                    .filter(s -> s.slot().slot().equals(y.slot().slot()))
                    .findFirst()
                    .orElse(null);
            if (x == null) {
                out.add(Difference.added(What.SLOT, slotPath(y), y.slot().label()));
                continue;
            }
            if (!x.at(l1, l2)) {
                value(What.MOVED, slotPath(y), x.l1() + " › " + x.l2(), l1 + " › " + l2);
            }
            Slot s = x.slot();
            Slot t = y.slot();
            value(What.SLOT_LABEL, slotPath(y), s.label(), t.label());
            value(What.SLOT_MIN, slotPath(y), Values.print(s.min()), Values.print(t.min()));
            value(What.SLOT_MAX, slotPath(y), Values.print(s.max()), Values.print(t.max()));
        }
    }

    private static List<String> slotPath(SlotAt s) {
        return List.of(s.l1(), s.l2(), "[" + s.slot().slot() + "]");
    }

    private void rows(String l1, String l2) {
        for (RowAt x : a.rowsAt(l1, l2)) {
            if (match.after(x) == null) {
                out.add(Difference.removed(
                        rowKind(x), x.path(), Values.print(x.row().target())));
            }
        }
        List<String> stayedBefore = new ArrayList<>();
        List<String> stayedAfter = new ArrayList<>();
        for (RowAt y : b.rowsAt(l1, l2)) {
            RowAt x = match.before(y);
            if (x == null) {
                out.add(Difference.added(
                        rowKind(y), y.path(), Values.print(y.row().target())));
                continue;
            }
            if (!x.at(l1, l2)) {
                value(What.MOVED, y.path(), x.l1() + " › " + x.l2(), l1 + " › " + l2);
            } else {
                stayedAfter.add(y.name());
            }
            value(What.RENAMED, y.path(), x.name(), y.name());
            value(What.SLOT, y.path(), x.slot(), y.slot());
            attributes(y.path(), x.row(), y.row());
        }
        a.rowsAt(l1, l2).stream()
                .filter(x -> match.after(x) != null && match.after(x).at(l1, l2))
                .forEach(x -> stayedBefore.add(match.after(x).name()));
        order(List.of(l1, l2), stayedBefore, stayedAfter);
    }

    /** A row a slot offers as its default is told apart from a fixed row of the form. */
    private static What rowKind(RowAt r) {
        return r.slot() == null ? What.ROW : What.DEFAULT_ROW;
    }

    private void attributes(List<String> path, Inline x, Inline y) {
        target(What.TARGET, path, x.target(), y.target());
        target(What.HALF_YEAR, path, x.halfYear(), y.halfYear());
        value(What.KIND, path, Values.print(x.kind()), Values.print(y.kind()));
        value(What.DIRECTION, path, Values.print(x.direction()), Values.print(y.direction()));
        value(What.UNIT, path, x.unit(), y.unit());
        value(What.BASIS, path, x.basis(), y.basis());
        value(What.CATEGORY, path, x.category(), y.category());
        value(What.WEIGHT, path, Values.print(x.weight()), Values.print(y.weight()));
        value(What.SOURCE, path, x.ref(), y.ref());
    }

    private void target(What what, List<String> path, Target x, Target y) {
        if (Objects.equals(x, y)) {
            return;
        }
        out.add(new Difference(
                Difference.Sign.CHANGED,
                what,
                path,
                Values.print(x),
                Values.print(y),
                x == null || y == null ? null : Targets.compare(y, x)));
    }

    /** The common members of two orderings, reported once if they no longer come in the same order. */
    private void order(List<String> path, List<String> before, List<String> after) {
        List<String> x = before.stream().filter(after::contains).toList();
        List<String> y = after.stream().filter(before::contains).toList();
        if (!x.equals(y)) {
            out.add(Difference.changed(What.ORDER, path, String.join("、", x), String.join("、", y)));
        }
    }

    private void value(What what, List<String> path, String x, String y) {
        if (!Objects.equals(Values.blankToNull(x), Values.blankToNull(y))) {
            out.add(Difference.changed(what, path, x, y));
        }
    }
}
