package org.zhibiao.shape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/**
 * The header block a form prints above its tables (单位名称：…, 项目名称：…, 年度, 联系人, 联系电话,
 * 填报日期), read from the rows before the header row: a cell {@code 标签：值}, or a label cell
 * followed by its value cell. What each label fills is the caller's business.
 */
public final class HeaderBlock {

    /**
     * The line zhibiao's own CSV prints first, {@code 模板：national/project@2021.1}: a CSV has no
     * document property to record its template in, as a workbook has, so it names it in the header
     * block, where a person reads it too and a reader finds it before it knows the columns.
     */
    public static final String TEMPLATE = "模板";

    /** The labels a form prints, in the order a writer prints them. */
    public static final List<String> LABELS =
            List.of(TEMPLATE, "部门（单位）名称", "单位名称", "部门名称", "填报单位", "项目名称", "年度", "联系人", "填报人", "联系电话", "电话", "填报日期");

    /**
     * {@code 标签：值}. The value is trimmed in code, not by {@code \\s*(.*?)\\s*$}: that lazy group
     * before a space run backtracks quadratically, and one cell {@code 年度：x} + 200,000 spaces +
     * {@code y} held a check for minutes.
     */
    private static final Pattern LABELLED = Pattern.compile("^\\s*([^:：]{2,12}?)\\s*[:：](.*)$", Pattern.DOTALL);

    private HeaderBlock() {}

    /**
     * The template a sheet's header block names ({@link #TEMPLATE}), or null: read from the rows
     * at its top that hold one cell each, the block zhibiao writes, so that nothing in a table is
     * taken for it. The cell keeps its place, for a finding about the name.
     */
    public static SheetCell template(Sheet sheet) {
        int end = 0;
        int rows = Math.min(sheet.rows().size(), LayoutReader.HEADER_SEARCH_ROWS);
        while (end < rows
                && sheet.rows().get(end).stream()
                                .filter(c -> !c.text().isBlank())
                                .count()
                        <= 1) {
            end++;
        }
        return read(sheet, end).get(TEMPLATE);
    }

    /** The labelled values above the header row {@code header} (exclusive), by label. */
    public static Map<String, SheetCell> read(Sheet sheet, int header) {
        Map<String, SheetCell> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header, sheet.rows().size()); i++) {
            List<SheetCell> line = sheet.rows().get(i);
            for (int j = 0; j < line.size(); j++) {
                SheetCell c = line.get(j);
                Matcher m = LABELLED.matcher(c.text());
                String value = m.matches() ? trim(m.group(2)) : "";
                if (!value.isEmpty() && LABELS.contains(m.group(1))) {
                    out.putIfAbsent(m.group(1), new SheetCell(value, c.pos()));
                } else if (LABELS.contains(c.text().strip().replaceFirst("[:：]$", ""))
                        && j + 1 < line.size()
                        && !line.get(j + 1).text().isBlank()) {
                    out.putIfAbsent(c.text().strip().replaceFirst("[:：]$", ""), line.get(j + 1));
                }
            }
        }
        return out;
    }

    /** {@code text} without the ASCII whitespace at its ends, as the regular expression's {@code \\s} took it. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
