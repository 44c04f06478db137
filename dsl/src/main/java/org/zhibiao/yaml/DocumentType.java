package org.zhibiao.yaml;

import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;

/**
 * The four documents zhibiao reads and writes, named by their {@code kind:} key: the one list the
 * readers, the schema export and the {@code schema} command share (issue 17). The order is the one
 * the schema files and their catalog are written in.
 */
public enum DocumentType {
    DECLARATION("declaration", "申报表", Declaration.class),
    TEMPLATE("template", "模板", Template.class),
    LIBRARY("library", "指标库", Library.class),
    PROFILE("profile", "部门资料", Profile.class);

    private final String kind;
    private final String chinese;
    private final Class<? extends Record> modelClass;

    DocumentType(String kind, String chinese, Class<? extends Record> modelClass) {
        this.kind = kind;
        this.chinese = chinese;
        this.modelClass = modelClass;
    }

    /** The value of the document's {@code kind:} key. */
    public String kind() {
        return kind;
    }

    public String chinese() {
        return chinese;
    }

    public Class<? extends Record> modelClass() {
        return modelClass;
    }

    public static DocumentType ofKind(String kind) {
        for (DocumentType t : values()) {
            if (t.kind.equals(kind)) {
                return t;
            }
        }
        return null;
    }

    public static DocumentType of(Object document) {
        for (DocumentType t : values()) {
            if (t.modelClass.isInstance(document)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a document: " + document);
    }
}
