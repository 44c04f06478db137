package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A 一级指标 of the framework (运行成本, 产出指标, 履职 …) and its 二级 children.
 *
 * @param name the 一级 name
 * @param required whether a declaration must have at least one 三级 under it
 * @param weight 分值 of the whole 一级, when the framework weighs them
 * @param children the 二级 in form order
 */
public record Level1(
        @Required String name,
        Boolean required,
        BigDecimal weight,
        List<Level2> children,
        @JsonIgnore Position pos) {

    public Level1 {
        children = Lists.copy(children);
        pos = pos == null ? Position.NONE : pos;
    }

    @JsonIgnore
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }
}
