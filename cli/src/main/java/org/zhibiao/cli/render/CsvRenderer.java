package org.zhibiao.cli.render;

import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * The indicator rows of a declaration as CSV (RFC 4180 quoting, UTF-8 without BOM, LF line ends),
 * one row per line under a fixed
 * header, so spreadsheets and the provincial systems' importers read every form the same way.
 * A column the form lacks stays empty.
 */
public final class CsvRenderer {

    public static final List<String> HEADER = List.of("指标表", "一级指标", "二级指标", "重点工作", "三级指标",
            "前年", "上年", "指标值", "半年指标值", "全年指标值", "指标值确定依据", "指标分类");

    private CsvRenderer() {
    }

    public static String render(Declaration declaration) {
        StringBuilder out = new StringBuilder(4096);
        line(out, HEADER);
        for (Table table : declaration.tables()) {
            for (Row r : table.rows()) {
                line(out, List.of(table.name(), s(r.level1()), s(r.level2()), s(r.keyWork()), s(r.level3()),
                        s(r.prev2()), s(r.prev1()), s(r.target()), s(r.halfYear()), s(r.fullYear()),
                        s(r.basis()), s(r.category())));
            }
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

    private static String s(String value) {
        return value == null ? "" : value;
    }
}
