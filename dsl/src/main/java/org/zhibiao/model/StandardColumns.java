package org.zhibiao.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns every indicator table has or that templates name by a bare word. The tree columns
 * (一级, 二级, 重点工作, 三级) are the domain's fixed frame, so a table always has them; a template
 * may still declare them to print another header. The value columns and the two vocabularies of
 * the department forms (指标值确定依据, 指标分类) are what templates wrote as bare words before
 * columns were declared, so {@code columns: [前年, 上年, 指标值]} still means what it meant.
 */
public final class StandardColumns {

    public static final String LEVEL1 = "level1";
    public static final String LEVEL2 = "level2";
    public static final String KEY_WORK = "keyWork";
    public static final String LEVEL3 = "level3";
    public static final String BASIS = "basis";
    public static final String CATEGORY = "category";

    private static final List<Column> TREE = List.of(
            column(LEVEL1, "一级指标", ColumnType.TEXT, "一级"),
            column(LEVEL2, "二级指标", ColumnType.TEXT, "二级"),
            column(KEY_WORK, "重点工作", ColumnType.TEXT),
            column(LEVEL3, "三级指标", ColumnType.TEXT, "三级", "三级指标名称", "指标名称"));

    private static final List<Column> VOCABULARIES =
            List.of(column(BASIS, "指标值确定依据", ColumnType.CHOICE, "确定依据"), column(CATEGORY, "指标分类", ColumnType.CHOICE));

    private StandardColumns() {}

    /** 一级, 二级, 重点工作 (only where the table has it) and 三级, in form order. */
    public static List<Column> tree(boolean keyWork) {
        return keyWork ? TREE : List.of(TREE.get(0), TREE.get(1), TREE.get(3));
    }

    /** Whether an id is one of the tree columns, which a row holds as typed fields. */
    public static boolean isTree(String id) {
        return TREE.stream().anyMatch(c -> c.id().equals(id));
    }

    /** The standard 指标值确定依据 or 指标分类 column, with no values yet. */
    public static Column vocabulary(String id) {
        return VOCABULARIES.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** The words a template may write as a bare column: the standard columns' printed names and ids. */
    public static List<String> words() {
        List<String> out = new ArrayList<>();
        for (ValueColumn v : ValueColumn.values()) {
            out.add(v.label());
        }
        VOCABULARIES.forEach(c -> out.add(c.header()));
        for (ValueColumn v : ValueColumn.values()) {
            out.add(v.id());
        }
        VOCABULARIES.forEach(c -> out.add(c.id()));
        return List.copyOf(out);
    }

    /** Whether a column was written as a bare word that names no standard column. */
    public static boolean isUnknownWord(Column c) {
        boolean bare = c.header() == null
                && c.type() == null
                && c.aliases().isEmpty()
                && c.values().isEmpty()
                && c.parts().isEmpty();
        return bare && !words().contains(c.id());
    }

    /** Whether a column is exactly what its bare printed name expands to, so it can be written as that word. */
    @SuppressWarnings("ReferenceEquality") // expand returns its argument itself for a name it does not know
    public static boolean isStandard(Column c) {
        if (c.preset() != null || c.required() != null || c.width() != null) {
            return false;
        }
        Column bare = new Column(c.label(), null, null, null, null, null, null, null, null, c.pos());
        Column expanded = expand(bare);
        return expanded != bare && expanded.equals(c);
    }

    /**
     * A column a template wrote as a bare word (only an id), expanded to the standard column of
     * that name or id; any other column as it was written.
     */
    static Column expand(Column written) {
        boolean bare = written.header() == null
                && written.type() == null
                && written.aliases().isEmpty()
                && written.values().isEmpty()
                && written.parts().isEmpty();
        if (!bare) {
            return written;
        }
        ValueColumn value = ValueColumn.find(written.id());
        if (value != null) {
            return new Column(
                    value.id(),
                    value.label(),
                    List.of(),
                    ColumnType.TARGET,
                    List.of(),
                    written.preset(),
                    written.required(),
                    List.of(),
                    written.width(),
                    written.pos());
        }
        for (Column c : VOCABULARIES) {
            if (c.id().equals(written.id()) || c.header().equals(written.id())) {
                return new Column(
                        c.id(),
                        c.header(),
                        c.aliases(),
                        c.type(),
                        List.of(),
                        written.preset(),
                        written.required(),
                        List.of(),
                        written.width(),
                        written.pos());
            }
        }
        return written;
    }

    private static Column column(String id, String header, ColumnType type, String... aliases) {
        return new Column(id, header, List.of(aliases), type, List.of(), null, null, List.of(), null, null);
    }
}
