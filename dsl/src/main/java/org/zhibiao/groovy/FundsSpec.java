package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.model.FundsForm;

/**
 * The body of {@code funds}: the lines and columns of the form's funds block (部门总体资金情况).
 *
 * @since 0.1
 */
public final class FundsSpec {

    private final DslContext ctx;
    private final List<String> income = new ArrayList<>();
    private final List<String> expenditure = new ArrayList<>();
    private Integer history;
    private Boolean halfYear;
    private String unit;

    FundsSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** 收入构成 lines, e.g. {@code income '财政拨款', '财政专户管理资金', '单位资金'}. */
    public void income(String... lines) {
        income.addAll(List.of(lines));
    }

    /** 支出构成 lines, e.g. {@code expenditure '人员类项目支出', '运转类项目支出'}. */
    public void expenditure(String... lines) {
        expenditure.addAll(List.of(lines));
    }

    /** How many earlier years the form shows (Hubei: 2). */
    public void history(int years) {
        history = years;
    }

    /** Whether expenditure has a 半年计划执行数 column (Jiangsu). */
    public void halfYear(boolean halfYear) {
        this.halfYear = halfYear;
    }

    /** The money unit of the form, e.g. {@code unit '万元'}. */
    public void unit(String unit) {
        this.unit = ctx.name(unit, "unit");
    }

    FundsForm build(Position at) {
        return new FundsForm(income, expenditure, history, halfYear, unit, at);
    }
}
