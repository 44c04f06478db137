package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.zhibiao.diag.Position;

/**
 * 部门总体资金情况: income and expenditure, in 万元.
 *
 * @param income 收入构成
 * @param expenditure 支出构成
 */
public record Funds(
        FundBlock income, FundBlock expenditure, @JsonIgnore Position pos) {

    public Funds {
        pos = pos == null ? Position.NONE : pos;
    }
}
