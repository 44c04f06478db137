package org.zhibiao.cli.office;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.zhibiao.diag.Position;
import org.zhibiao.sheet.PrintedColumn;
import org.zhibiao.sheet.PrintedField;
import org.zhibiao.sheet.PrintedForm;
import org.zhibiao.sheet.PrintedSheet;
import org.zhibiao.sheet.PrintedTable;

/**
 * A {@link PrintedForm} as an xlsx workbook a clerk fills and prints: title rows, the header block,
 * the tables with their 一级/二级 cells merged over their rows, wrapped text and explicit widths,
 * header rows frozen and repeated on every A4 landscape page, drop-downs for enumerated columns.
 *
 * <p>Every value is a text cell in a text-formatted ({@code @}) style, so {@code =100%} is never a
 * formula and {@code 0101} keeps its zero, now and when the clerk types over it. The cells the
 * template fixes are locked and the ones the department fills unlocked (shaded), under sheet
 * protection without a password: it keeps a slip of the hand from changing the template's rows,
 * and anyone who must can switch it off. The template's {@code id@version} is recorded as the
 * custom document property {@value #TEMPLATE_PROPERTY}.
 */
public final class WorkbookWriter {

    /** The custom document property that records the template, for {@link WorkbookReader}. */
    public static final String TEMPLATE_PROPERTY = "zhibiao-template";

    /** Excel's longest explicit drop-down list, in characters with separators. */
    private static final int EXPLICIT_LIST = 255;

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle heading;
    private final CellStyle label;
    private final CellStyle locked;
    private final CellStyle open;
    private XSSFSheet lists;
    private int listColumns;

