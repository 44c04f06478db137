package org.zhibiao.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhibiao.cli.batch.Csv;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.LayoutReader;
import org.zhibiao.shape.PrintedDeclaration;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/**
 * Declarations in a form's printed layout: a CSV file of indicator rows read by the template's
 * columns. The template is the operator's ({@code --template}): a CSV names none, and a
 * department's file never chooses the template that reads it.
 */
final class PrintedFiles {

    private PrintedFiles() {
    }

    /** Whether a file is read as a printed layout rather than a YAML or JSON document. */
    static boolean isPrinted(Path file) {
        return file != null && file.getFileName() != null
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
        Result<LayoutReader.Read> read = LayoutReader.read(List.of(sheet), FormShape.of(template),
                template.reference());
        out.addAll(read.diagnostics());
        if (out.hasErrors()) {
            return null;
        }
        return PrintedDeclaration.of(template.reference(), read.value(), Position.of(name, 1, 1));
    }

    /** A CSV file as one sheet of text cells, each at {@code file:line:column}. */
    private static Sheet sheet(String name, byte[] bytes, Diagnostics out) {
        List<List<SheetCell>> rows = new ArrayList<>();
        try (Csv csv = new Csv(name, new ByteArrayInputStream(bytes))) {
            for (Csv.Record r = csv.next(); r != null; r = csv.next()) {
                if (r.problem() != null) {
                    out.add(r.problem());
                    return null;
                }
                List<SheetCell> cells = new ArrayList<>(r.fields().size());
                for (int j = 0; j < r.fields().size(); j++) {
                    cells.add(new SheetCell(r.fields().get(j), Position.csv(name, r.line(), j + 1, "")));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            out.report(Problem.FILE_UNREADABLE, Position.of(name, 1, 1), e.getMessage());
            return null;
        }
        return new Sheet(name, rows);
    }
}
