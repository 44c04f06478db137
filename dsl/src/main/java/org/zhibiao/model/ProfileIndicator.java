package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.zhibiao.diag.Position;
import org.zhibiao.target.Target;

/**
 * A department's own indicator for a template slot (or under a 重点工作).
 *
 * @param slot the slot it fills; not needed under a {@link Function}
 * @param name the 三级 name; with {@code ref} it may be left out
 * @param ref a library entry to take name, target and basis from
 * @param target 指标值
 * @param halfYear 半年指标值, where the form has one and it differs
 * @param basis 指标值确定依据
 * @param category 指标分类
 */
public record ProfileIndicator(
        String slot,
        String name,
        String ref,
        Target target,
        Target halfYear,
        String basis,
        String category,
        @JsonIgnore Position pos) {

    public ProfileIndicator {
        pos = pos == null ? Position.NONE : pos;
    }
}
