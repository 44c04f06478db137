package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.LayoutReader;
import org.zhibiao.shape.PrintedDeclaration;
import org.zhibiao.shape.PrintedStage;
import org.zhibiao.sheet.CsvText;
import org.zhibiao.sheet.Sheet;

/**
 * Declarations in a form's printed layout: a CSV file of indicator rows read by the template's
 * columns. The template is the operator's ({@code --template}): a CSV names none, and a
 * department's file never chooses the template that reads it.
 */
final class PrintedFiles {

    private PrintedFiles() {}

    /** Whether a file is read as a printed layout rather than a YAML or JSON document. */
    static boolean isPrinted(Path file) {
        return file != null
                && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
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
        Declaration declaration = PrintedDeclaration.of(template.reference(), read.value(), Position.of(name, 1, 1));
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
