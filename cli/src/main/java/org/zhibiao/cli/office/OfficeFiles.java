package org.zhibiao.cli.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.shape.PrintedForms;
import org.zhibiao.sheet.Workbook;

/**
 * The door to the Office writers that takes and gives only zhibiao's and Java's own types, so the
 * commands can name it without loading POI (StartupClassesTest): its classes load when a method
 * here first runs.
 */
public final class OfficeFiles {

    private OfficeFiles() {}

    /** The declaration as an xlsx workbook. */
    public static byte[] xlsx(Declaration declaration, Template template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            WorkbookWriter.write(PrintedForms.of(declaration, template), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * The workbook at {@code file} as sheets of the text a person saw, and the template it records;
     * {@code name} is what findings call the file ({@link WorkbookReader}: hostile files refused).
     */
    public static Result<Workbook> workbook(Path file, String name) {
        return WorkbookReader.read(file, name);
    }

    /** The declaration as a docx document. */
    public static byte[] docx(Declaration declaration, Template template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            DocumentWriter.write(PrintedForms.of(declaration, template), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
