package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/**
 * A CSV sheet's cells named by the header row the layout reader found, so a finding reads {@code
 * form.csv:12:指标值}. {@code CsvText} can only name a cell by the file's first line, and a printed
 * form's first line is its title ({@code 乌海市2021年项目支出绩效目标表}) or its header block: a finding
 * named by that would point at no column at all (issue 14). Cells above the header row are title
 * and header block and are named by line and column; a header cell names itself; a cell below it is
 * named by the header over it, or by its column letter where that header is blank. Workbook cells
 * keep their {@code 年度!G14}.
 */
final class CsvPlaces {

    private CsvPlaces() {}

    /** {@code sheet} with its CSV cells named by the header row {@code header} (0-based). */
    static Sheet named(Sheet sheet, int header) {
        List<SheetCell> heads = sheet.rows().get(header);
        List<List<SheetCell>> rows = new ArrayList<>(sheet.rows().size());
        for (int i = 0; i < sheet.rows().size(); i++) {
            List<SheetCell> line = sheet.rows().get(i);
            List<SheetCell> named = new ArrayList<>(line.size());
            for (int j = 0; j < line.size(); j++) {
                String over =
                        i < header ? null : j < heads.size() ? heads.get(j).text() : "";
                named.add(named(line.get(j), over, j));
            }
            rows.add(named);
        }
        return new Sheet(sheet.name(), rows);
    }

    /** A CSV cell under {@code header}, or by line and column when {@code header} is null (above the header row). */
    private static SheetCell named(SheetCell cell, String header, int j) {
        Position p = cell.pos();
        if (p.sheet() != null || !p.isKnown()) {
            return cell;
        }
        Position at;
        if (header == null) {
            at = Position.of(p.file(), p.line(), p.column());
        } else {
            String h = header.strip();
            at = Position.csv(p.file(), p.line(), p.column(), h.isEmpty() ? Position.columnLetters(j + 1) : h);
        }
        return new SheetCell(cell.text(), at);
    }
}
