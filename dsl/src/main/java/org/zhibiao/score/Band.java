package org.zhibiao.score;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Labelled;

/**
 * The evaluator's judgment of a qualitative indicator (定性指标) in a self-evaluation (绩效自评):
 * reached, partly reached, or not reached. 10号 gives each a share of the points
 * ({@link BandRule}); the evaluator picks the score inside it.
 */
public enum Band implements Labelled {
    ACHIEVED(Text.BAND_ACHIEVED),
    PARTIAL(Text.BAND_PARTIAL),
    MISSED(Text.BAND_MISSED);

    private final Text label;

    Band(Text label) {
        this.label = label;
    }

    /** The word printed on the form: 达成, 部分达成, 未达成 (achieved, partly achieved, not achieved). */
    public String label(Lang lang) {
        return label.template(lang);
    }

    /** The Chinese word, as templates ({@code scoring.bands}) and documents write it. */
    @Override
    @JsonValue
    public String label() {
        return label(Lang.ZH);
    }

    /** The band a form's word names, in either language; empty for any other word. */
    public static Optional<Band> parse(String word) {
        String w = word == null ? "" : word.strip();
        for (Band band : values()) {
            if (w.equals(band.label(Lang.ZH)) || w.equalsIgnoreCase(band.label(Lang.EN))) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
