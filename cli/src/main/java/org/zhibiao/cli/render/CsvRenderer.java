package org.zhibiao.cli.render;

import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.LayoutWriter;

/**
 * The indicator rows of a declaration as CSV in the printed layout of its template (RFC 4180
 * quoting, UTF-8, LF line ends): the form's own headers, a 指标值 the form prints in parts in its
 * parts, so the file reads back into the same declaration ({@code zhibiao convert form.csv}).
 */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    public static String render(Declaration declaration, FormShape shape) {
        StringBuilder out = new StringBuilder(4096);
        for (List<String> line : LayoutWriter.rows(declaration, shape)) {
            line(out, line);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append('\n');
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
