package org.zhibiao.upgrade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.diff.Difference;
import org.zhibiao.diff.RowPairs;
import org.zhibiao.diff.What;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Strictness;
import org.zhibiao.upgrade.Upgrader.SlotPlace;

/**
 * One indicator table carried to the new template: the new starter's rows in the new order, each
 * standard row with the values the department typed on the row it was, each slot with the
 * department's own rows, and the department's other rows after the row they followed.
 */
final class TableUpgrade {

    /** The columns a row holds as fields and a department may type into. */
    private static final List<String> VALUES =
            List.of("prev2", "prev1", "target", "halfYear", "fullYear", "basis", "category");

    /** The changes of a row that change what a typed value means. */
    private static final Set<What> MEANING =
            Set.of(What.RENAMED, What.TARGET, What.HALF_YEAR, What.KIND, What.DIRECTION, What.UNIT);

    private final Upgrader up;
    private final TableDef oldDef;
    private final TableDef newDef;
    private final IdentityHashMap<Row, Row> emitted = new IdentityHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final IdentityHashMap<Row, Row> baseline = new IdentityHashMap<>();

    TableUpgrade(Upgrader up, TableDef oldDef, TableDef newDef) {
        this.up = up;
        this.oldDef = oldDef;
        this.newDef = newDef;
    }

    /**
     * @param given the department's table, or null when the old version had none of that name
     * @param base the old template's starter of the table, to tell typed values from supplied ones
     * @param fresh the new template's starter of the table
     */
    Table table(Table given, Table base, Table fresh) {
        List<Row> filled = given == null ? List.of() : given.rows();
        Map<String, Row> key = keys(filled, up.olderSlots).entrySet().stream()
                .collect(HashMap::new, (m, e) -> m.put(e.getValue(), e.getKey()), Map::putAll);
        Map<String, Row> fromOld = fromOld(filled, key, base);
        Set<String> departmentSlots = new HashSet<>();
        filled.stream().filter(r -> r.slot() != null && written(r)).forEach(r -> departmentSlots.add(r.slot()));
        IdentityHashMap<Row, String> freshKeys = keys(fresh.rows(), up.newerSlots);
        Map<String, Row> freshByKey = new HashMap<>();
        freshKeys.forEach((r, k) -> freshByKey.put(k, r));
        Set<String> slotsDone = new HashSet<>();
        for (Row f : fresh.rows()) {
            if (f.slot() != null && departmentSlots.contains(f.slot())) {
                if (slotsDone.add(f.slot())) {
                    block(filled, f.slot(), freshByKey, key);
                }
            } else if (f.origin() == Origin.TEMPLATE && freshKeys.containsKey(f)) {
                standard(f, freshKeys.get(f), fromOld);
            } else {
                rows.add(f);
                announceSlot(f);
            }
        }
        leftovers(filled, key);
        return new Table(fresh.name(), rows, given == null ? fresh.pos() : given.pos());
    }

    /**
     * The department's standard rows by the key of their place in the new template, each with its
     * row of the old starter remembered as its baseline.
     */
    private Map<String, Row> fromOld(List<Row> filled, Map<String, Row> key, Table base) {
        Map<String, Row> starter = base == null ? Map.of() : byPlace(base.rows());
        Map<String, Row> fromOld = new HashMap<>();
        IdentityHashMap<Row, String> placeOf = places(filled);
        for (Map.Entry<String, Row> e : key.entrySet()) {
            Row d = e.getValue();
            baseline.put(d, starter.get(placeOf.get(d)));
            RowPairs.Place after = up.pairs.after(e.getKey());
            if (after != null) {
                fromOld.put(after.key(), d);
            }
        }
        return fromOld;
    }

    /** A standard row of the new template: the department's row merged into it, else the row as added. */
    private void standard(Row f, String k, Map<String, Row> fromOld) {
        Row d = fromOld.get(k);
        if (d != null) {
            emit(d, merge(d, baseline.get(d), f, k));
        } else {
            rows.add(f);
            added(f, k);
        }
    }

