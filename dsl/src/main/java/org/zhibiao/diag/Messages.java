package org.zhibiao.diag;

/**
 * Fills a message template. Only the three forms zhibiao's messages use are read here — {@code %s},
 * {@code %N$s} and {@code %%}; anything else falls back to {@link String#format}, so a new
 * template can never be rendered wrongly, only more slowly.
 *
 * <p>[#7] Checking a province's corpus formats every finding in Chinese and English; with
 * {@code String.format}, which parses its pattern on every call, that was a tenth of the run.
 */
public final class Messages {

    /** The longest argument a finding quotes whole. */
    static final int QUOTED = 500;

    /** How much of a longer argument a finding shows, before an ellipsis. */
    static final int SHOWN = 120;

    private Messages() {}

    /**
     * As {@link #format}, for a finding: an argument longer than {@value #QUOTED} characters (a
     * page pasted into one cell) shows its first {@value #SHOWN} and "…". The finding's position
     * names the cell, where the whole text still is; quoted whole, one 100,000-character 指标值 made
     * each of its findings a line of 300 KB on a clerk's console.
     */
    public static String quoting(String template, Object... args) {
        Object[] shown = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CharSequence text && text.length() > QUOTED) {
                if (shown == null) {
                    shown = args.clone();
                }
                // never half a surrogate pair
                int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
                shown[i] = text.subSequence(0, end) + "…";
            }
        }
        return format(template, shown == null ? args : shown);
    }

    // Not an Error Prone @FormatMethod: templates come from the message catalogue, never a literal at the call
    @SuppressWarnings("AnnotateFormatMethod")
    public static String format(String template, Object... args) {
        // text between placeholders is copied as whole runs, not char by char (#7: most is CJK)
        StringBuilder out = new StringBuilder(template.length() + 32);
        int next = 0;
        int run = 0;
        for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', run)) {
            out.append(template, run, i);
            if (i + 1 >= template.length()) {
                return String.format(template, args);
            }
            char d = template.charAt(i + 1);
            if (d == 's') {
                out.append(next < args.length ? args[next++] : "null");
                run = i + 2;
            } else if (d == '%') {
                out.append('%');
                run = i + 2;
            } else if (d >= '1'
                    && d <= '9'
                    && i + 3 < template.length()
                    && template.charAt(i + 2) == '$'
                    && template.charAt(i + 3) == 's') {
                int index = d - '1';
                out.append(index < args.length ? args[index] : "null");
                run = i + 4;
            } else {
                return String.format(template, args);
            }
        }
        return out.append(template, run, template.length()).toString();
    }
}
