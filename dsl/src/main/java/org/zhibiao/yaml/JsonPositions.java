package org.zhibiao.yaml;

import org.zhibiao.diag.Position;
import tools.jackson.core.TokenStreamLocation;

/**
 * Jackson's token locations in one JSON file as positions: Jackson's byte parser counts a
 * column in bytes, a finding counts it in UTF-16 code units ({@link Utf16Columns}), as an editor
 * and SARIF do (snakeyaml counts a YAML file's in code points, the same for every character
 * outside the astral planes). Shared by the tree path ({@link TreeReader}) and the binder
 * ({@link JsonBinder}), so both put a value at the same place.
 */
final class JsonPositions {

    private final String file;
    private final int length;
    private final Utf16Columns columns;

    JsonPositions(String file, byte[] bytes) {
        this.file = file;
        this.length = bytes.length;
        this.columns = new Utf16Columns(bytes);
    }

    /** The location's line, and its column in UTF-16 code units. */
    Position of(TokenStreamLocation location) {
        int line = Math.max(location.getLineNr(), 1);
        int column = Math.max(location.getColumnNr(), 1);
        long offset = location.getByteOffset();
        if (offset >= column - 1 && offset <= length) {
            column = columns.column((int) offset - (column - 1), (int) offset);
        }
        return Position.of(file, line, column);
    }
}
