package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diag.Position;

/**
 * One row of an indicator table in a declaration. Values are kept exactly as a person typed
 * them; the checker parses them, the compiler writes canonical ones.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param keyWork 重点工作 (Jiangsu 履职 rows)
 * @param level3 三级指标
 * @param prev2 前年 value
 * @param prev1 上年 value
 * @param target 指标值 (预期当年实现值)
 * @param halfYear 半年指标值
 * @param fullYear 全年指标值
 * @param basis 指标值确定依据
 * @param category 指标分类
 * @param ref the library entry the row came from
 * @param origin who supplied the row
 * @param slot the template slot the row fills, if any
 * @param cells the values of the other columns the template declares (指标性质, 计量单位, 分值, 备注 …),
 *     by column id, in the order they were written; documents write them as keys of the row
 * @param places where each value was written, so findings point at the value
 * @param pos where the row starts
 */
public record Row(
        @Required String level1,
        String level2,
        String keyWork,
        String level3,
        String prev2,
        String prev1,
        String target,
        String halfYear,
        String fullYear,
        String basis,
        String category,
        String ref,
        Origin origin,
        String slot,
        @Rest @JsonIgnore Map<String, Cell> cells,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public Row {
        cells = cells == null || cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A row with no declared-column values, as code builds one. */
    public Row(
            String level1,
            String level2,
            String keyWork,
            String level3,
            String prev2,
            String prev1,
            String target,
            String halfYear,
            String fullYear,
            String basis,
            String category,
            String ref,
            Origin origin,
            String slot,
            Position pos) {
        this(
                level1,
                level2,
                keyWork,
                level3,
                prev2,
                prev1,
                target,
                halfYear,
                fullYear,
                basis,
                category,
                ref,
                origin,
                slot,
                Map.of(),
                Places.NONE,
                pos);
    }

    /** Documents write the declared columns' values as keys of the row, after its own keys. */
    @JsonAnyGetter
    public Map<String, Cell> cellsByKey() {
        return cells;
    }

    /**
     * The text in a column, by column id: the tree and value columns the row holds as fields, any
     * other from {@link #cells}; null when the row has none there.
     */
    public String text(String columnId) {
        return switch (columnId) {
            case "level1" -> level1;
            case "level2" -> level2;
            case "keyWork" -> keyWork;
            case "level3" -> level3;
            case "prev2" -> prev2;
            case "prev1" -> prev1;
            case "target" -> target;
            case "halfYear" -> halfYear;
            case "fullYear" -> fullYear;
            case "basis" -> basis;
            case "category" -> category;
            default -> {
                Cell c = cells.get(columnId);
                yield c == null ? null : c.text();
            }
        };
    }

    /** Whether the row holds this column as a field of its own rather than in {@link #cells}. */
    public static boolean isField(String columnId) {
        return FIELDS.contains(columnId);
    }

    private static final Set<String> FIELDS = Set.of(
            "level1",
            "level2",
            "keyWork",
            "level3",
            "prev2",
            "prev1",
            "target",
            "halfYear",
            "fullYear",
            "basis",
            "category");

    /** Where the value of a column or key stands, or the row's own position when it was not written. */
    public Position at(String key) {
        Cell c = cells.get(key);
        if (c != null && c.pos().isKnown()) {
            return c.pos();
        }
        return places.of(key, pos);
    }

    /** This row with the declared-column values replaced. */
    public Row withCells(Map<String, Cell> newCells) {
        return new Row(
                level1, level2, keyWork, level3, prev2, prev1, target, halfYear, fullYear, basis, category, ref, origin,
                slot, newCells, places, pos);
    }

    /** This row under another 一级 and 二级 (a numbered slot's 二级, a framework's new place), all else kept. */
    public Row withLevels(String newLevel1, String newLevel2) {
        return new Row(
                newLevel1, newLevel2, keyWork, level3, prev2, prev1, target, halfYear, fullYear, basis, category, ref,
                origin, slot, cells, places, pos);
    }

    /** This row as the template row {@code newRef} (read back from a printed form, which prints no ref). */
    public Row attachedTo(String newRef, Origin newOrigin, String newSlot) {
        return new Row(
                level1, level2, keyWork, level3, prev2, prev1, target, halfYear, fullYear, basis, category, newRef,
                newOrigin, newSlot, cells, places, pos);
    }

    /**
     * Whether this is still an empty place to fill: a slot row ({@code origin: todo}) whose 三级 no
     * one has written yet. Once a person types a name into it, it counts as theirs even if the
     * {@code origin} line is left as it was — nobody should have to edit bookkeeping to be done.
     */
    @JsonIgnore
    public boolean isToFill() {
        return origin == Origin.TO_FILL && (level3 == null || level3.isBlank());
    }

    /** The value in one column, or null when the row has none there. */
    public String value(ValueColumn column) {
        return switch (column) {
            case PREV2 -> prev2;
            case PREV1 -> prev1;
            case TARGET -> target;
            case HALF_YEAR -> halfYear;
            case FULL_YEAR -> fullYear;
        };
    }

    /** {@code 一级 › 二级 › 三级}, the way diagnostics name a row. */
    public String path() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {level1, level2, keyWork, level3}) {
            if (part != null && !part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " › ").append(part);
            }
        }
        return out.toString();
    }
}
