package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;

/**
 * A resolved indicator tree laid flat, in form order: the 一级, the 二级 of each, every slot, and
 * every row including the default rows a slot offers.
 */
final class Flat {

    /** A row at its place; {@code seq} keeps two equal rows apart. */
    record RowAt(int seq, String l1, String l2, Inline row, String slot) {

        boolean at(String level1, String level2) {
            return l1.equals(level1) && l2.equals(level2);
        }

        String name() {
            return row.name();
        }

        List<String> path() {
            return List.of(l1, l2, row.name());
        }
    }

    /** A slot at its place. */
    record SlotAt(String l1, String l2, Slot slot) {

        boolean at(String level1, String level2) {
            return l1.equals(level1) && l2.equals(level2);
        }
    }

    final Map<String, Level1> level1 = new LinkedHashMap<>();
    final Map<String, List<String>> level2 = new LinkedHashMap<>();
    final List<RowAt> rows = new ArrayList<>();
    final List<SlotAt> slots = new ArrayList<>();

    Flat(Template resolved) {
        for (Level1 l1 : resolved.indicators()) {
            level1.putIfAbsent(l1.name(), l1);
            List<String> children = level2.computeIfAbsent(l1.name(), k -> new ArrayList<>());
            for (Level2 l2 : l1.children()) {
                if (!children.contains(l2.name())) {
                    children.add(l2.name());
                }
                l2.entries().forEach(e -> add(l1.name(), l2.name(), e, null));
            }
        }
    }

    private void add(String l1, String l2, Entry entry, String slot) {
        // Java 17 has no pattern switch; Entry is sealed, so these three cases are all there are
        if (entry instanceof Inline row) {
            rows.add(new RowAt(rows.size(), l1, l2, row, slot));
        } else if (entry instanceof LibraryRef ref) {
            rows.add(new RowAt(
                    rows.size(),
                    l1,
                    l2,
                    new Inline(
                            ref.name() != null ? ref.name() : ref.ref(),
                            ref.target(),
                            ref.halfYear(),
                            null,
                            null,
                            null,
                            ref.basis(),
                            ref.category(),
                            ref.weight(),
                            ref.ref(),
                            null),
                    slot));
        } else if (entry instanceof Slot s) {
            slots.add(new SlotAt(l1, l2, s));
            s.defaults().forEach(d -> add(l1, l2, d, s.slot()));
        }
    }

    List<String> level2Names(String l1) {
        return level2.getOrDefault(l1, List.of());
    }

    List<RowAt> rowsAt(String l1, String l2) {
        return rows.stream().filter(r -> r.at(l1, l2)).toList();
    }

    List<SlotAt> slotsAt(String l1, String l2) {
        return slots.stream().filter(s -> s.at(l1, l2)).toList();
    }
}
