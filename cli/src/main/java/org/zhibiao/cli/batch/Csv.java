package org.zhibiao.cli.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;

/**
 * A streaming RFC 4180 reader: comma separated, fields in double quotes may hold commas, quotes
 * written twice and line breaks; LF or CRLF line ends; strict UTF-8. A byte-order mark at the
 * very start is skipped, because Excel's "CSV UTF-8" writes one and that is how finance
 * departments make these files (YAML documents refuse a BOM; a CSV is a spreadsheet export, not a
 * document people edit by hand). Blank lines are skipped. One record is held at a time.
 */
public final class Csv implements Closeable {

    /**
     * One line of the file.
     *
     * @param line the 1-based line the record starts on
     * @param fields the fields, unquoted
     * @param problem why the record cannot be used, or null
     */
    public record Line(int line, List<String> fields, Diagnostic problem) {}

    private static final int EOF = -1;

    /**
     * The longest record, in bytes of a line and characters of a record: a department's line is a
     * few hundred bytes. #13: a 300 MB line was read into memory whole and ended in OutOfMemoryError.
     */
    static final int MAX_RECORD = 64 * 1024;

    /** A line or record longer than {@link #MAX_RECORD}; the file is not read further. */
    private static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null);
        }
    }

    private final String file;
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private String current = "";
    private int index;
    private int line = 1;
    private int peeked = -2;
    private boolean ended;
    private boolean started;
    private int recordChars;
    /** The current record's first problem, or null. */
    private Diagnostic problem;

    public Csv(String file, InputStream bytes) {
        this.file = file;
        this.in = new BufferedInputStream(bytes, 1 << 16);
    }

    /** The next non-blank record, or null at the end; a coding error ends the file after its record. */
    public Line next() {
        while (!ended) {
            int start = line;
            try {
                Line record = record(start);
                if (record != null) {
                    return record;
                }
            } catch (CharacterCodingException e) {
                ended = true;
                return new Line(start, List.of(), BatchProblem.CSV_NOT_UTF8.at(Position.of(file, line, 1), line));
            } catch (TooLong e) {
                ended = true;
                return new Line(
                        start, List.of(), BatchProblem.CSV_TOO_LONG.at(Position.of(file, start, 1), MAX_RECORD / 1024));
            } catch (IOException e) {
                ended = true;
                return new Line(
                        start,
                        List.of(),
                        Problem.FILE_UNREADABLE.at(
                                Position.of(file, line, 1), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return null;
    }

    /** One record, or null for a blank line. */
    private Line record(int start) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        problem = null;
        recordChars = 0;
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                c = quotedField(field);
            }
            if (!isSeparator(c)) {
                field.append((char) c);
                continue;
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                return endOfRecord(start, fields, c);
            }
        }
    }

    /** Reads a quoted field and what follows its closing quote; returns the separator after it. */
    private int quotedField(StringBuilder field) throws IOException {
        note(quoted(field));
        int c = read();
        if (!isSeparator(c)) {
            note(BatchProblem.CSV_QUOTE.at(Position.of(file, line, 1), "text after a closing quote"));
        }
        while (!isSeparator(c)) {
            c = read();
        }
        return c;
    }

    /** The record that ends at a line feed or the end of the file, or null for a blank line. */
    private Line endOfRecord(int start, List<String> fields, int c) {
        ended = c == EOF;
        if (c == '\n') {
            line++;
        }
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        return blank && problem == null ? null : new Line(start, fields, problem);
    }

    private static boolean isSeparator(int c) {
        return c == ',' || c == '\n' || c == EOF;
    }

    /** Keeps the record's first problem: the rest follow from it. */
    private void note(Diagnostic found) {
        if (problem == null) {
            problem = found;
        }
    }

    /** Reads a quoted field's content after its opening quote, up to and including its closing quote. */
    private Diagnostic quoted(StringBuilder field) throws IOException {
        int opened = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                return BatchProblem.CSV_QUOTE.at(Position.of(file, opened, 1), "no closing quote before the end");
            }
            if (c == '"') {
                if (peek() != '"') {
                    return null;
                }
                read();
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    /** The next character, with CRLF read as LF and a leading BOM skipped; a record is bounded. */
    private int read() throws IOException {
        if (++recordChars > MAX_RECORD) {
            throw new TooLong();
        }
        int c = peeked != -2 ? peeked : character();
        peeked = -2;
        if (c == '\uFEFF' && !started) {
            started = true;
            c = character();
        }
        started = true;
        if (c == '\r') {
            if (peek() == '\n') {
                peeked = -2;
            }
            return '\n';
        }
        return c;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = character();
        }
        return peeked;
    }

    /**
     * The next character of the file. Lines are decoded one at a time (a line feed byte is never
     * part of a multi-byte UTF-8 or GBK character), so a coding error is reported at its own line.
     */
    private int character() throws IOException {
        if (index == current.length()) {
            bytes.reset();
            int b = in.read();
            while (b != -1 && b != '\n') {
                if (bytes.size() >= MAX_RECORD) {
                    throw new TooLong();
                }
                bytes.write(b);
                b = in.read();
            }
            if (b == '\n') {
                bytes.write(b);
            }
            if (bytes.size() == 0) {
                return EOF;
            }
            current = utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            index = 0;
        }
        return current.charAt(index++);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
