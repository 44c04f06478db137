package org.zhibiao.diff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diff.Flat.RowAt;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Template;

/**
 * Which row of one template a row of another became, paired the way {@link TemplateDiff} pairs
 * them (same place, then same name, then same library entry). {@code zhibiao upgrade} follows
 * these pairs to carry what a department typed on a row of the old version onto the row of the new
 * one, so the diff and the upgrade never disagree about what was renamed, moved or removed.
 */
public final class RowPairs {

    /**
     * A template row at its place.
     *
     * @param level1 一级
     * @param level2 二级 as the template writes it ({@code 核心业务产出{n}} for a numbered one)
     * @param name 三级
     * @param occurrence which row of that name at that place (0 for the first)
     * @param slot the slot whose default the row is, or null for a fixed row
     * @param row the resolved row, with its position in the template
     */
    public record Place(String level1, String level2, String name, int occurrence, String slot, Inline row) {

        /** The key {@link RowPairs} looks a place up by. */
        public static String key(String level1, String level2, String name, int occurrence) {
            return level1 + '\u0000' + level2 + '\u0000' + name + '\u0000' + occurrence;
        }

        public String key() {
            return key(level1, level2, name, occurrence);
        }
    }

    private final Map<String, Place> before = new HashMap<>();
    private final Map<String, Place> afterOfBefore = new HashMap<>();
    private final Map<String, Place> after = new HashMap<>();
    private final Set<String> paired = new HashSet<>();

    private RowPairs(Template older, Template newer) {
        Flat a = new Flat(older);
        Flat b = new Flat(newer);
        RowMatch match = new RowMatch(a.rows, b.rows);
        Map<Integer, Place> placesB = places(b.rows);
        placesB.values().forEach(p -> after.put(p.key(), p));
        places(a.rows).forEach((seq, place) -> {
            before.put(place.key(), place);
            RowAt paired = match.after(a.rows.get(seq));
            if (paired != null) {
                afterOfBefore.put(place.key(), placesB.get(paired.seq()));
                this.paired.add(placesB.get(paired.seq()).key());
            }
        });
    }

    /** The rows of {@code older} paired with the rows of {@code newer}; both resolved. */
    public static RowPairs between(Template older, Template newer) {
        return new RowPairs(older, newer);
    }

    /** The older template's row at this key, or null when it has none there. */
    public Place before(String key) {
        return before.get(key);
    }

    /** The newer template's row that the older one's row at this key became, or null when it was removed. */
    public Place after(String key) {
        return afterOfBefore.get(key);
    }

    /** The newer template's row at this key, or null when it has none there. */
    public Place placeOfNew(String key) {
        return after.get(key);
    }

    /** Whether the newer template's row at this key is new: no row of the older one became it. */
    public boolean isNew(String key) {
        return after.containsKey(key) && !paired.contains(key);
    }

    private static Map<Integer, Place> places(List<RowAt> rows) {
        Map<Integer, Place> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RowAt r : rows) {
            int n = seen.merge(Place.key(r.l1(), r.l2(), r.name(), 0), 1, Integer::sum) - 1;
            out.put(r.seq(), new Place(r.l1(), r.l2(), r.name(), n, r.slot(), r.row()));
        }
        return out;
    }
}
