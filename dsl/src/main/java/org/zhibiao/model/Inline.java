package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.target.Target;

/**
 * A fully described template row (三级指标). Written directly by a template author, or produced by
 * the resolver from a {@link LibraryRef}, in which case {@code ref} names the library entry.
 *
 * @param name the 三级指标 name
 * @param target 指标值 (for every value column unless {@code halfYear} says otherwise)
 * @param halfYear 半年指标值 when it differs from {@code target}
 * @param kind 定量 or 定性; derived from the target when absent
 * @param direction 正向, 反向 or 等于
 * @param unit 计量单位
 * @param basis 指标值确定依据
 * @param category 指标分类
 * @param weight 分值
 * @param ref the library entry this row came from, if any; written {@code from:} because a
 *     {@code ref:} key marks a {@link LibraryRef}
 */
public record Inline(
        @Required String name,
        Target target,
        Target halfYear,
        Kind kind,
        Direction direction,
        String unit,
        String basis,
        String category,
        BigDecimal weight,
        @JsonProperty("from") String ref,
        @JsonIgnore Position pos)
        implements Entry {

    public Inline {
        pos = pos == null ? Position.NONE : pos;
    }
}
