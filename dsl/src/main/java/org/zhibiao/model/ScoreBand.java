package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.score.Band;

/**
 * The share of 分值 a qualitative band allows ({@code scoring.bands} of a template), in percent of
 * the row's 分值, as 10号 prints it: 达成 80–100, 部分达成 60–80, 未达成 0–60.
 *
 * @param band 达成, 部分达成 or 未达成
 * @param low the lowest share, inclusive, in percent
 * @param high the highest share in percent, exclusive unless it is 100
 */
public record ScoreBand(
        @Required Band band,
        @Required BigDecimal low,
        @Required BigDecimal high,
        @JsonIgnore Position pos) {

    public ScoreBand {
        pos = pos == null ? Position.NONE : pos;
    }
}
