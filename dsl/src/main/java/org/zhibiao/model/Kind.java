package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an indicator is measured by a number (定量) or judged in words (定性). */
public enum Kind implements Labelled {
    QUANTITATIVE("定量"),
    QUALITATIVE("定性");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
