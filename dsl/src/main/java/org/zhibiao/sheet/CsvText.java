package org.zhibiao.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.yaml.FileBytes;

/**
 * CSV as spreadsheets read and write it: RFC 4180 fields (quoted fields may hold commas, doubled
 * quotes and line breaks), read into a {@link Sheet} and written so that Excel and LibreOffice open
 * every cell as the text that was typed.
 *
 * <p><b>Reading.</b> Line ends may be CRLF, LF or CR. The bytes are UTF-8, with or without the BOM
 * Excel's "CSV UTF-8" writes; bytes that are not valid UTF-8 are read as GB18030 (what Excel on a
 * Chinese Windows writes as plain "CSV", and a superset of GBK and GB2312), and bytes that are
 * neither are refused at the line of the first bad byte. A UTF-16 file (Excel's "Unicode text") is
 * refused rather than guessed at. A field of the form {@code ="…"} — a formula that only yields
 * text, which is how this writer and many exports keep {@code 0101} or {@code =100%} as text — is
 * read as the text it shows. The caller bounds the size (see {@code FileBytes}).
 *
 * <p><b>Writing.</b> The text starts with a UTF-8 byte-order mark (without it Excel on a Chinese
 * Windows shows mojibake) and ends every line with CRLF, as RFC 4180 says and every spreadsheet
 * accepts. A cell a spreadsheet would not keep as typed — one starting with {@code = + - @}, a tab
 * or CR (a formula, and a way to smuggle one in), or one it would take for a number, date, percent
 * or truth value ({@code 0101}, {@code -5%}, {@code 2021-12-31}, {@code TRUE}) — is written as the
 * formula {@code ="…"}, which both Excel and LibreOffice show as exactly that text; a long one in
 * pieces of 255 characters joined by {@code &}, Excel's limit for a string in a formula.
 */
public final class CsvText {

    /** The byte-order mark every written CSV starts with. */
    public static final char BOM = '\uFEFF';

    /** Excel's longest string constant in a formula. */
    private static final int FORMULA_STRING = 255;

    /**
     * The characters of text a spreadsheet would turn into a number, percent, date, time or
     * currency ({@link #numberish}): the regular expression's {@code \\s}, digits and these signs.
     */
    private static final String NUMBERISH = " \t\n\u000B\f\r0123456789.,:/%+-()$\u00a5\uffe5eE";

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvText() {}

    // --- reading ------------------------------------------------------------------------------

    /**
     * The file's rows as one sheet named after the file. A cell below the first line is positioned by
     * the header above it ({@code form.csv:12:指标值}); a cell of the first line, or under an empty
     * header, by line and column. Blank lines are kept as empty rows, so no row moves.
     */
    public static Result<Sheet> read(byte[] bytes, String file) {
        Diagnostics out = new Diagnostics();
        String text = decode(bytes, file, out);
        if (text == null) {
            return Result.of(null, out);
        }
        List<List<String>> fields = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        if (!parse(text, file, fields, lines, out)) {
            return Result.of(null, out);
        }
        List<String> header = fields.isEmpty() ? List.of() : fields.get(0);
        List<List<SheetCell>> rows = new ArrayList<>(fields.size());
        for (int r = 0; r < fields.size(); r++) {
            List<String> record = fields.get(r);
            int[] starts = lines.get(r);
            List<SheetCell> row = new ArrayList<>(record.size());
            for (int c = 0; c < record.size(); c++) {
                String name = r == 0 || c >= header.size() ? "" : header.get(c).strip();
                Position at = name.isEmpty()
                        ? Position.of(file, starts[c], c + 1)
                        : Position.csv(file, starts[c], c + 1, name);
                row.add(new SheetCell(shown(record.get(c)), at));
            }
            rows.add(row);
        }
        return Result.of(new Sheet(file, rows), out);
    }

    /** The largest CSV file read, in bytes: a province's export of every department's rows fits many times. */
    public static final int MAX_BYTES = 64 << 20;

