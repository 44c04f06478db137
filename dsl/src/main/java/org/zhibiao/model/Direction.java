package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which way an indicator improves (指标方向): higher is better, lower is better, or exactly. */
public enum Direction implements Labelled {
    POSITIVE("正向"),
    NEGATIVE("反向"),
    EXACT("等于");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