    /** Says once per slot that the new template has a slot to fill that the old one did not have. */
    private void announceSlot(Row f) {
        if (f.isToFill() && f.slot() != null && !up.olderSlots.containsKey(f.slot()) && up.announced.add(f.slot())) {
            SlotPlace place = up.newerSlots.get(f.slot());
            Position at = place == null ? Position.NONE : place.slot().pos();
            up.out.add(Problem.UPGRADE_ADDED_SLOT.at(
                    at,
                    up.newer.reference(),
                    f.slot(),
                    place == null ? "" : place.slot().label(),
                    f.level1() + " › " + f.level2()));
            up.tally.added++;
        }
    }

    /** The department's rows of one slot, in their order, at the slot's place in the new template. */
    private void block(List<Row> filled, String slot, Map<String, Row> freshByKey, Map<String, Row> oldKeys) {
        IdentityHashMap<Row, String> keyOf = new IdentityHashMap<>();
        oldKeys.forEach((k, r) -> keyOf.put(r, k));
        List<Row> own = new ArrayList<>();
        List<Row> from = new ArrayList<>();
        boolean dropped = false;
        for (Row d : filled) {
            if (!slot.equals(d.slot())) {
                continue;
            }
            if (d.origin() == Origin.TEMPLATE && keyOf.containsKey(d)) {
                RowPairs.Place after = up.pairs.after(keyOf.get(d));
                Row f = after == null ? null : freshByKey.get(after.key());
                if (f == null) {
                    continue; // reported with the leftovers
                }
                own.add(merge(d, baseline.get(d), f, after.key()));
                from.add(d);
            } else if (written(d)) {
                own.add(adjust(d));
                from.add(d);
            } else {
                dropped = true;
            }
        }
        SlotPlace place = up.newerSlots.get(slot);
        dropped |=
                own.size() < filled.stream().filter(r -> slot.equals(r.slot())).count();
        for (int i = 0; i < own.size(); i++) {
            emit(from.get(i), placed(own.get(i), i, place, dropped));
        }
    }

    /** A slot row at the slot's place in the new template: its 一级, and its 二级 as the slot names it. */
    private static Row placed(Row r, int index, SlotPlace place, boolean dropped) {
        String level2 = r.level2();
        if (place != null && !place.level2().isPerFunction()) {
            level2 = level2(place.level2(), level2, index, dropped);
        }
        String level1 = place == null ? r.level1() : place.level1();
        return r.withLevels(level1, level2);
    }

    /**
     * The 二级 of the {@code index}th row of a slot: the slot's own name, or for a numbered one the
     * row's number kept while no row was dropped, else the rows numbered afresh.
     */
    private static String level2(Level2 slotLevel2, String level2, int index, boolean dropped) {
        String pattern = slotLevel2.name();
        if (!slotLevel2.isNumbered()) {
            return pattern;
        }
        boolean fits =
                level2 != null && level2.matches(Pattern.quote(pattern).replace(Level2.NUMBERED, "\\E[0-9]+\\Q"));
        return fits && !dropped ? level2 : pattern.replace(Level2.NUMBERED, Integer.toString(index + 1));
    }