    /** The file's rows, read through {@link FileBytes}' counted limit; {@code name} is what diagnostics call it. */
    public static Result<Sheet> read(Path path, String name) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = FileBytes.read(path, MAX_BYTES, out);
        return bytes == null ? Result.of(null, out) : read(bytes, name);
    }

    /** The bytes as text: UTF-8 (a leading BOM dropped), else GB18030, else null after reporting where. */
    static String decode(byte[] bytes, String file, Diagnostics out) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            out.report(Problem.CSV_ENCODING, Position.of(file, 1, 1), 1);
            return null;
        }
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return strict(StandardCharsets.UTF_8).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                out.report(
                        Problem.CSV_ENCODING,
                        Position.of(file, lineOfFirstBadByte(bytes, skip), 1),
                        lineOfFirstBadByte(bytes, skip));
                return null;
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The 1-based line holding the first byte that is not UTF-8, for the message. */
    private static int lineOfFirstBadByte(byte[] bytes, int from) {
        var decoder = strict(StandardCharsets.UTF_8);
        var chars = CharBuffer.allocate(bytes.length + 1);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        decoder.decode(in, chars, true);
        int line = 1;
        for (int i = from; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * RFC 4180 records into {@code records}, with the line each field starts on; false after
     * reporting a quote that is never closed. A quote inside an unquoted field is kept as a
     * character, and text after a closing quote is appended, as Excel does.
     */
    private static boolean parse(
            String text, String file, List<List<String>> records, List<int[]> lines, Diagnostics out) {
        Records scan = new Records(text);
        while (scan.i < scan.n) {
            if (!scan.record(records, lines)) {
                out.report(Problem.CSV_UNCLOSED_QUOTE, Position.of(file, scan.opened, scan.column));
                return false;
            }
        }
        return true;
    }

    /** The scan behind {@link #parse}: where it is in the text, and on which line. */
    private static final class Records {

        private final String text;
        private final int n;
        private int i;
        private int line = 1;
        /** Where the last quoted field opened: the line, and the field's place in its record. */
        private int opened;

        private int column;

        Records(String text) {
            this.text = text;
            this.n = text.length();
        }

        /** One record into the lists; false at a quote that is never closed. */
        boolean record(List<List<String>> records, List<int[]> lines) {
            List<String> record = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean any = false;
            int fieldLine = line;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty()) {
                    if (!quoted(field, record.size() + 1)) {
                        return false;
                    }
                    any = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    starts.add(fieldLine);
                    field.setLength(0);
                    fieldLine = line;
                    any = true;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    break;
                } else {
                    field.append(c);
                    any = true;
                    i++;
                }
            }
            if (any) {
                record.add(field.toString());
                starts.add(fieldLine);
            }
            records.add(record);
            lines.add(starts.stream().mapToInt(Integer::intValue).toArray());
            return true;
        }

        /** A quoted field, from its opening quote past its closing one; false when it is never closed. */
        private boolean quoted(StringBuilder field, int fieldColumn) {
            opened = line;
            column = fieldColumn;
            i++;
            while (i < n) {
                char q = text.charAt(i);
                if (q == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    return true;
                }
                if (q == '\n' || (q == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
                    line++;
                }
                field.append(q);
                i++;
            }
            return false;
        }
    }

    /** What a spreadsheet shows for a field: the text of {@code ="…"} (pieces joined by {@code &}), else the field. */
    static String shown(String field) {
        if (!field.startsWith("=\"")) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        int i = 1;
        int n = field.length();
        while (true) {
            if (i >= n || field.charAt(i) != '"') {
                return field;
            }
            i++;
            while (true) {
                if (i >= n) {
                    return field;
                }
                char c = field.charAt(i);
                if (c == '"') {
                    if (i + 1 < n && field.charAt(i + 1) == '"') {
                        text.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                text.append(c);
                i++;
            }
            if (i == n) {
                return text.toString();
            }
            if (field.charAt(i) != '&') {
                return field;
            }
            i++;
        }
    }

    // --- writing ------------------------------------------------------------------------------

    /** The rows as CSV text: BOM first, CRLF after every row, every cell safe to open (see above). */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(4096).append(BOM);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    /** Appends one row and its CRLF. A row of one empty cell is written {@code ""}, so it reads back as a cell. */
    public static void line(StringBuilder out, List<String> row) {
        if (row.size() == 1 && (row.get(0) == null || row.get(0).isEmpty())) {
            out.append("\"\"\r\n");
            return;
        }
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(row.get(i) == null ? "" : row.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell as a CSV field: kept as text by spreadsheets, quoted where RFC 4180 needs it. */
    public static String field(String cell) {
        String safe = opensAsTyped(cell) ? cell : asFormulaText(cell);
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** Whether Excel and LibreOffice show this text as typed when it stands alone in a CSV field. */
    static boolean opensAsTyped(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return false;
        }
        if (cell.equalsIgnoreCase("TRUE") || cell.equalsIgnoreCase("FALSE")) {
            return false;
        }
        return !numberish(cell);
    }

    /**
     * Whether {@code cell} holds only {@link #NUMBERISH} characters and a digit among them: what
     * {@code [C]*[0-9][C]*} matched, in one pass. That pattern backtracks quadratically on a digit
     * run with anything after it, so writing one cell of 50,000 digits and an {@code x} took a minute.
     */
    static boolean numberish(String cell) {
        boolean digit = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (NUMBERISH.indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** {@code ="…"}: a formula whose value is the text, in pieces Excel accepts. */
    static String asFormulaText(String cell) {
        StringBuilder out = new StringBuilder(cell.length() + 8).append('=');
        int i = 0;
        do {
            int end = Math.min(cell.length(), i + FORMULA_STRING);
            if (end < cell.length() && Character.isHighSurrogate(cell.charAt(end - 1))) {
                end--;
            }
            if (i > 0) {
                out.append('&');
            }
            out.append('"').append(cell.substring(i, end).replace("\"", "\"\"")).append('"');
            i = end;
        } while (i < cell.length());
        return out.toString();
    }
}
