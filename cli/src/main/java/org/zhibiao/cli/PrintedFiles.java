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
import org.zhibiao.shape.LayoutReader;
import org.zhibiao.shape.PrintedDeclaration;
import org.zhibiao.shape.PrintedStage;
import org.zhibiao.shape.WorkbookDeclaration;
import org.zhibiao.sheet.CsvText;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.Workbook;

/**
 * Declarations in a form's printed layout: a CSV file of indicator rows, or an Excel workbook (xlsx,
 * xls), read by the template's columns. A CSV names no template, so the operator's {@code
 * --template} reads it; a workbook zhibiao wrote records its template in a document property,
 * which is taken when the operator names none — by catalogue id only, as a YAML declaration's
 * {@code template:} is.
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
        if (book.template() == null || book.template().isBlank()) {
            out.add(Problem.WORKBOOK_NO_TEMPLATE.at(at));
            return null;
        }
        Diagnostic refused = DeclaredTemplate.refusal(book.template(), catalogue, () -> at);
        if (refused != null) {
            out.add(refused);
            return null;
        }
        return book.template();
    }

    /** The declaration in an opened workbook, read by {@code template}'s columns; null after recording why not. */
    static Declaration read(Workbook book, Path file, Template template, Diagnostics out) {
        Result<Declaration> read = WorkbookDeclaration.read(book, template, Position.of(Inputs.name(file), 1, 1));
        out.addAll(read.diagnostics());
        return out.hasErrors() ? null : read.value();
    }

    /**
     * The declaration in a CSV file, read by {@code template}'s columns; null after recording why
     * not. Its header fields (部门, 年度 …) are not in a CSV of indicator rows and stay empty.
     */
    static Declaration read(Path file, Template template, Diagnostics out) {
        byte[] bytes = Inputs.bytes(file, out);
        if (bytes == null) {
            return null;
        }
        String name = Inputs.name(file);
        Sheet sheet = sheet(name, bytes, out);
        if (sheet == null) {
            return null;
        }
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
