package org.zhibiao.score;

import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/** How one line's 得分 was reached, so a reviewer can retrace it. */
public enum Reason {
    /** Quantitative target met: the full 分值. */
    MET(Text.SCORE_REASON_MET),
    /** A ≥ target missed: 分值 × 完成值/指标值. */
    HIGHER_RATIO(Text.SCORE_REASON_HIGHER),
    /** A ≤ target missed: 分值 × 指标值/完成值. */
    LOWER_RATIO(Text.SCORE_REASON_LOWER),
    /** An = target missed either way: 分值 × the smaller over the larger. */
    EXACT_RATIO(Text.SCORE_REASON_EXACT),
    /** Qualitative: the typed score, inside the evaluator's band (or moved to its nearer end). */
    BAND(Text.SCORE_REASON_BAND),
    /** Qualitative with a band but no typed score: the band's lower end, never a guess upward. */
    BAND_FLOOR(Text.SCORE_REASON_BAND_FLOOR),
    /** Qualitative without a band: the typed score, at most 分值. */
    TYPED(Text.SCORE_REASON_TYPED),
    /** No 实际完成值: nothing to score, 0. */
    MISSING(Text.SCORE_REASON_MISSING),
    /** Not computable by the rules (units that do not convert, no operator, negative values): the typed score or 0. */
    BY_HAND(Text.SCORE_REASON_BY_HAND),
    /** Budget execution: 分值 × min(1, 执行率). */
    EXECUTION(Text.SCORE_REASON_EXECUTION);

    private final Text label;

    Reason(Text label) {
        this.label = label;
    }

    public String label(Lang lang) {
        return label.template(lang);
    }
}
