package org.zhibiao.cli.docs;

import java.util.List;

/** A Markdown page under construction, with the escaping a table cell needs. */
final class Markdown {

    private final StringBuilder out = new StringBuilder();

    Markdown line(String text) {
        out.append(text).append('\n');
        return this;
    }

    Markdown blank() {
        out.append('\n');
        return this;
    }

    Markdown heading(int level, String text) {
        return line("#".repeat(level) + " " + text).blank();
    }

    /** A GFM table: header cells, then rows; cells are escaped here. */
    Markdown table(List<String> header, List<List<String>> rows) {
        line("| " + String.join(" | ", header) + " |");
        line("|" + "---|".repeat(header.size()));
        rows.forEach(r ->
                line("| " + String.join(" | ", r.stream().map(Markdown::cellRaw).toList()) + " |"));
        return blank();
    }

    /** Escapes text for a table cell: pipes, line breaks and angle brackets. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.strip()
                .replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r\n", "<br>")
                .replace("\n", "<br>");
    }

    /** Cells are given already escaped (they may hold links); only line breaks remain to fold. */
    private static String cellRaw(String text) {
        return text == null ? "" : text.replace("\r\n", "<br>").replace("\n", "<br>");
    }

    static String link(String text, String href) {
        return "[" + cell(text).replace("[", "\\[").replace("]", "\\]") + "](" + href.replace(" ", "%20") + ")";
    }

    static String code(String text) {
        return text == null || text.isEmpty() ? "" : "`" + text.replace("`", "'") + "`";
    }

    /** The way from a page at {@code page} back to the site root: {@code ../../} for templates/hubei/x.md. */
    static String up(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
