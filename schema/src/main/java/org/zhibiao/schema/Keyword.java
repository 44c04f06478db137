package org.zhibiao.schema;

import com.github.victools.jsonschema.generator.SchemaKeyword;

/**
 * The JSON Schema keywords (and type names) zhibiao's schemas use, spelled per draft. Where
 * victools knows the keyword we take its spelling; {@code contains} and friends it lacks are
 * spelled here. A keyword a draft does not have spells as null and is left out.
 */
enum Keyword {
    SCHEMA(SchemaKeyword.TAG_SCHEMA),
    ID(SchemaKeyword.TAG_ID),
    DEFS(SchemaKeyword.TAG_DEFINITIONS),
    REF(SchemaKeyword.TAG_REF),
    TYPE(SchemaKeyword.TAG_TYPE),
    TITLE(SchemaKeyword.TAG_TITLE),
    DESCRIPTION(SchemaKeyword.TAG_DESCRIPTION),
    PROPERTIES(SchemaKeyword.TAG_PROPERTIES),
    REQUIRED(SchemaKeyword.TAG_REQUIRED),
    ADDITIONAL_PROPERTIES(SchemaKeyword.TAG_ADDITIONAL_PROPERTIES),
    ITEMS(SchemaKeyword.TAG_ITEMS),
    /** 2020-12 {@code prefixItems}; draft 7 array-form {@code items}. */
    PREFIX_ITEMS(SchemaKeyword.TAG_PREFIX_ITEMS),
    /** What follows the prefix: 2020-12 {@code items}, draft 7 {@code additionalItems}. */
    ITEMS_AFTER_PREFIX("items", "additionalItems"),
    MIN_ITEMS(SchemaKeyword.TAG_ITEMS_MIN),
    MAX_ITEMS(SchemaKeyword.TAG_ITEMS_MAX),
    CONTAINS("contains", "contains"),
    MIN_CONTAINS("minContains", null),
    MAX_CONTAINS("maxContains", null),
    ONE_OF(SchemaKeyword.TAG_ONEOF),
    ANY_OF(SchemaKeyword.TAG_ANYOF),
    ALL_OF(SchemaKeyword.TAG_ALLOF),
    NOT(SchemaKeyword.TAG_NOT),
    IF("if", "if"),
    THEN("then", "then"),
    CONST(SchemaKeyword.TAG_CONST),
    ENUM(SchemaKeyword.TAG_ENUM),
    DEFAULT(SchemaKeyword.TAG_DEFAULT),
    PATTERN(SchemaKeyword.TAG_PATTERN),
    MIN_LENGTH(SchemaKeyword.TAG_LENGTH_MIN),
    /**
     * Editor annotations, outside every draft's vocabulary and ignored by validators: what
     * yaml-language-server and VS Code show instead of a regular expression or an English list
     * (ajv in strict mode is told of them with {@code addKeyword}).
     */
    PATTERN_ERROR_MESSAGE("patternErrorMessage", "patternErrorMessage"),
    /** Editor annotation: the message shown for any other mismatch of the node, e.g. a value not in its enum. */
    ERROR_MESSAGE("errorMessage", "errorMessage"),
    /** Editor annotation: the hover text, in Markdown. */
    MARKDOWN_DESCRIPTION("markdownDescription", "markdownDescription"),
    TYPE_OBJECT(SchemaKeyword.TAG_TYPE_OBJECT),
    TYPE_ARRAY(SchemaKeyword.TAG_TYPE_ARRAY),
    TYPE_STRING(SchemaKeyword.TAG_TYPE_STRING),
    TYPE_NUMBER(SchemaKeyword.TAG_TYPE_NUMBER),
    TYPE_INTEGER(SchemaKeyword.TAG_TYPE_INTEGER),
    TYPE_BOOLEAN(SchemaKeyword.TAG_TYPE_BOOLEAN);

    private final SchemaKeyword victools;
    private final String modern;
    private final String draft7;

    Keyword(SchemaKeyword victools) {
        this(victools, null, null);
    }

    Keyword(String modern, String draft7) {
        this(null, modern, draft7);
    }

    Keyword(SchemaKeyword victools, String modern, String draft7) {
        this.victools = victools;
        this.modern = modern;
        this.draft7 = draft7;
    }

    /** The spelling in {@code draft}, or null when that draft has no such keyword. */
    String in(Draft draft) {
        if (victools != null) {
            return victools.forVersion(draft.version());
        }
        return draft == Draft.DRAFT_7 ? draft7 : modern;
    }
}
