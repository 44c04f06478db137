package org.zhibiao.catalogue;

import java.util.regex.Pattern;

/**
 * The grammar of a template reference a department's document may carry: a catalogue id of
 * lower-case words joined by {@code /}, optionally pinned to a numeric version,
 * {@code hubei/public-security} or {@code hubei/public-security@2024.1}.
 *
 * <p>Why so narrow (issue 13 §1): a declaration must never be able to choose the code or the
 * rules that check it. A reference in this grammar cannot be a file name: it has no {@code .},
 * no {@code \}, no {@code ~}, no leading {@code /}, no {@code ..}, no drive letter and no
 * extension, so {@code ./evil.groovy}, {@code mine.yaml}, {@code ../x.yaml}, {@code /abs/x.yaml}
 * and {@code C:\x.yaml} are all refused before anything is opened. The version part allows dots,
 * but only between digits, so {@code x/y@1.yaml} is refused as well.
 */
public final class TemplateIds {

    private static final String WORD = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern ID = Pattern.compile(WORD + "(?:/" + WORD + ")+");
    private static final Pattern REFERENCE =
            Pattern.compile(ID.pattern() + "(?:@[0-9]+(?:\\.[0-9]+)*(?:-[a-z0-9]+)?)?");

    /**
     * No id or reference is longer. A longer text is refused before the patterns see it: their
     * repeated groups recurse once per part, and a department's {@code template: a-a-a-…} of
     * 200,000 characters overflowed the stack (a Java stack trace, exit 1) instead of being refused.
     */
    static final int MAX_LENGTH = 200;

    private TemplateIds() {}

    /** Whether {@code id} (without a version) is a well-formed catalogue id. */
    public static boolean isId(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    /** Whether {@code reference} is {@code id} or {@code id@version} in the catalogue grammar. */
    public static boolean isReference(String reference) {
        return reference != null
                && reference.length() <= MAX_LENGTH
                && REFERENCE.matcher(reference).matches();
    }
}
