package org.zhibiao.schema;

import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;

/** A kind of zhibiao document, as its first key {@code kind:} names it. */
public enum DocumentKind {
    DECLARATION("declaration", Declaration.class),
    TEMPLATE("template", Template.class),
    LIBRARY("library", Library.class),
    PROFILE("profile", Profile.class);

    private final String key;
    private final Class<? extends Record> model;

    DocumentKind(String key, Class<? extends Record> model) {
        this.key = key;
        this.model = model;
    }

    /** The value of the document's {@code kind} key, e.g. {@code declaration}. */
    public String key() {
        return key;
    }

    /** The kind for a {@code kind:} value, or null. */
    public static DocumentKind fromKey(String text) {
        for (DocumentKind kind : values()) {
            if (kind.key.equals(text)) {
                return kind;
            }
        }
        return null;
    }

    Class<? extends Record> model() {
        return model;
    }
}
