package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a template-declared column holds, and so how its cells are read, checked, offered in a
 * schema and printed. The word is what a template writes ({@code type: choice}).
 */
public enum ColumnType implements Labelled {
    /** Free text: 备注, 指标解释, 评(扣)分标准. */
    TEXT("text"),
    /** A 指标值 in the notation of DOMAIN.md §7 ({@code ≥95%}, {@code 健全}). */
    TARGET("target"),
    /** One of the column's {@code values}: 指标值确定依据, 指标性质 (正向/反向). */
    CHOICE("choice"),
    /** A plain number. */
    NUMBER("number"),
    /** 分值 or 权重: a number of points, not negative. */
    POINTS("points"),
    /** A 计量单位 such as 人次, %, 万元. */
    UNIT("unit"),
    /** The operator of a split 指标值: ≥, ≤, =, 大于等于 …. */
    OPERATOR("operator");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
