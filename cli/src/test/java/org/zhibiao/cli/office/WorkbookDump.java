package org.zhibiao.cli.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as stable text for golden files: per sheet its name, every non-empty cell by A1
 * address with {@code ~} after a cell the department may fill (unlocked), the merged regions and
 * the drop-downs, each sorted, so a diff shows what a clerk would see change.
 */
public final class WorkbookDump {

    private WorkbookDump() {}

    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            return of(book);
        }
    }

    static String of(XSSFWorkbook book) {
        StringBuilder out = new StringBuilder();
        out.append("template: ")
                .append(book.getProperties()
                        .getCustomProperties()
                        .getProperty(WorkbookWriter.TEMPLATE_PROPERTY)
                        .getLpwstr())
                .append('\n');
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            XSSFSheet sheet = book.getSheetAt(s);
            out.append("\n== sheet ").append(sheet.getSheetName());
            if (book.isSheetHidden(s)) {
                out.append(" (hidden)");
            }
            out.append(sheet.getProtect() ? " (protected)" : "").append('\n');
            cells(sheet, out);
            List<String> merged = sheet.getMergedRegions().stream()
                    .sorted(Comparator.comparingInt(CellRangeAddress::getFirstRow)
                            .thenComparingInt(CellRangeAddress::getFirstColumn))
                    .map(CellRangeAddress::formatAsString)
                    .toList();
            List<String> hidden = new ArrayList<>();
            for (int c = 0; c < 64; c++) {
                if (sheet.isColumnHidden(c)) {
                    hidden.add(CellReference.convertNumToColString(c));
                }
            }
            if (!hidden.isEmpty()) {
                out.append("hidden columns: ").append(String.join(" ", hidden)).append('\n');
            }
            out.append("merged: ").append(String.join(" ", merged)).append('\n');
            sheet.getDataValidations().stream()
                    .map(WorkbookDump::validation)
                    .sorted()
                    .forEach(v -> out.append("list ").append(v).append('\n'));
        }
        return out.toString();
    }

    private static void cells(XSSFSheet sheet, StringBuilder out) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = cell.getStringCellValue();
                if (text.isEmpty()) {
                    continue;
                }
                out.append(cell.getAddress().formatAsString())
                        .append(cell.getCellStyle().getLocked() ? "" : "~")
                        .append(" = ")
                        .append(text.replace("\n", "\\n"))
                        .append('\n');
            }
        }
    }

    private static String validation(DataValidation v) {
        String ranges = Arrays.stream(v.getRegions().getCellRangeAddresses())
                .map(CellRangeAddress::formatAsString)
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        DataValidationConstraint c = v.getValidationConstraint();
        String values =
                c.getExplicitListValues() != null ? String.join("|", c.getExplicitListValues()) : c.getFormula1();
        return ranges + ": " + values;
    }
}
