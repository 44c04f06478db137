package org.zhibiao.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PositionPlacesTest {

    @Test
    void aTextPositionPrintsLineAndColumn() {
        assertEquals("decl.yaml:12:5", Position.of("decl.yaml", 12, 5).toString());
        assertNull(Position.of("decl.yaml", 12, 5).cellReference());
    }

    @Test
    void aWorkbookCellPrintsSheetAndA1Reference() {
        Position cell = Position.cell("decl.xlsx", "年度", 14, 7);
        assertEquals("decl.xlsx:年度!G14", cell.toString());
        assertEquals(14, cell.line());
        assertEquals(7, cell.column());
    }

    @Test
    void aSheetNameWithSpacesIsQuotedAsExcelQuotesIt() {
        assertEquals("'年度 指标'!A1", Position.cell("f.xlsx", "年度 指标", 1, 1).cellReference());
        assertEquals("'it''s'!B2", Position.cell("f.xlsx", "it's", 2, 2).cellReference());
    }

    @Test
    void columnLettersCarryPastZ() {
        assertEquals("A", Position.columnLetters(1));
        assertEquals("Z", Position.columnLetters(26));
        assertEquals("AA", Position.columnLetters(27));
        assertEquals("AZ", Position.columnLetters(52));
        assertEquals("BA", Position.columnLetters(53));
        assertEquals("XFD", Position.columnLetters(16384));
    }

    @Test
    void aCsvCellPrintsLineAndHeader() {
        Position cell = Position.csv("form.csv", 12, 8, "指标值");
        assertEquals("form.csv:12:指标值", cell.toString());
        assertEquals("指标值", cell.header());
    }

    @Test
    void movingAPositionKeepsItsKind() {
        assertEquals("f.xlsx:S!C3", Position.cell("f.xlsx", "S", 1, 1).at(3, 3).toString());
    }
}
