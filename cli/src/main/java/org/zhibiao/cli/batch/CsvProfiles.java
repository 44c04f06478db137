package org.zhibiao.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Profile;

/**
 * Department profiles from a CSV file, one department per line, read lazily. The header names
 * the columns in any order, in English or Chinese:
 * {@code department (部门), code (单位编码), year (年度), preparer (填报人), phone (联系电话), date (填报日期)};
 * only {@code department} is required. Values are trimmed; {@code code} and {@code phone} stay text.
 */
public final class CsvProfiles implements Iterator<CsvProfiles.Row>, AutoCloseable {

    /** The header a user is shown when theirs is wrong. */
    public static final String EXAMPLE = "department,code,year,preparer,phone,date";

    private static final Map<String, String> COLUMNS = columns();

    /**
     * One department.
     *
     * @param profile the profile, or null when the line cannot be used
     * @param name the output name it asks for: its code, or its department when it has none
     * @param problem why the line cannot be used, or null
     * @param position where the line is
     */
    public record Row(Profile profile, String name, Diagnostic problem, Position position) {}

    private final String file;
    private final Csv csv;
    private final List<String> header = new ArrayList<>();
    private Row next;

    private CsvProfiles(String file, Csv csv, Diagnostic unreadable) {
        this.file = file;
        this.csv = csv;
        this.next = unreadable != null ? failure(unreadable) : headerProblem(csv.next());
    }

    /** Opens the file; a missing or unreadable one yields one row that says so. */
    public static CsvProfiles open(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            // #13: /dev/zero or a FIFO as the CSV; opening a FIFO would block until a writer comes
            Diagnostic why = Files.exists(path)
                    ? Problem.NOT_A_FILE.at(Position.of(file, 1, 1), new Object[] {"目录、设备或管道"}, new Object[] {
                        "a directory, device or pipe"
                    })
                    : Problem.FILE_UNREADABLE.at(Position.of(file, 1, 1), "文件不存在 / no such file");
            return new CsvProfiles(file, null, why);
        }
        try {
            return new CsvProfiles(file, new Csv(file, Files.newInputStream(path)), null);
        } catch (IOException e) {
            return new CsvProfiles(
                    file,
                    null,
                    Problem.FILE_UNREADABLE.at(
                            Position.of(file, 1, 1), e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Row headerProblem(Csv.Line first) {
        if (first == null) {
            return failure(BatchProblem.CSV_EMPTY.at(Position.of(file, 1, 1), EXAMPLE));
        }
        if (first.problem() != null) {
            return failure(first.problem());
        }
        for (String name : first.fields()) {
            String column = COLUMNS.get(name.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                return failure(BatchProblem.CSV_HEADER
                        .at(Position.of(file, 1, 1), name.strip(), EXAMPLE)
                        .withHint(DidYouMean.hint(name.strip(), COLUMNS.keySet())));
            }
            header.add(column);
        }
        return header.contains("department")
                ? null
                : failure(BatchProblem.CSV_NO_DEPARTMENT.at(Position.of(file, 1, 1), EXAMPLE));
    }

    private Row failure(Diagnostic problem) {
        header.clear();
        return new Row(null, null, problem, problem.position());
    }

    @Override
    public boolean hasNext() {
        if (next == null && !header.isEmpty()) {
            Csv.Line record = csv.next();
            next = record == null ? null : row(record);
            if (next == null) {
                header.clear();
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    private Row row(Csv.Line record) {
        Position at = Position.of(file, record.line(), 1);
        Diagnostic problem = record.problem() != null ? record.problem() : fieldCount(record, at);
        if (problem == null) {
            Map<String, String> values = values(record);
            problem = valueProblem(values, at);
            if (problem == null) {
                return profile(values, at);
            }
        }
        return new Row(null, null, problem, at);
    }

    private Diagnostic fieldCount(Csv.Line record, Position at) {
        int fields = record.fields().size();
        return fields == header.size() ? null : BatchProblem.CSV_FIELDS.at(at, fields, header.size());
    }

    /** The record's values by column key, blank ones as null. */
    private Map<String, String> values(Csv.Line record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = record.fields().get(i).strip();
            values.put(header.get(i), value.isEmpty() ? null : value);
        }
        return values;
    }

    private static Diagnostic valueProblem(Map<String, String> values, Position at) {
        if (values.get("department") == null) {
            return badValue("department", "", Text.WORD_NAME, at);
        }
        String year = values.get("year");
        if (year != null && !year.matches("[12][0-9]{3}")) {
            return badValue("year", year, Text.WORD_YEAR, at);
        }
        return null;
    }

    private static Diagnostic badValue(String key, String value, Text expected, Position at) {
        return BatchProblem.CSV_VALUE.at(at, new Object[] {key, value, expected.format(Lang.ZH)}, new Object[] {
            key, value, expected.format(Lang.EN)
        });
    }

    private static Row profile(Map<String, String> values, Position at) {
        String department = values.get("department");
        String year = values.get("year");
        Contact contact = values.get("preparer") == null && values.get("phone") == null && values.get("date") == null
                ? null
                : new Contact(values.get("preparer"), values.get("phone"), values.get("date"), at);
        String code = values.get("code");
        Profile profile = new Profile(
                department,
                code,
                year == null ? null : Integer.valueOf(year),
                contact,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                at);
        return new Row(profile, code != null ? code : department, null, at);
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String[] names : new String[][] {
            {"department", "部门", "部门名称", "单位", "单位名称"},
            {"code", "单位编码", "编码", "部门编码"},
            {"year", "年度", "年份"},
            {"preparer", "填报人"},
            {"phone", "联系电话", "电话"},
            {"date", "填报日期", "日期"}
        }) {
            for (String name : names) {
                columns.put(name, names[0]);
            }
        }
        return columns;
    }
}
