package org.zhibiao.sheet;

import java.util.List;

/**
 * A declaration laid out as the province prints it, with no Office library in sight: what the
 * xlsx and docx writers put on paper, and what the shape layer produces from a template's column
 * declarations. Only text: every value is written as the text the department sees (a typed text
 * cell), so {@code =100%} is never a formula and {@code 0101} keeps its zero.
 *
 * @param template the template's {@code id@version}, recorded in the file so a reader can find it
 * @param sheets the sheets (pages) of the form, in order
 */
public record PrintedForm(String template, List<PrintedSheet> sheets) {

    public PrintedForm {
        template = template == null ? "" : template;
        sheets = List.copyOf(sheets);
    }
}
