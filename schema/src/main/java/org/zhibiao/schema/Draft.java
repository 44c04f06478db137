package org.zhibiao.schema;

import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.util.Locale;
import org.zhibiao.yaml.SchemaIds;

/**
 * A JSON Schema draft the exporter can write. This enum is the one place that names a draft;
 * keyword spellings and meta-schema URIs are derived from it.
 */
public enum Draft {
    /** JSON Schema 2020-12, the default. */
    DRAFT_2020_12("2020-12"),
    /** JSON Schema draft-07, for editors that know nothing newer. */
    DRAFT_7("7");

    private final String label;

    Draft(String label) {
        this.label = label;
    }

    /** The draft used when a caller does not choose one. */
    public static Draft defaultDraft() {
        return DRAFT_2020_12;
    }

    /** The short name used on the command line and in file names: {@code 2020-12} or {@code 7}. */
    public String label() {
        return label;
    }

    /** The draft for a command-line word ({@code 7}, {@code draft-07}, {@code 2020-12} …), or null. */
    public static Draft fromLabel(String text) {
        String bare = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceFirst("^draft[-_]?0?", "");
        for (Draft draft : values()) {
            if (draft.label.equals(bare) || draft.name().equalsIgnoreCase(text)) {
                return draft;
            }
        }
        return null;
    }

    /**
     * The {@code $id} of a schema written in this draft: the default draft keeps the plain id,
     * draft-07 gets its own under {@code draft-07/}, so that a validator holding both versions of
     * one schema (ajv with both meta-schemas, a schema store) does not see one id twice (issue 17).
     */
    String id(String plain) {
        if (this == defaultDraft() || !plain.startsWith(SchemaIds.BASE)) {
            return plain;
        }
        return SchemaIds.BASE + "draft-0" + label + "/" + plain.substring(SchemaIds.BASE.length());
    }

    /** The meta-schema URI that goes into {@code $schema}. */
    public String metaSchema() {
        return SchemaKeyword.TAG_SCHEMA_VALUE.forVersion(version());
    }

    /**
     * victools' name for this draft. Looked up here rather than held in a field, so that naming a
     * draft (picocli lists the constants when it builds the command line) loads no victools class.
     */
    SchemaVersion version() {
        return this == DRAFT_7 ? SchemaVersion.DRAFT_7 : SchemaVersion.DRAFT_2020_12;
    }
}
