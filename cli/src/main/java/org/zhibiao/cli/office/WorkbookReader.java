package org.zhibiao.cli.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.sheet.SheetCell;
import org.zhibiao.yaml.FileBytes;

/**
 * Reads an xlsx or xls file into {@link org.zhibiao.sheet.Sheet}s of the text a person saw: each
 * cell as Excel displays it ({@link DataFormatter}), a number stored in a date-formatted cell as its
 * date ({@code 44561} → {@code 2021-12-31}), a formula as the value Excel last computed and saved —
 * never evaluated — and every cell of a merged region with the text of its top-left cell, as the
 * printed form shows it. Hidden sheets are skipped; a hidden row is kept as an empty row so no row
 * moves; trailing blank rows are left out.
 *
 * <p>A workbook is what a department hands in, so it is read as hostile: the file's size is bounded
 * as it is read ({@link FileBytes}); POI's {@link ZipSecureFile} limits (inflate ratio, size of an
 * unpacked part, amount of text) are set before anything is opened, so a zip bomb is refused, not
 * unpacked; the number of sheets, rows of a sheet and cells are bounded by our own limits, checked
 * before a sheet is copied (a dimension that declares a billion rows allocates nothing: only rows
 * present are counted). Macros (xlsm, vba), external links and OLE objects are never run or
 * followed: only cell values are read. An encrypted workbook is refused with a message. Every
 * failure is a located diagnostic; nothing escapes as an exception.
 */
public final class WorkbookReader {

    /** The largest workbook file read, in bytes. */
    public static final int MAX_BYTES = 32 << 20;
    /** The largest unpacked part of an xlsx (a sheet's XML), in bytes. */
    static final long MAX_ENTRY = 32L << 20;
    /** The least compressed-to-unpacked ratio of a part; below it the file is taken for a zip bomb. */
    static final double MIN_RATIO = 0.01;

    static final long MAX_TEXT = 16L << 20;
    static final int MAX_SHEETS = 64;
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 256;
    static final long MAX_CELLS = 1_000_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static {
        limits();
    }

    private WorkbookReader() {}

    /** POI's own limits; global in POI, so set once, before any workbook is opened. */
    private static void limits() {
        ZipSecureFile.setMinInflateRatio(MIN_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        ZipSecureFile.setMaxTextSize(MAX_TEXT);
        ZipSecureFile.setMaxFileCount(10_000);
    }

    /** The workbook at {@code path}; {@code name} is what diagnostics call it. */
    public static Result<org.zhibiao.sheet.Workbook> read(Path path, String name) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = FileBytes.read(path, MAX_BYTES, out);
        if (bytes == null) {
            return Result.of(null, relocate(out, name));
        }
        return read(bytes, name);
    }

    private static Diagnostics relocate(Diagnostics in, String name) {
        Diagnostics out = new Diagnostics();
        for (var d : in.list()) {
            out.add(new Diagnostic(
                    d.code(), d.severity(), d.zh(), d.en(), Position.of(name, 1, 1), d.path(), d.hint()));
        }
        return out;
    }

