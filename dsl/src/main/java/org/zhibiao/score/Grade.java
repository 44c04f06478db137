package org.zhibiao.score;

import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/** The grade (等级) a self-evaluation's total earns: 优, 良, 中 or 差; the floors are in {@link ScoringRules}. */
public enum Grade {
    EXCELLENT(Text.GRADE_EXCELLENT),
    GOOD(Text.GRADE_GOOD),
    FAIR(Text.GRADE_FAIR),
    POOR(Text.GRADE_POOR);

    private final Text label;

    Grade(Text label) {
        this.label = label;
    }

    /** 优/良/中/差 in Chinese, the word the form prints. */
    public String label(Lang lang) {
        return label.template(lang);
    }
}
