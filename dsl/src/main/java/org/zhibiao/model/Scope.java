package org.zhibiao.model;

/** What a template declares targets for: a whole department (部门整体) or one project (项目). */
public enum Scope implements Labelled {
    DEPARTMENT_OVERALL("department-overall"),
    PROJECT("project");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return label;
    }
}