    /** Rows of the declaration not placed yet: removed standard rows are listed, the department's kept. */
    private void leftovers(List<Row> filled, Map<String, Row> oldKeys) {
        Set<Row> standard = Collections.newSetFromMap(new IdentityHashMap<>());
        standard.addAll(oldKeys.values());
        Row previous = null;
        for (Row d : filled) {
            if (emitted.containsKey(d)) {
                previous = d;
                continue;
            }
            if (written(d) && !standard.contains(d)) {
                if (d.slot() != null && !up.newerSlots.containsKey(d.slot())) {
                    up.out.add(Problem.UPGRADE_SLOT_REMOVED.at(d.at("level3"), up.newer.reference(), d.slot()));
                }
                Row kept = adjust(d);
                int at = previous == null ? 0 : indexOf(emitted.get(previous)) + 1;
                rows.add(at, kept);
                emitted.put(d, kept);
                previous = d;
                continue;
            }
            String name = d.level3() != null && !d.level3().isBlank() ? d.level3() : "[" + d.slot() + "]";
            if (d.origin() == Origin.TEMPLATE || (d.slot() != null && !up.newerSlots.containsKey(d.slot()))) {
                List<String> lost = typed(d, baseline.get(d));
                String detail = lost.isEmpty()
                        ? ""
                        : Text.UPGRADE_LOST.format(Lang.ZH, String.join(Text.LIST_SEPARATOR.template(Lang.ZH), lost));
                String detailEn = lost.isEmpty() ? "" : Text.UPGRADE_LOST.format(Lang.EN, String.join(", ", lost));
                up.out.add(Problem.UPGRADE_REMOVED.at(
                        d.at("level3"),
                        new Object[] {up.newer.reference(), name, detail},
                        new Object[] {up.newer.reference(), name, detailEn}));
                up.tally.removed++;
            }
        }
    }

