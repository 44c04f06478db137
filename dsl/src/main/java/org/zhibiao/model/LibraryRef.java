package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.target.Target;

/**
 * A template row taken from the indicator library, by id or name, with optional overrides.
 * The resolver replaces it by an {@link Inline} carrying the library's definition.
 *
 * @param ref library id or name (an alias works too)
 * @param name printed name, when the form words it differently from the library
 * @param target overrides the library's default 指标值
 * @param halfYear a separate 半年指标值, when it differs from the target
 * @param basis overrides 指标值确定依据
 * @param category overrides 指标分类
 * @param weight overrides 分值
 */
public record LibraryRef(
        @Required String ref,
        String name,
        Target target,
        Target halfYear,
        String basis,
        String category,
        BigDecimal weight,
        @JsonIgnore Position pos)
        implements Entry {

    public LibraryRef {
        pos = pos == null ? Position.NONE : pos;
    }
}
