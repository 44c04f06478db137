package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who supplied a row of a declaration, so that re-compiling or upgrading never throws away
 * what a person wrote.
 */
public enum Origin implements Labelled {
    /** Copied from the template; safe to refresh from a newer template. */
    TEMPLATE("template"),
    /** Supplied by the department, through its profile or by editing the declaration. */
    PERSON("person"),
    /** A slot the department still has to fill. */
    TO_FILL("todo");

    private final String label;

    Origin(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String label() {
        return label;
    }
}
