package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One 部门职能 (from the 三定 plan), optionally with the year's 重点工作 that serves it and that
 * work's indicators — Jiangsu's 履职 chain 职能 → 重点工作 → 三级指标.
 *
 * @param name the function as the department words it
 * @param keyWork the 重点工作 serving it this year
 * @param indicators the 三级 indicators of that work
 * @param places where each value was written, so findings point at the value (issue 14)
 */
public record Function(
        @Required String name,
        String keyWork,
        List<ProfileIndicator> indicators,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public Function {
        indicators = Lists.copy(indicators);
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A function with no places, as code builds one. */
    public Function(String name, String keyWork, List<ProfileIndicator> indicators, Position pos) {
        this(name, keyWork, indicators, Places.NONE, pos);
    }

    /** Where the value of {@code key} was written, or the record's own position when it was not. */
    public Position at(String key) {
        return places.of(key, pos);
    }
}
