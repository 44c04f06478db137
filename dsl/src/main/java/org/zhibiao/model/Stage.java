package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * The form a document is at in the year of its targets (DESIGN.md "Stages"): after the declaration
 * (申报), a department fills the monitoring form (绩效运行监控表, mid-year) and the self-evaluation
 * form (绩效自评表, after the year, scored). A declaration document with no stage is the 申报表.
 */
public enum Stage implements Labelled {
    /** 绩效运行监控: how far each target and the budget are reached by mid-year (DOMAIN.md §1.7). */
    MONITORING("monitoring"),
    /** 绩效自评: actual values, 得分, 总分 and 等级 after the year (DOMAIN.md §1.6). */
    SELF_EVALUATION("self-evaluation");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }

    /** The stage a word names ({@code monitoring}, {@code self-evaluation}), or empty. */
    public static Optional<Stage> parse(String word) {
        for (Stage s : values()) {
            if (s.label.equals(word == null ? null : word.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
