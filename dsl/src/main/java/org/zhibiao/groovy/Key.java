package org.zhibiao.groovy;

/** A named argument of the DSL ({@code target: '≥95%'}) and its Chinese alias ({@code 指标值:}). */
enum Key {
    NAME("name", "名称"),
    REF("ref", "引用"),
    TARGET("target", "指标值"),
    HALF_YEAR("halfYear", "半年指标值"),
    KIND("kind", "类型"),
    DIRECTION("direction", "方向"),
    UNIT("unit", "单位"),
    BASIS("basis", "依据"),
    CATEGORY("category", "分类"),
    WEIGHT("weight", "分值"),
    REQUIRED("required", "必填"),
    LABEL("label", "说明"),
    MIN("min", "最少"),
    MAX("max", "最多"),
    TO("to", "位置"),
    AFTER("after", "之后"),
    ENABLED("enabled", "启用"),
    SEVERITY("severity", "级别"),
    ID("id", "标识"),
    HEADER("header", "表头"),
    ALIASES("aliases", "别名"),
    TYPE("type", "数据类型"),
    VALUES("values", "可选值"),
    DEFAULT("default", "默认值"),
    PARTS("parts", "分列"),
    WIDTH("width", "列宽");

    final String en;
    final String zh;

    Key(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }
}
