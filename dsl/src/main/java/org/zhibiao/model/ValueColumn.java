package org.zhibiao.model;

/** A column of an indicator table that holds a 指标值: history years, the target, or a period. */
public enum ValueColumn implements Labelled {
    PREV2("前年"),
    PREV1("上年"),
    TARGET("指标值"),
    HALF_YEAR("半年指标值"),
    FULL_YEAR("全年指标值");

    private final String label;

    ValueColumn(String label) {
        this.label = label;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }
}
