package org.zhibiao.sheet;

/**
 * One label and value of a form's header block (部门（单位）名称, 年度, 联系人, 电话, 填报日期).
 *
 * @param label the printed label
 * @param value the value; {@code ""} for a blank to fill
 * @param fillable whether the department fills or may change it (an unlocked cell)
 */
public record PrintedField(String label, String value, boolean fillable) {

    public PrintedField {
        label = label == null ? "" : label;
        value = value == null ? "" : value;
    }
}
