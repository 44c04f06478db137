package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * 收入构成 or 支出构成: its lines and their 合计.
 *
 * @param items the lines, in form order
 * @param total 合计; computed from the items when left blank
 */
public record FundBlock(
        List<FundLine> items, FundLine total, @JsonIgnore Position pos) {

    public FundBlock {
        items = Lists.copy(items);
        pos = pos == null ? Position.NONE : pos;
    }
}
