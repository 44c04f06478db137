package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * 整体绩效总目标: the long-term goals up to a deadline year and this year's goals.
 *
 * @param until the 长期目标 deadline year (截止2026年)
 * @param longTerm 长期目标 1..n
 * @param annual 年度目标 1..n
 * @param achieved 实际完成情况 of each 年度目标, in the same order (the self-evaluation form prints
 *     预期目标 | 实际完成情况); empty on a declaration
 * @param places where each value was written, so findings point at the value (issue 14)
 */
public record Goals(
        Integer until,
        List<String> longTerm,
        List<String> annual,
        List<String> achieved,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public Goals {
        longTerm = Lists.copy(longTerm);
        annual = Lists.copy(annual);
        achieved = Lists.copy(achieved);
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A declaration's goals: nothing achieved yet. */
    public Goals(Integer until, List<String> longTerm, List<String> annual, Places places, Position pos) {
        this(until, longTerm, annual, List.of(), places, pos);
    }

    /** Goals with no places, as code builds them. */
    public Goals(Integer until, List<String> longTerm, List<String> annual, Position pos) {
        this(until, longTerm, annual, Places.NONE, pos);
    }

    /** These goals with 实际完成情况 to fill, as the self-evaluation form prints them. */
    public Goals withAchieved(List<String> newAchieved) {
        return new Goals(until, longTerm, annual, newAchieved, places, pos);
    }

    /** Where the value of {@code key} was written, or the record's own position when it was not. */
    public Position at(String key) {
        return places.of(key, pos);
    }
}
