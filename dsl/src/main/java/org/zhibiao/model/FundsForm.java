package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * The shape of the funds block (部门总体资金情况): which income and expenditure lines the form
 * prints, and which columns.
 *
 * @param income 收入构成 lines, e.g. 财政拨款, 财政专户管理资金, 单位资金
 * @param expenditure 支出构成 lines, e.g. 人员类项目支出, 运转类项目支出, 特定目标类项目支出
 * @param history how many earlier years the form shows (Hubei: 2, 上年 and 前年)
 * @param halfYear whether expenditure has a 半年计划执行数 column (Jiangsu)
 * @param unit the money unit of the form, 万元
 */
public record FundsForm(
        List<String> income,
        List<String> expenditure,
        Integer history,
        Boolean halfYear,
        String unit,
        @JsonIgnore Position pos) {

    public FundsForm {
        income = Lists.copy(income);
        expenditure = Lists.copy(expenditure);
        pos = pos == null ? Position.NONE : pos;
    }
}
