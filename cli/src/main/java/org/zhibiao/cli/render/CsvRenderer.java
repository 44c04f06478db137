package org.zhibiao.cli.render;

import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.LayoutWriter;
import org.zhibiao.sheet.CsvText;

/**
 * The indicator rows of a declaration as CSV in the printed layout of its template, written by
 * {@link CsvText} (UTF-8 with a BOM, CRLF, cells such as {@code =100%} or {@code 0101} kept as text
 * when a spreadsheet opens them, issue 15): the form's own headers, a 指标值 the form prints in parts in its
 * parts, so the file reads back into the same declaration ({@code zhibiao convert form.csv}).
 */
public final class CsvRenderer {

    private CsvRenderer() {}

    public static String render(Declaration declaration, FormShape shape) {
        StringBuilder out = new StringBuilder(4096).append(CsvText.BOM);
        for (List<String> line : LayoutWriter.rows(declaration, shape)) {
            CsvText.line(out, line);
        }
        return out.toString();
    }
}
