package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a template declares targets for: a whole department (部门整体) or one project (项目). */
public enum Scope implements Labelled {
    DEPARTMENT_OVERALL("department-overall"),
    PROJECT("project");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
