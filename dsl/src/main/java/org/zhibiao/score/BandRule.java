package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of a qualitative indicator's 分值 a band allows: 达成 from 80% to 100%, 部分达成 from
 * 60% to 80%, 未达成 below 60% (10号 §自评, each "(含)" at its lower end).
 *
 * @param band the band
 * @param low the lowest share, inclusive (0.8 for 达成)
 * @param high the highest share, exclusive unless it is the whole 分值 (1 is inclusive)
 */
public record BandRule(Band band, BigDecimal low, BigDecimal high) {

    public BandRule {
        Objects.requireNonNull(band, "band");
        if (low.signum() < 0 || high.compareTo(BigDecimal.ONE) > 0 || low.compareTo(high) > 0) {
            throw new IllegalArgumentException("a band is a share range within 0..1: " + low + ".." + high);
        }
    }

    /** Whether {@code score} out of {@code points} lies in this band. */
    public boolean contains(BigDecimal score, BigDecimal points) {
        BigDecimal lowest = points.multiply(low);
        BigDecimal highest = points.multiply(high);
        boolean belowTop =
                high.compareTo(BigDecimal.ONE) >= 0 ? score.compareTo(highest) <= 0 : score.compareTo(highest) < 0;
        return score.compareTo(lowest) >= 0 && belowTop;
    }
}
