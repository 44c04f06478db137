package org.zhibiao.diag;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a model node was written: file, 1-based line and column, and for a cell of a table file
 * the place a clerk would name it by: {@code 年度!G14} in a workbook, the column header in a CSV.
 *
 * <p>A workbook cell keeps its row as the line and its column number as the column, so sorting and
 * SARIF regions work the same for every format; only the printed form differs
 * ({@code decl.xlsx:年度!G14}, {@code form.csv:12:指标值}, {@code decl.yaml:12:5}).
 *
 * <p>Positions never take part in model equality: a template written in Groovy and the same
 * template written in YAML must resolve to equal objects (DESIGN.md, "one model, two front
 * ends"), so {@link #equals} is true for any two positions and {@link #hashCode} is constant.
 */
public final class Position {

    /** The position of a node that was built by code rather than read from a file. */
    public static final Position NONE = new Position("", 0, 0, null, null);

    private final String file;
    private final int line;
    private final int column;
    private final String sheet;
    private final String header;

    private Position(String file, int line, int column, String sheet, String header) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.sheet = sheet;
        this.header = header;
    }

    public static Position of(String file, int line, int column) {
        return new Position(file == null ? "" : file, Math.max(line, 0), Math.max(column, 0), null, null);
    }

    /** A cell of a workbook sheet; row and column are 1-based ({@code 年度!G14} is row 14, column 7). */
    public static Position cell(String file, String sheet, int row, int column) {
        return new Position(
                file == null ? "" : file, Math.max(row, 0), Math.max(column, 0), sheet == null ? "" : sheet, null);
    }

    /** A cell of a CSV file: its 1-based line and column, named by the column's printed header. */
    public static Position csv(String file, int line, int column, String header) {
        return new Position(
                file == null ? "" : file, Math.max(line, 0), Math.max(column, 0), null, header == null ? "" : header);
    }

    /** The sheet of a workbook cell, or null for a position in a text file. */
    public String sheet() {
        return sheet;
    }

    /** The printed column header of a CSV cell, or null for other positions. */
    public String header() {
        return header;
    }

    /**
     * The cell in A1 notation with its sheet ({@code 年度!G14}), or null when this is not a
     * workbook cell. A sheet name that is not a plain word is quoted the way Excel quotes it.
     */
    public String cellReference() {
        if (sheet == null) {
            return null;
        }
        boolean plain = !sheet.isEmpty() && sheet.codePoints().allMatch(Character::isLetterOrDigit);
        String name = plain ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + columnLetters(Math.max(column, 1)) + Math.max(line, 1);
    }

    /** Excel's column letters: 1 is A, 26 is Z, 27 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** Whether this position points into a real file. */
    @JsonIgnore
    public boolean isKnown() {
        return line > 0;
    }

    /** A position in the same file, moved to another line and column. */
    public Position at(int newLine, int newColumn) {
        return new Position(file, newLine, newColumn, sheet, header);
    }

    /** {@code file:line:col}; a file with no line falls back to {@code file:1:1} as Spock does. */
    @Override
    public String toString() {
        String name = file.isEmpty() ? "<input>" : file;
        if (sheet != null) {
            return name + ":" + cellReference();
        }
        if (header != null && !header.isEmpty()) {
            return name + ":" + Math.max(line, 1) + ":" + header;
        }
        return name + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Position;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
