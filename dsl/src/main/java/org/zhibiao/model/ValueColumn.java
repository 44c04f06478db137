package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** A column of an indicator table that holds a 指标值: history years, the target, or a period. */
public enum ValueColumn implements Labelled {
    PREV2("前年", "prev2"),
    PREV1("上年", "prev1"),
    TARGET("指标值", "target"),
    HALF_YEAR("半年指标值", "halfYear"),
    FULL_YEAR("全年指标值", "fullYear");

    private final String label;
    private final String id;

    ValueColumn(String label, String id) {
        this.label = label;
        this.id = id;
    }

    /** The column id, which is also the row's key in a declaration. */
    public String id() {
        return id;
    }

    /** This value column as a table declares it. */
    public Column column() {
        return new Column(id, label, List.of(), ColumnType.TARGET, List.of(), null, null, List.of(), null, null);
    }

    /** These value columns as a table declares them. */
    public static List<Column> columns(ValueColumn... columns) {
        return Arrays.stream(columns).map(ValueColumn::column).toList();
    }

    /** The value column with this id or printed name, or null. */
    public static ValueColumn find(String idOrLabel) {
        for (ValueColumn c : values()) {
            if (c.id.equals(idOrLabel) || c.label.equals(idOrLabel)) {
                return c;
            }
        }
        return null;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
