package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A place in the template the department fills with its own indicators: Hubei's 履职效能
 * 核心业务产出1..N, the wording of 社会效应, Jiangsu's 职能 → 重点工作 chain.
 *
 * <p>When the enclosing 二级 name contains {@code {n}}, every indicator gets its own numbered 二级
 * (核心业务产出1, 核心业务产出2 …); when it is {@code {职能}}, one 二级 per function of the profile.
 *
 * @param slot identifier the profile uses to fill it, e.g. {@code core-output}
 * @param label what to put here, shown in the skeleton and in diagnostics
 * @param min the fewest indicators the department must give
 * @param max the most it may give; absent means no limit
 * @param defaults rows offered when the profile gives none (a sector template's usual outputs)
 */
public record Slot(
        @Required String slot,
        String label,
        Integer min,
        Integer max,
        List<Entry> defaults,
        @JsonIgnore Position pos) implements Entry {

    public Slot {
        defaults = Lists.copy(defaults);
        pos = pos == null ? Position.NONE : pos;
    }
}