    @SuppressWarnings("ReferenceEquality") // rows are places: an equal row elsewhere is another row
    private int indexOf(Row r) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == r) {
                return i;
            }
        }
        return rows.size() - 1;
    }

    private void emit(Row from, Row row) {
        rows.add(row);
        emitted.put(from, row);
    }

    /** A new standard row: said once, at its line in the template. */
    private void added(Row f, String key) {
        if (up.pairs.isNew(key) && f.slot() == null) {
            up.out.add(
                    Problem.UPGRADE_ADDED_ROW.at(up.pairs.placeOfNew(key).row().pos(), up.newer.reference(), f.path()));
            up.tally.added++;
        }
    }

    /**
     * A standard row of the new template with what the department typed on the row it was: a typed
     * value stays, an untouched one takes the new template's; typed values on a row whose meaning
     * changed are a conflict, reported at the value and at the template's line.
     */
    private Row merge(Row d, Row s, Row f, String key) {
        Typed typed = new Typed();
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : VALUES) {
            String dv = d.text(id);
            String sv = s == null ? null : s.text(id);
            String fv = f.text(id);
            if (same(dv, sv)) {
                values.put(id, same(sv, fv) ? dv : fv);
            } else if (dropped(id)) {
                columnRemoved(d, id, dv);
                values.put(id, null);
            } else {
                values.put(id, dv);
                typed.add(id);
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Column c : newDef.columns()) {
            if (!Row.isField(c.id())) {
                mergeCell(c.id(), d, s, f, cells, typed);
            }
        }
        d.cells().forEach((id, cell) -> {
            if (newDef.column(id) == null) {
                oldCell(id, cell, d, s, cells);
            }
        });
        meaning(d, f, key, typed.zh, typed.en, typed.first);
        String keyWork = f.keyWork() != null ? f.keyWork() : newDef.hasKeyWork() ? d.keyWork() : null;
        return new Row(
                f.level1(),
                f.level2(),
                keyWork,
                f.level3(),
                values.get("prev2"),
                values.get("prev1"),
                values.get("target"),
                values.get("halfYear"),
                values.get("fullYear"),
                values.get("basis"),
                values.get("category"),
                f.ref(),
                d.origin(),
                f.slot(),
                cells,
                d.places(),
                d.pos());
    }

    /** The columns where the department typed its own value, for the finding that names them. */
    private final class Typed {

        final List<String> zh = new ArrayList<>();
        final List<String> en = new ArrayList<>();
        String first;

        void add(String id) {
            zh.add(label(id, Lang.ZH));
            en.add(label(id, Lang.EN));
            first = first == null ? id : first;
        }
    }

    /**
     * The cell of a column the new template has: what the department typed wins; a value left as
     * the old starter had it follows the new starter.
     */
    private void mergeCell(String id, Row d, Row s, Row f, Map<String, Cell> cells, Typed typed) {
        Cell dc = d.cells().get(id);
        Cell sc = s == null ? null : s.cells().get(id);
        Cell fc = f.cells().get(id);
        String st = sc == null ? null : sc.text();
        if (dc == null) {
            if (fc != null && (oldColumn(id) == null || sc == null)) {
                cells.put(id, fc);
            }
        } else if (same(dc.text(), st)) {
            if (fc != null || st == null) {
                cells.put(id, fc == null || same(st, fc.text()) ? dc : fc);
            }
        } else {
            cells.put(id, dc);
            typed.add(id);
        }
    }

    /** A cell of a column the new template lacks: kept if the old one lacked it too, else reported if typed. */
    private void oldCell(String id, Cell cell, Row d, Row s, Map<String, Cell> cells) {
        if (oldColumn(id) == null) {
            cells.put(id, cell);
        } else if (!cell.isBlank()
                && !(s != null
                        && s.cells().get(id) != null
                        && same(cell.text(), s.cells().get(id).text()))) {
            columnRemoved(d, id, cell.text());
        }
    }

    private void meaning(Row d, Row f, String key, List<String> typedZh, List<String> typedEn, String firstTyped) {
        RowPairs.Place place = up.pairs.placeOfNew(key);
        List<String> path = place == null ? List.of() : List.of(place.level1(), place.level2(), place.name());
        List<Difference> changed = up.changes.getOrDefault(path, List.of()).stream()
                .filter(c -> MEANING.contains(c.what()) && c.strictness() != Strictness.SAME)
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        Position template = place.row().pos();
        String where = template.isKnown() ? template.toString() : up.newer.reference();
        if (!typedZh.isEmpty()) {
            up.out.add(Problem.UPGRADE_CONFLICT
                    .at(
                            d.at(firstTyped),
                            new Object[] {
                                String.join(Text.LIST_SEPARATOR.template(Lang.ZH), typedZh),
                                describe(changed, Lang.ZH),
                                where
                            },
                            new Object[] {String.join(", ", typedEn), describe(changed, Lang.EN), where})
                    .withPath(f.path()));
            up.tally.conflicts++;
        } else {
            up.out.add(Problem.UPGRADE_CHANGED
                    .at(d.at("level3"), new Object[] {describe(changed, Lang.ZH), where}, new Object[] {
                        describe(changed, Lang.EN), where
                    })
                    .withPath(f.path()));
        }
    }

    private static String describe(List<Difference> changed, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (Difference c : changed) {
            String noun = lang == Lang.ZH ? c.what().zh() : c.what().en();
            parts.add(Text.DIFF_CHANGED.format(lang, noun, c.before(), c.after()));
        }
        return String.join(Text.LIST_SEPARATOR.template(lang), parts);
    }

    /**
     * One of the department's own rows as the new table prints it: values in columns the new
     * version dropped are left out and reported, columns it added get their default.
     */
    private Row adjust(Row d) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String id : VALUES) {
            String v = d.text(id);
            if (v != null && dropped(id)) {
                if (!v.isBlank()) {
                    columnRemoved(d, id, v);
                }
                v = null;
            }
            values.put(id, v);
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        d.cells().forEach((id, cell) -> {
            if (newDef.column(id) == null && oldColumn(id) != null) {
                if (!cell.isBlank()) {
                    columnRemoved(d, id, cell.text());
                }
            } else {
                cells.put(id, cell);
            }
        });
        for (Column c : newDef.columns()) {
            if (!Row.isField(c.id()) && oldColumn(c.id()) == null && c.preset() != null) {
                cells.putIfAbsent(c.id(), Cell.of(c.preset()));
            }
        }
        return new Row(
                d.level1(),
                d.level2(),
                d.keyWork(),
                d.level3(),
                values.get("prev2"),
                values.get("prev1"),
                values.get("target"),
                values.get("halfYear"),
                values.get("fullYear"),
                values.get("basis"),
                values.get("category"),
                d.ref(),
                d.origin(),
                d.slot(),
                cells,
                d.places(),
                d.pos());
    }

    private void columnRemoved(Row d, String id, String value) {
        up.out.add(Problem.UPGRADE_COLUMN_REMOVED.at(
                d.at(id),
                new Object[] {up.newer.reference(), newDef.name(), label(id, Lang.ZH), value},
                new Object[] {up.newer.reference(), newDef.name(), label(id, Lang.EN), value}));
    }

    /** Whether the old table had this field column and the new one has not. */
    private boolean dropped(String id) {
        return oldHas(id) && !has(newDef, id, up.newer);
    }

    private boolean oldHas(String id) {
        return oldDef != null && has(oldDef, id, up.older);
    }

    private static boolean has(TableDef def, String id, Template template) {
        if ("basis".equals(id) || "category".equals(id)) {
            var form = template.form();
            return "basis".equals(id)
                    ? !form.bases().isEmpty() || form.basis() != null
                    : !form.categories().isEmpty() || form.category() != null;
        }
        ValueColumn v = ValueColumn.find(id);
        return v != null ? def.valueColumns().contains(v) : def.column(id) != null;
    }

    private Column oldColumn(String id) {
        return oldDef == null ? null : oldDef.column(id);
    }

    private String label(String id, Lang lang) {
        Column c = newDef.column(id) != null ? newDef.column(id) : oldColumn(id);
        return lang == Lang.EN || c == null ? id : c.label();
    }

    /** The typed values of a row, as {@code 上年=95%}, by comparing with its starter (or all, without one). */
    private List<String> typed(Row d, Row starter) {
        List<String> out = new ArrayList<>();
        for (String id : VALUES) {
            String v = d.text(id);
            if (v != null && !v.isBlank() && (starter == null || !same(v, starter.text(id)))) {
                out.add(label(id, Lang.ZH) + "=" + v);
            }
        }
        d.cells().forEach((id, c) -> {
            if (!c.isBlank()) {
                out.add(label(id, Lang.ZH) + "=" + c.text());
            }
        });
        return out;
    }

    /** Whether a person wrote the row: their own, or a place to fill they have filled. */
    private static boolean written(Row r) {
        return r.origin() == Origin.PERSON
                || (r.origin() == Origin.TO_FILL
                        && !(r.isToFill() && (r.target() == null || r.target().isBlank())));
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
    }

    /** The template rows of a table by their place in the template's tree ({@link RowPairs.Place#key}). */
    private static IdentityHashMap<Row, String> keys(List<Row> rows, Map<String, SlotPlace> slots) {
        IdentityHashMap<Row, String> out = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) {
            if (r.origin() != Origin.TEMPLATE) {
                continue;
            }
            SlotPlace slot = r.slot() == null ? null : slots.get(r.slot());
            String level2 = slot == null ? r.level2() : slot.level2().name();
            String place = RowPairs.Place.key(r.level1(), level2, r.level3(), 0);
            int n = seen.merge(place, 1, Integer::sum) - 1;
            out.put(r, RowPairs.Place.key(r.level1(), level2, r.level3(), n));
        }
        return out;
    }

    /** Rows by their printed place (一级, 二级, 三级 and occurrence), to find a row's starter. */
    private static IdentityHashMap<Row, String> places(List<Row> rows) {
        IdentityHashMap<Row, String> out = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) {
            String place = RowPairs.Place.key(r.level1(), r.level2(), r.level3(), 0);
            int n = seen.merge(place, 1, Integer::sum) - 1;
            out.put(r, RowPairs.Place.key(r.level1(), r.level2(), r.level3(), n));
        }
        return out;
    }

    private static Map<String, Row> byPlace(List<Row> rows) {
        Map<String, Row> out = new HashMap<>();
        places(rows).forEach((r, k) -> out.put(k, r));
        return out;
    }
}
