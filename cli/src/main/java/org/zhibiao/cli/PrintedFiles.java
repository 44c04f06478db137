package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.cli.office.OfficeFiles;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.HeaderBlock;
import org.zhibiao.shape.LayoutReader;
import org.zhibiao.shape.PrintedDeclaration;
import org.zhibiao.shape.PrintedStage;
import org.zhibiao.shape.WorkbookDeclaration;
import org.zhibiao.sheet.CsvText;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;
import org.zhibiao.sheet.Workbook;

/**
 * Declarations in a form's printed layout: a CSV file of indicator rows, or an Excel workbook (xlsx,
 * xls), read by the template's columns: the operator's {@code --template}, else the template the
 * file records — a workbook zhibiao wrote in a document property, a CSV zhibiao wrote in its
 * {@code 模板：} line — by catalogue id only, as a YAML declaration's {@code template:} is. A CSV
 * from elsewhere names none and needs {@code --template}.
 */
final class PrintedFiles {

    private static final List<String> WORKBOOKS = List.of(".xlsx", ".xlsm", ".xls");

    private PrintedFiles() {}

    /** Whether a file is read as a printed layout rather than a YAML or JSON document. */
    static boolean isPrinted(Path file) {
        return extension(file).endsWith(".csv") || isWorkbook(file);
    }

    /** Whether a file is an Excel workbook by its name. */
    static boolean isWorkbook(Path file) {
        String name = extension(file);
        return WORKBOOKS.stream().anyMatch(name::endsWith);
    }

    /**
     * Whether a file is a Word document by its name: zhibiao writes the Word form for printing
     * but reads no Word file back (a table in a document has no cells to name in a finding).
     */
    static boolean isWordForm(Path file) {
        String name = extension(file);
        return name.endsWith(".docx") || name.endsWith(".doc");
    }

    private static String extension(Path file) {
        return file == null || file.getFileName() == null
                ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** A workbook opened as sheets of the cells a person sees; null after recording why not. */
    static Workbook workbook(Path file, Diagnostics out) {
        Result<Workbook> opened = OfficeFiles.workbook(file, Inputs.name(file));
        out.addAll(opened.diagnostics());
        return opened.value();
    }

    /**
     * The catalogue id a workbook zhibiao wrote records in its document property, after the same
     * guard a YAML declaration's {@code template:} passes; null after recording why not.
     */
    static String recordedTemplate(Workbook book, Catalogue catalogue, Path file, Diagnostics out) {
        Position at = Position.of(Inputs.name(file), 1, 1);
        return guarded(book.template(), at, Problem.WORKBOOK_NO_TEMPLATE.at(at), catalogue, out);
    }

    /**
     * The catalogue id a CSV zhibiao wrote names in its header block ({@code 模板：…}, {@link
     * HeaderBlock#template}), after the same guard; null after recording why not: a CSV that names
     * none is read only by the operator's {@code --template}.
     */
    static String recordedTemplate(Sheet csv, Catalogue catalogue, Path file, Diagnostics out) {
        SheetCell named = HeaderBlock.template(csv);
        Position file11 = Position.of(Inputs.name(file), 1, 1);
        return named == null
                ? guarded(null, file11, Problem.USAGE_NEEDS_TEMPLATE.at(file11), catalogue, out)
                : guarded(named.text(), named.pos(), null, catalogue, out);
    }

    /** {@code recorded}, unless it is missing ({@code missing} said) or refused as a YAML {@code template:} is. */
    private static String guarded(
            String recorded, Position at, Diagnostic missing, Catalogue catalogue, Diagnostics out) {
        if (recorded == null || recorded.isBlank()) {
            out.add(missing);
            return null;
        }
        Diagnostic refused = DeclaredTemplate.refusal(recorded, catalogue, () -> at);
        if (refused != null) {
            out.add(refused);
            return null;
        }
        return recorded;
    }

    /** The declaration in an opened workbook, read by {@code template}'s columns; null after recording why not. */
    static Declaration read(Workbook book, Path file, Template template, Diagnostics out) {
        Result<Declaration> read = WorkbookDeclaration.read(book, template, Position.of(Inputs.name(file), 1, 1));
        out.addAll(read.diagnostics());
        return out.hasErrors() ? null : read.value();
    }

    /** A CSV file as one sheet of text cells (see {@link #sheet}); null after recording why not. */
    static Sheet csv(Path file, Diagnostics out) {
        byte[] bytes = Inputs.bytes(file, out);
        return bytes == null ? null : sheet(Inputs.name(file), bytes, out);
    }

    /**
     * The declaration in a CSV file's sheet, read by {@code template}'s columns; null after
     * recording why not. Its header block (单位名称, 年度 …) fills the fields it names.
     */
    static Declaration read(Sheet sheet, Path file, Template template, Diagnostics out) {
        String name = Inputs.name(file);
        // a stage's form is read by the stage's columns and keeps its stage (issue 16)
        Stage stage = PrintedStage.of(template, sheet);
        Result<LayoutReader.Read> read =
                LayoutReader.read(List.of(sheet), FormShape.of(template, stage), template.reference());
        out.addAll(read.diagnostics());
        if (out.hasErrors()) {
            return null;
        }
        Declaration declaration = PrintedDeclaration.read(template, read.value(), Position.of(name, 1, 1));
        return stage == null ? declaration : declaration.atStage(stage, declaration.funds(), declaration.tables());
    }

    /**
     * A CSV file as one sheet of text cells, each at {@code file:line:column}, read by
     * {@link CsvText} as a spreadsheet shows it: UTF-8 or GB18030, and {@code ="0101"} as 0101
     * (how zhibiao's own CSV keeps such cells text, issue 15).
     */
    private static Sheet sheet(String name, byte[] bytes, Diagnostics out) {
        Result<Sheet> read = CsvText.read(bytes, name);
        out.addAll(read.diagnostics());
        return read.value();
    }
}
