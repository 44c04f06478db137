package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.shape.OverviewReader.Overview;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;
import org.zhibiao.sheet.Workbook;

/**
 * A declaration read from a workbook's sheets, ours or a province's: the overview sheet (header
 * block, funds, projects, goals; {@link OverviewReader}) where there is one, the indicator tables
 * from every sheet with a header row the template's columns answer to ({@link LayoutReader}), and
 * the stage from the form's title (绩效运行监控表, 绩效自评表), so a monitoring form is read by its
 * stage's columns. Sheets that are neither (说明, a hidden list) are left alone.
 */
public final class WorkbookDeclaration {

    private WorkbookDeclaration() {}

    /** The declaration in {@code book}, read by {@code template}'s columns; {@code file} names the file. */
    public static Result<Declaration> read(Workbook book, Template template, Position file) {
        Diagnostics out = new Diagnostics();
        // a finding about the whole declaration points at the first sheet's A1, so every finding has a cell
        Position at = book.sheets().isEmpty()
                ? file
                : Position.cell(file.file(), book.sheets().get(0).name(), 1, 1);
        Sheet overview = overview(book, template);
        Stage stage = stage(book.sheets(), template);
        FormShape shape = FormShape.of(template, stage);
        List<Sheet> indicators = indicators(book, overview, shape);
        Result<LayoutReader.Read> read = LayoutReader.read(indicators, shape, template.reference());
        out.addAll(read.diagnostics());
        Declaration tables = PrintedDeclaration.read(template, read.value(), at);
        Overview o = overview == null
                ? null
                : OverviewReader.read(
                        overview,
                        stage == null
                                ? List.of()
                                : StageForms.of(template, stage).funds(),
                        out);
        return Result.of(merge(tables, o, stage, at), out);
    }

    /** Our overview sheet (header block, funds, projects, goals), or null when the workbook has none. */
    private static Sheet overview(Workbook book, Template template) {
        FormShape shape = FormShape.of(template);
        for (Sheet s : book.sheets()) {
            if (OverviewReader.isOverview(s) && !LayoutReader.readable(s, shape)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The sheets with indicator rows; when none has a header the template's columns answer to,
     * every sheet, so that the reader says so at the first.
     */
    @SuppressWarnings("ReferenceEquality") // the overview is this very sheet of the workbook, not an equal one
    private static List<Sheet> indicators(Workbook book, Sheet overview, FormShape shape) {
        List<Sheet> out = new ArrayList<>();
        for (Sheet s : book.sheets()) {
            if (s != overview && LayoutReader.readable(s, shape)) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            out.addAll(book.sheets().isEmpty() ? List.of(new Sheet("", List.of())) : book.sheets());
        }
        return out;
    }

    /** The stage whose form's title a sheet's first line ends with, or null for a declaration. */
    static Stage stage(List<Sheet> sheets, Template template) {
        for (Sheet s : sheets) {
            String title = firstText(s);
            for (Stage stage : Stage.values()) {
                if (!title.isEmpty() && title.endsWith(PrintedForms.formTitle(template, stage))) {
                    return stage;
                }
            }
        }
        return null;
    }

    private static String firstText(Sheet sheet) {
        for (List<SheetCell> line : sheet.rows()) {
            if (!line.isEmpty() && !line.get(0).text().isBlank()) {
                return line.get(0).text().strip();
            }
        }
        return "";
    }

    /** The tables' declaration with the overview's fields where the workbook has an overview. */
    private static Declaration merge(Declaration tables, Overview o, Stage stage, Position at) {
        if (o == null) {
            return stage == null ? tables : tables.atStage(stage, tables.funds(), tables.tables());
        }
        return new Declaration(
                tables.template(),
                stage,
                o.department() != null ? o.department() : tables.department(),
                o.code(),
                o.year() != null ? o.year() : tables.year(),
                o.unit(),
                o.contact() != null ? o.contact() : tables.contact(),
                o.functions(),
                o.tasks(),
                o.organisation(),
                o.funds(),
                o.projects() != null ? o.projects() : tables.projects(),
                o.goals(),
                tables.tables(),
                o.subtotals(),
                o.total(),
                o.grade(),
                at);
    }
}
