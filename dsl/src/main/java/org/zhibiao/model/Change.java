package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.target.Target;

/**
 * An edit of a child template ({@code override:}) that changes one inherited row (一级/二级/三级) or 一级 (by its name).
 * Fields left out keep the parent's value.
 *
 * @param path {@code 一级/二级/三级} or {@code 一级}
 * @param name renames the row
 * @param target new 指标值
 * @param halfYear new 半年指标值
 * @param basis new 指标值确定依据
 * @param category new 指标分类
 * @param weight new 分值
 * @param required for a 一级: whether it is required
 */
public record Change(
        @Required String path,
        String name,
        Target target,
        Target halfYear,
        String basis,
        String category,
        BigDecimal weight,
        Boolean required,
        @JsonIgnore Position pos) {

    public Change {
        pos = pos == null ? Position.NONE : pos;
    }
}
