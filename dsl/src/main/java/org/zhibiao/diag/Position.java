package org.zhibiao.diag;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Where a model node was written: file, 1-based line and column.
 *
 * <p>Positions never take part in model equality: a template written in Groovy and the same
 * template written in YAML must resolve to equal objects (DESIGN.md, "one model, two front
 * ends"), so {@link #equals} is true for any two positions and {@link #hashCode} is constant.
 */
public final class Position {

    /** The position of a node that was built by code rather than read from a file. */
    public static final Position NONE = new Position("", 0, 0);

    private final String file;
    private final int line;
    private final int column;

    private Position(String file, int line, int column) {
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public static Position of(String file, int line, int column) {
        return new Position(file == null ? "" : file, Math.max(line, 0), Math.max(column, 0));
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
        return new Position(file, newLine, newColumn);
    }

    /** {@code file:line:col}; a file with no line falls back to {@code file:1:1} as Spock does. */
    @Override
    public String toString() {
        String name = file.isEmpty() ? "<input>" : file;
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
