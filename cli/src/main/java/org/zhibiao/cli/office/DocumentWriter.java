package org.zhibiao.cli.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.zhibiao.sheet.PrintedField;
import org.zhibiao.sheet.PrintedForm;
import org.zhibiao.sheet.PrintedSheet;
import org.zhibiao.sheet.PrintedTable;

/**
 * A {@link PrintedForm} as a Word document for printing and filing: A4 landscape, each sheet of the
 * form from a new page, its title centred, the header block as a two-column table, then each table
 * with its header row repeated on every page and its 一级/二级 cells merged down their rows, as
 * the workbook merges them. The template's {@code id@version} is recorded as the same custom
 * property the workbook carries.
 */
public final class DocumentWriter {

    /** A4 in twentieths of a point, landscape. */
    private static final int A4_LONG = 16838;

    private static final int A4_SHORT = 11906;
    private static final int MARGIN = 1134;

    private DocumentWriter() {}

    /** Writes the document to {@code out}, which stays open. */
    public static void write(PrintedForm form, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreator("zhibiao");
            doc.getProperties().getCustomProperties().addProperty(WorkbookWriter.TEMPLATE_PROPERTY, form.template());
            landscape(doc);
            boolean first = true;
            for (PrintedSheet sheet : form.sheets()) {
                sheet(doc, sheet, first);
                first = false;
            }
            doc.write(out);
        }
    }

    private static void landscape(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_LONG));
        size.setH(BigInteger.valueOf(A4_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    private static void sheet(XWPFDocument doc, PrintedSheet sheet, boolean first) {
        boolean pageBreak = !first;
        for (String line : sheet.titles()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setPageBreak(pageBreak);
            pageBreak = false;
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(line);
        }
        if (!sheet.header().isEmpty()) {
            XWPFTable table = doc.createTable(sheet.header().size(), 2);
            width(table);
            for (int i = 0; i < sheet.header().size(); i++) {
                PrintedField field = sheet.header().get(i);
                text(table.getRow(i).getCell(0), field.label(), true);
                text(table.getRow(i).getCell(1), field.value(), false);
            }
        }
        for (PrintedTable printed : sheet.tables()) {
            XWPFParagraph p = doc.createParagraph();
            p.setPageBreak(pageBreak);
            pageBreak = false;
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(printed.title());
            table(doc, printed);
        }
    }

    private static void table(XWPFDocument doc, PrintedTable all) {
        PrintedTable printed = all.visible(); // zhibiao's bookkeeping columns are not printed
        int columns = printed.columns().size();
        XWPFTable table = doc.createTable(printed.rows().size() + 1, columns);
        width(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            text(header.getCell(c), printed.columns().get(c).header(), true);
        }
        for (int i = 0; i < printed.rows().size(); i++) {
            List<String> cells = printed.rows().get(i).cells();
            XWPFTableRow row = table.getRow(i + 1);
            for (int c = 0; c < columns; c++) {
                boolean merged = printed.columns().get(c).merge();
                boolean continues = merged && i > 0 && !cells.get(c).isEmpty() && sameRun(printed, c, i - 1, i);
                boolean starts = merged
                        && !continues
                        && i + 1 < printed.rows().size()
                        && !cells.get(c).isEmpty()
                        && sameRun(printed, c, i, i + 1);
                XWPFTableCell cell = row.getCell(c);
                if (continues) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                } else {
                    if (starts) {
                        cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    }
                    text(cell, cells.get(c), false);
                }
            }
        }
    }

    /** Equal values in this and every merged column to its left. */
    private static boolean sameRun(PrintedTable table, int c, int a, int b) {
        for (int k = 0; k <= c; k++) {
            if ((k == c || table.columns().get(k).merge())
                    && !table.rows()
                            .get(a)
                            .cells()
                            .get(k)
                            .equals(table.rows().get(b).cells().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static void width(XWPFTable table) {
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW()
                ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
    }

    private static void text(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        String[] lines = value.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