    private WorkbookWriter() {
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = style(big, false, false);
        title.setAlignment(HorizontalAlignment.CENTER);
        heading = style(bold, true, false);
        heading.setAlignment(HorizontalAlignment.CENTER);
        heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = style(bold, true, false);
        locked = style(null, true, false);
        open = style(null, true, true);
        open.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        open.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** Writes the workbook to {@code out}, which stays open. */
    public static void write(PrintedForm form, OutputStream out) throws IOException {
        WorkbookWriter writer = new WorkbookWriter();
        try (XSSFWorkbook book = writer.book) {
            writer.form(form);
            book.write(out);
        }
    }

    private CellStyle style(Font font, boolean border, boolean fillable) {
        CellStyle s = book.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setDataFormat(book.createDataFormat().getFormat("@"));
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        s.setLocked(!fillable);
        return s;
    }

    private void form(PrintedForm form) {
        book.getProperties().getCoreProperties().setCreator("zhibiao");
        book.getProperties().getCustomProperties().addProperty(TEMPLATE_PROPERTY, form.template());
        Set<String> names = new HashSet<>();
        for (PrintedSheet sheet : form.sheets()) {
            sheet(sheet, unique(sheet.name(), names));
        }
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\) and no other sheet has. */
    static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private void sheet(PrintedSheet printed, String name) {
        XSSFSheet sheet = book.createSheet(name);
        int shown = shown(printed);
        int width = printed.tables().stream()
                .mapToInt(t -> placed(t, shown)[t.columns().size() - 1] + 1)
                .max()
                .orElse(2);
        width = Math.max(width, 2);
        widths(sheet, printed, shown);
        int r = 0;
        for (String line : printed.titles()) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(28);
            text(row, 0, line, title);
            merge(sheet, r, r, 0, width - 1);
            r++;
        }
        for (PrintedField field : printed.header()) {
            Row row = sheet.createRow(r);
            text(row, 0, field.label(), label);
            CellStyle value = field.fillable() ? open : locked;
            text(row, 1, field.value(), value);
            for (int c = 2; c < width; c++) {
                text(row, c, "", value);
            }
            merge(sheet, r, r, 1, width - 1);
            r++;
        }
        int firstHeader = -1;
        for (PrintedTable table : printed.tables()) {
            r++;
            if (!table.title().isEmpty()) {
                Row row = sheet.createRow(r);
                text(row, 0, table.title(), label);
                merge(sheet, r, r, 0, Math.max(table.columns().size(), 2) - 1);
                r++;
            }
            if (firstHeader < 0) {
                firstHeader = r;
            }
            r = table(sheet, table, r, placed(table, shown));
        }
        if (printed.tables().size() == 1 && firstHeader >= 0) {
            // one table: its header stays in view and on every printed page
            sheet.createFreezePane(0, firstHeader + 1);
            sheet.setRepeatingRows(new CellRangeAddress(firstHeader, firstHeader, -1, -1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
    }

    /** The most visible columns of any table on the sheet: where hidden columns start. */
    private static int shown(PrintedSheet printed) {
        return printed.tables().stream()
                .mapToInt(
                        t -> (int) t.columns().stream().filter(c -> !c.hidden()).count())
                .max()
                .orElse(0);
    }

    /**
     * The sheet column of each of the table's columns: the visible ones from A in order, the hidden
     * ones from column {@code shown} on. A hidden column hides the whole sheet column, so it must lie
     * right of every visible column of every table on the sheet (the overview has several).
     */
    private static int[] placed(PrintedTable table, int shown) {
        int[] at = new int[table.columns().size()];
        int visible = 0;
        int hidden = shown;
        for (int c = 0; c < at.length; c++) {
            at[c] = table.columns().get(c).hidden() ? hidden++ : visible++;
        }
        return at;
    }

    /** Column widths: each printed column's, the widest where tables share a column; a CJK character counts two units. */
    private static void widths(XSSFSheet sheet, PrintedSheet printed, int shown) {
        Map<Integer, Integer> widest = new HashMap<>();
        widest.put(0, 12);
        for (PrintedTable table : printed.tables()) {
            int[] at = placed(table, shown);
            for (int c = 0; c < table.columns().size(); c++) {
                widest.merge(at[c], table.columns().get(c).width(), Math::max);
            }
        }
        widest.forEach((c, w) -> sheet.setColumnWidth(c, Math.min(255, w * 2 + 2) * 256));
    }

    /**
     * The header row and rows of one table from row {@code r}, column {@code c} of the table in sheet
     * column {@code at[c]}; returns the row after it.
     */
    private int table(XSSFSheet sheet, PrintedTable table, int r, int[] at) {
        List<PrintedColumn> columns = table.columns();
        Row header = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            text(header, at[c], columns.get(c).header(), heading);
        }
        int first = r + 1;
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = sheet.createRow(first + i);
            List<String> cells = table.rows().get(i).cells();
            for (int c = 0; c < columns.size(); c++) {
                text(row, at[c], cells.get(c), table.fillable(i, c) ? open : locked);
            }
        }
        int last = first + table.rows().size() - 1;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).hidden()) {
                sheet.setColumnHidden(at[c], true);
            }
            if (columns.get(c).merge()) {
                mergeRuns(sheet, table, c, at[c], first);
            }
            if (!columns.get(c).choices().isEmpty() && last >= first) {
                dropDown(sheet, columns.get(c).choices(), first, last, at[c]);
            }
        }
        return last + 1;
    }

    /**
     * Merges each run of equal values in column {@code c}: a run also ends where a merged column to
     * its left starts a new run, or where the cells change from locked to unlocked.
     */
    private static void mergeRuns(XSSFSheet sheet, PrintedTable table, int c, int column, int first) {
        int n = table.rows().size();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !sameRun(table, c, start, i)) {
                if (i - 1 > start && !table.rows().get(start).cells().get(c).isEmpty()) {
                    merge(sheet, first + start, first + i - 1, column, column);
                }
                start = i;
            }
        }
    }

    private static boolean sameRun(PrintedTable table, int c, int a, int b) {
        for (int k = 0; k <= c; k++) {
            if ((k == c || table.columns().get(k).merge())
                    && !table.rows()
                            .get(a)
                            .cells()
                            .get(k)
                            .equals(table.rows().get(b).cells().get(k))) {
                return false;
            }
        }
        return table.fillable(a, c) == table.fillable(b, c);
    }

    private void dropDown(XSSFSheet sheet, List<String> choices, int first, int last, int c) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int length = choices.stream().mapToInt(s -> s.length() + 1).sum();
        DataValidationConstraint constraint;
        if (length <= EXPLICIT_LIST && choices.stream().noneMatch(s -> s.contains(",") || s.contains("\""))) {
            constraint = helper.createExplicitListConstraint(choices.toArray(String[]::new));
        } else {
            constraint = helper.createFormulaListConstraint(listRange(choices));
        }
        DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, c, c));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        sheet.addValidationData(validation);
    }

    /** A long list goes into a column of a hidden sheet; the drop-down points at it. */
    private String listRange(List<String> choices) {
        if (lists == null) {
            lists = book.createSheet(LISTS);
            book.setSheetHidden(book.getSheetIndex(lists), true);
        }
        int c = listColumns++;
        for (int i = 0; i < choices.size(); i++) {
            Row row = lists.getRow(i) != null ? lists.getRow(i) : lists.createRow(i);
            row.createCell(c).setCellValue(choices.get(i));
        }
        String column = Position.columnLetters(c + 1);
        return "'" + LISTS + "'!$" + column + "$1:$" + column + "$" + choices.size();
    }

    /** The hidden sheet of long drop-down lists; readers skip hidden sheets. */
    static final String LISTS = "lists";

    /**
     * A text cell, written as an inline string rather than through the shared-string table: POI
     * keys that table by each string's XML text, which was most of the time of writing a form
     * (issue 15's bulk benchmark); Excel, LibreOffice and POI read inline strings alike.
     */
    private static void text(Row row, int c, String value, CellStyle style) {
        XSSFCell cell = (XSSFCell) row.createCell(c);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            CTCell ct = cell.getCTCell();
            ct.setT(STCellType.INLINE_STR);
            // POI's rich string marks leading and trailing spaces to be kept (xml:space)
            ct.setIs(new XSSFRichTextString(value).getCTRst());
        }
    }

    private static void merge(XSSFSheet sheet, int r1, int r2, int c1, int c2) {
        if (r2 > r1 || c2 > c1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(
                    r1, r2, c1, c2)); // runs never overlap: checked by construction, not per region
        }
    }
}
