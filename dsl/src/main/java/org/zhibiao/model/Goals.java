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
 */
public record Goals(Integer until, List<String> longTerm, List<String> annual, @JsonIgnore Position pos) {

    public Goals {
        longTerm = Lists.copy(longTerm);
        annual = Lists.copy(annual);
        pos = pos == null ? Position.NONE : pos;
    }
}
