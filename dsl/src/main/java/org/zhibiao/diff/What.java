package org.zhibiao.diff;

/**
 * The part of a template a {@link Difference} is about, with its name in Chinese and English.
 * Additions and removals name a thing (一级指标); changes name an attribute (指标值确定依据).
 */
public enum What {
    LEVEL1(Area.TREE, "一级指标", "level-1 indicator"),
    LEVEL2(Area.TREE, "二级指标", "level-2 indicator"),
    ROW(Area.TREE, "三级指标", "indicator"),
    DEFAULT_ROW(Area.TREE, "槽位默认三级指标", "slot default indicator"),
    SLOT(Area.TREE, "填报槽位", "slot"),
    MOVED(Area.TREE, "位置", "position"),
    RENAMED(Area.TREE, "名称", "name"),
    ORDER(Area.TREE, "顺序", "order"),
    TARGET(Area.TREE, "指标值", "target"),
    HALF_YEAR(Area.TREE, "半年指标值", "half-year target"),
    KIND(Area.TREE, "指标类型", "kind"),
    DIRECTION(Area.TREE, "指标方向", "direction"),
    UNIT(Area.TREE, "计量单位", "unit"),
    BASIS(Area.TREE, "指标值确定依据", "basis"),
    CATEGORY(Area.TREE, "指标分类", "category"),
    WEIGHT(Area.TREE, "分值", "weight"),
    REQUIRED(Area.TREE, "必填", "required"),
    SOURCE(Area.TREE, "指标库条目", "library entry"),
    SLOT_LABEL(Area.TREE, "槽位说明", "slot label"),
    SLOT_MIN(Area.TREE, "最少条数", "minimum count"),
    SLOT_MAX(Area.TREE, "最多条数", "maximum count"),
    TABLE(Area.FORM, "表格", "table"),
    TABLE_TITLE(Area.FORM, "表格标题", "table title"),
    COLUMN(Area.FORM, "列", "column"),
    COLUMN_ORDER(Area.FORM, "列顺序", "column order"),
    COLUMN_HEADER(Area.FORM, "表头", "header"),
    COLUMN_ALIASES(Area.FORM, "表头别名", "header aliases"),
    COLUMN_TYPE(Area.FORM, "列类型", "column type"),
    COLUMN_VALUES(Area.FORM, "可选值", "allowed values"),
    COLUMN_DEFAULT(Area.FORM, "默认值", "default value"),
    COLUMN_REQUIRED(Area.FORM, "必填", "required"),
    COLUMN_WIDTH(Area.FORM, "列宽", "width"),
    KEY_WORK(Area.FORM, "重点工作列", "key-work column"),
    TABLE_LEVEL1(Area.FORM, "所含一级指标", "level-1 indicators shown"),
    BASES(Area.FORM, "指标值确定依据可选值", "allowed bases"),
    DEFAULT_BASIS(Area.FORM, "默认指标值确定依据", "default basis"),
    CATEGORIES(Area.FORM, "指标分类可选值", "allowed categories"),
    DEFAULT_CATEGORY(Area.FORM, "默认指标分类", "default category"),
    LEVELS(Area.FORM, "定性等级", "qualitative levels"),
    HORIZON(Area.FORM, "长期目标年限", "long-term horizon"),
    PROJECT_CATEGORIES(Area.FORM, "支出项目类别", "project categories"),
    FUNDS(Area.FORM, "资金表", "funds block"),
    TITLE(Area.TEMPLATE, "模板标题", "title"),
    SCOPE(Area.TEMPLATE, "适用范围", "scope"),
    LIBRARIES(Area.TEMPLATE, "指标库", "libraries"),
    RULE(Area.RULES, "审核规则设置", "rule setting");

    /** Where in a template the part lives, which decides how its path is printed. */
    public enum Area {
        TREE,
        FORM,
        TEMPLATE,
        RULES
    }

    private final Area area;
    private final String zh;
    private final String en;

    What(Area area, String zh, String en) {
        this.area = area;
        this.zh = zh;
        this.en = en;
    }

    public Area area() {
        return area;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
