package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhibiao.cli.office.OfficeFiles;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.LayoutReader;
import org.zhibiao.shape.PrintedDeclaration;
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

    /**
     * A printed file read: the declaration and the template that read it; both null when it could
     * not be read, the reasons recorded.
     */
    record Read(Declaration declaration, Template template) {
        static final Read NONE = new Read(null, null);
    }

    /** Whether a file is read as a printed layout rather than a YAML or JSON document. */
    static boolean isPrinted(Path file) {
        return extension(file).endsWith(".csv") || isWorkbook(file);
    }

    /** Whether a file is an Excel workbook by its name. */
    static boolean isWorkbook(Path file) {
        String name = extension(file);
        return WORKBOOKS.stream().anyMatch(name::endsWith);
    }

    private static String extension(Path file) {
        return file == null || file.getFileName() == null
                ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The declaration in a CSV file or workbook and the template that read it: {@code option}
     * (the operator's {@code --template}, id or file), else the template a workbook records.
     * Problems with the template go to {@code inputs}, problems with the file to {@code out}.
     */
    static Read read(Path file, String option, Inputs inputs, Diagnostics out) {
        String name = Inputs.name(file);
        if (!isWorkbook(file)) {
            if (option == null) {
                inputs.diagnostics.add(Problem.USAGE_NEEDS_TEMPLATE.at(Position.of(name, 1, 1)));
                return Read.NONE;
            }
            Template template = inputs.template(option);
            return template == null ? Read.NONE : new Read(read(file, template, out), template);
        }
        Result<Workbook> opened = OfficeFiles.workbook(file, name);
        out.addAll(opened.diagnostics());
        Workbook book = opened.value();
        if (book == null) {
            return Read.NONE;
        }
        Template template = workbookTemplate(book, option, inputs, Position.of(name, 1, 1));
        if (template == null) {
            return Read.NONE;
        }
        Result<Declaration> read = WorkbookDeclaration.read(book, template, Position.of(name, 1, 1));
        out.addAll(read.diagnostics());
        return out.hasErrors() ? Read.NONE : new Read(read.value(), template);
    }

    /** The operator's template, else the catalogue template the workbook records; null after saying why not. */
    private static Template workbookTemplate(Workbook book, String option, Inputs inputs, Position at) {
        if (option != null) {
            return inputs.template(option);
        }
        if (book.template() == null || book.template().isBlank()) {
            inputs.diagnostics.add(Problem.WORKBOOK_NO_TEMPLATE.at(at));
            return null;
        }
        Diagnostic refused = DeclaredTemplate.refusal(book.template(), inputs.catalogue, () -> at);
        if (refused != null) {
            inputs.diagnostics.add(refused);
            return null;
        }
        Template template = inputs.declared(book.template());
        if (template == null) {
            inputs.diagnostics.add(Problem.TEMPLATE_MISMATCH.at(at, book.template()));
        }
        return template;
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
        Result<LayoutReader.Read> read =
                LayoutReader.read(List.of(sheet), FormShape.of(template), template.reference());
        out.addAll(read.diagnostics());
        if (out.hasErrors()) {
            return null;
        }
        return PrintedDeclaration.of(template.reference(), read.value(), Position.of(name, 1, 1));
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
