package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhibiao.diff.Flat.RowAt;

/**
 * Pairs the rows of two trees: first the same name at the same place (一级, 二级, name and its
 * occurrence), then the same name anywhere (a move), then the same library entry under another
 * name (a rename). Rows left over were removed or added.
 */
final class RowMatch {

    private final Map<Integer, RowAt> beforeOfAfter = new HashMap<>();
    private final Map<Integer, RowAt> afterOfBefore = new HashMap<>();

    RowMatch(List<RowAt> before, List<RowAt> after) {
        pair(before, placed(before), after, placed(after));
        pair(before, RowAt::name, after, RowAt::name);
        pair(before, r -> r.row().ref(), after, r -> r.row().ref());
    }

    /** The earlier row paired with {@code after}, or null when {@code after} was added. */
    RowAt before(RowAt after) {
        return beforeOfAfter.get(after.seq());
    }

    /** The later row paired with {@code before}, or null when {@code before} was removed. */
    RowAt after(RowAt before) {
        return afterOfBefore.get(before.seq());
    }

    /** Pairs still-unpaired rows whose key is not null and unique on both sides. */
    private void pair(
            List<RowAt> before,
            Function<RowAt, String> keyBefore,
            List<RowAt> after,
            Function<RowAt, String> keyAfter) {
        Map<String, RowAt> left =
                unique(before.stream().filter(r -> after(r) == null).toList(), keyBefore);
        Map<String, RowAt> right =
                unique(after.stream().filter(r -> before(r) == null).toList(), keyAfter);
        left.forEach((k, b) -> {
            RowAt a = right.get(k);
            if (a != null) {
                beforeOfAfter.put(a.seq(), b);
                afterOfBefore.put(b.seq(), a);
            }
        });
    }

    private static Map<String, RowAt> unique(List<RowAt> rows, Function<RowAt, String> key) {
        Map<String, RowAt> found = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (RowAt r : rows) {
            String k = key.apply(r);
            if (k != null && found.putIfAbsent(k, r) != null) {
                twice.add(k);
            }
        }
        twice.forEach(found::remove);
        return found;
    }

    /** 一级, 二级, name and which occurrence of that name at that place (0 for the first). */
    private static Function<RowAt, String> placed(List<RowAt> rows) {
        Map<Integer, String> keys = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RowAt r : rows) {
            String place = r.l1() + "\u0000" + r.l2() + "\u0000" + r.name();
            int n = seen.merge(place, 1, Integer::sum) - 1;
            keys.put(r.seq(), place + "\u0000" + n);
        }
        return r -> keys.get(r.seq());
    }
}