    /** The workbook in {@code bytes}. */
    public static Result<org.zhibiao.sheet.Workbook> read(byte[] bytes, String name) {
        Diagnostics out = new Diagnostics();
        Position at = Position.of(name, 1, 1);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            org.zhibiao.sheet.Workbook read = sheets(book, name, at, out);
            return Result.of(read, out);
        } catch (EncryptedDocumentException e) {
            out.report(Problem.WORKBOOK_ENCRYPTED, at);
        } catch (IOException | RuntimeException e) {
            failure(e, at, out);
        } catch (OutOfMemoryError e) {
            tooLarge(at, out, Text.WORKBOOK_ENTRY, MAX_ENTRY + " B");
        }
        return Result.of(null, out);
    }

    /** What went wrong opening the file, from POI's exception: a limit, or a file that is no workbook. */
    private static void failure(Exception e, Position at, Diagnostics out) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            message += " " + t.getMessage();
        }
        if (message.contains("max size of the expanded data") || message.contains("max entry size")) {
            tooLarge(at, out, Text.WORKBOOK_ENTRY, MAX_ENTRY + " B");
        } else if (message.contains("text would exceed")) {
            tooLarge(at, out, Text.WORKBOOK_TEXT, MAX_TEXT + " B");
        } else if (message.contains("Zip bomb") || message.contains("compression ratio")) {
            tooLarge(at, out, Text.WORKBOOK_RATIO, MIN_RATIO);
        } else if (message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG) || message.contains("max file count")) {
            tooLarge(at, out, Text.WORKBOOK_ENTRY, ZipSecureFile.getMaxFileCount());
        } else if (e instanceof EmptyFileException
                || message.contains("unsupported file type")
                || e instanceof NotOfficeXmlFileException) {
            out.add(Problem.WORKBOOK_UNREADABLE.at(
                    at,
                    new Object[] {Text.WORKBOOK_NOT_OFFICE.format(Lang.ZH)},
                    new Object[] {Text.WORKBOOK_NOT_OFFICE.format(Lang.EN)}));
        } else {
            // POI's own words on what is broken, without the Java class names around them
            String reason =
                    firstLine(String.valueOf(e.getMessage()).replaceAll("(?:[a-z0-9]+\\.)+[A-Za-z]*Exception: ?", ""));
            out.add(Problem.WORKBOOK_UNREADABLE.at(
                    at,
                    new Object[] {Text.WORKBOOK_DAMAGED.format(Lang.ZH, reason)},
                    new Object[] {Text.WORKBOOK_DAMAGED.format(Lang.EN, reason)}));
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static void tooLarge(Position at, Diagnostics out, Text what, Object limit) {
        out.add(Problem.WORKBOOK_TOO_LARGE.at(
                at, new Object[] {what.format(Lang.ZH), limit}, new Object[] {what.format(Lang.EN), limit}));
    }

    private static org.zhibiao.sheet.Workbook sheets(Workbook book, String name, Position at, Diagnostics out) {
        if (book.getNumberOfSheets() > MAX_SHEETS) {
            tooLarge(at, out, Text.WORKBOOK_SHEETS, MAX_SHEETS);
            return null;
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<org.zhibiao.sheet.Sheet> sheets = new ArrayList<>();
        long cells = 0;
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = book.getSheetAt(s);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                tooLarge(
                        Position.cell(name, sheet.getSheetName(), sheet.getLastRowNum() + 1, 1),
                        out,
                        Text.WORKBOOK_ROWS,
                        MAX_ROWS);
                return null;
            }
            cells += count(sheet);
            if (cells > MAX_CELLS) {
                tooLarge(Position.cell(name, sheet.getSheetName(), 1, 1), out, Text.WORKBOOK_CELLS, MAX_CELLS);
                return null;
            }
            sheets.add(sheet(sheet, name, formatter));
        }
        return new org.zhibiao.sheet.Workbook(sheets, template(book));
    }

    /** Cells present in the sheet, counted before anything is copied. */
    private static long count(Sheet sheet) {
        long n = 0;
        for (Row row : sheet) {
            n += Math.max(row.getPhysicalNumberOfCells(), 0);
        }
        return n;
    }

    private static org.zhibiao.sheet.Sheet sheet(Sheet sheet, String file, DataFormatter formatter) {
        List<String[]> grid = grid(sheet, formatter);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            spread(grid, region, sheet);
        }
        return new org.zhibiao.sheet.Sheet(sheet.getSheetName(), located(grid, file, sheet.getSheetName()));
    }

    /** Each row's texts as displayed, up to {@link #MAX_COLUMNS}; a missing or hidden row is empty, so no row moves. */
    private static List<String[]> grid(Sheet sheet, DataFormatter formatter) {
        int rows = sheet.getLastRowNum() + 1;
        List<String[]> grid = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            grid.add(row == null || row.getZeroHeight() ? new String[0] : texts(row, formatter));
        }
        return grid;
    }

    private static String[] texts(Row row, DataFormatter formatter) {
        int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
        String[] texts = new String[width];
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            texts[c] = cell == null ? "" : text(cell, formatter);
        }
        return texts;
    }

    /** The grid as cells that know their {@code file:Sheet!A1}, trailing blank cells and rows left out. */
    private static List<List<SheetCell>> located(List<String[]> grid, String file, String sheet) {
        List<List<SheetCell>> out = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            String[] texts = grid.get(r);
            int used = texts.length;
            while (used > 0 && (texts[used - 1] == null || texts[used - 1].isBlank())) {
                used--;
            }
            List<SheetCell> row = new ArrayList<>(used);
            for (int c = 0; c < used; c++) {
                row.add(new SheetCell(texts[c], Position.cell(file, sheet, r + 1, c + 1)));
            }
            out.add(row);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Gives every cell of a merged region, within the rows read, the text of its top-left cell. */
    private static void spread(List<String[]> grid, CellRangeAddress region, Sheet sheet) {
        int top = region.getFirstRow();
        int left = region.getFirstColumn();
        if (top >= grid.size() || left >= MAX_COLUMNS) {
            return;
        }
        String[] first = grid.get(top);
        String text = left < first.length ? first[left] : "";
        if (text.isEmpty()) {
            return;
        }
        int bottom = Math.min(region.getLastRow(), grid.size() - 1);
        int right = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
        for (int r = top; r <= bottom; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getZeroHeight()) {
                continue;
            }
            String[] texts = grid.get(r);
            if (texts.length <= right) {
                String[] wider = Arrays.copyOf(texts, right + 1);
                Arrays.fill(wider, texts.length, wider.length, "");
                grid.set(r, wider);
                texts = wider;
            }
            for (int c = left; c <= right; c++) {
                texts[c] = text;
            }
        }
    }

    /** The text Excel shows for the cell, with a date cell's date written the ISO way. */
    static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            double value = cell.getNumericCellValue();
            LocalDateTime when = cell.getLocalDateTimeCellValue();
            if (when == null) {
                return formatter.formatCellValue(cell);
            }
            if (value < 1) {
                return when.format(TIME);
            }
            return value == Math.floor(value) ? when.format(DATE) : when.format(DATE_TIME);
        }
        return formatter.formatCellValue(cell);
    }

    /** The template's {@code id@version} from the document properties, or null. */
    private static String template(Workbook book) {
        if (book instanceof XSSFWorkbook xssf) {
            POIXMLProperties.CustomProperties custom = xssf.getProperties().getCustomProperties();
            var property = custom.getProperty(WorkbookWriter.TEMPLATE_PROPERTY);
            return property == null || !property.isSetLpwstr() ? null : property.getLpwstr();
        }
        if (book instanceof HSSFWorkbook hssf) {
            DocumentSummaryInformation info = hssf.getDocumentSummaryInformation();
            CustomProperties custom = info == null ? null : info.getCustomProperties();
            Object value = custom == null ? null : custom.get(WorkbookWriter.TEMPLATE_PROPERTY);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
