package org.zhibiao.score;

import com.fasterxml.jackson.annotation.JsonValue;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Labelled;

/** The grade (等级) a self-evaluation's total earns: 优, 良, 中 or 差; the floors are in {@link ScoringRules}. */
public enum Grade implements Labelled {
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

    /** 优/良/中/差, as templates write a grade floor ({@code scoring.grades}). */
    @Override
    @JsonValue
    public String label() {
        return label(Lang.ZH);
    }
}
