package org.zhibiao.yaml;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Goals;
import org.zhibiao.model.LevelScore;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.target.Target;

/**
 * Writes a {@link Declaration} as the very text Jackson's pretty-printing mapper writes for it
 * ({@link Documents#toJsonByJackson}), without Jackson. [#7] a bulk {@code new --format json}
 * spent a fifth of its time in Jackson's serialiser, about 100 µs per declaration under C1;
 * this writer knows the declaration's few record types and writes them straight into one buffer.
 *
 * <p>Jackson stays the reference: the layout here is its {@code DefaultPrettyPrinter} (objects one
 * key a line, two spaces a level, {@code "key" : value}, arrays inline as {@code [ a, b ]}, an empty
 * object {@code { }}), its escaping (the two quotes, backslash and control characters, nothing
 * else), {@code WRITE_BIGDECIMAL_AS_PLAIN} and {@code NON_EMPTY} (no null, empty string or empty
 * list; zero and empty records are kept). Whatever it cannot match for certain it refuses with null
 * and the caller uses Jackson. DeclarationJsonTest holds the two to byte equality.
 */
final class DeclarationJson {

    /** Jackson's {@code DefaultIndenter} breaks lines with the platform's separator. */
    private static final boolean PLAIN_NEWLINES = "\n".equals(System.lineSeparator());

    /** Jackson refuses to write a plain BigDecimal of a larger scale either way. */
    private static final int MAX_SCALE = 9999;

    /** A line break and the indentation of each depth, made once. */
    private static final char[][] INDENTS = new char[16][];

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Each key as it is written at each depth, {@code ,\n    "name" : }, made once. [#7] one copy
     * per key: under C1 every {@code System.arraycopy} is a call, and a declaration has 800 keys.
     */
    private static final char[][] KIND = key("kind");

    private static final char[][] TEMPLATE = key("template");
    private static final char[][] STAGE = key("stage");
    private static final char[][] GRADE = key("grade");
    private static final char[][] DEPARTMENT = key("department");
    private static final char[][] CODE = key("code");
    private static final char[][] YEAR = key("year");
    private static final char[][] UNIT = key("unit");
    private static final char[][] CONTACT = key("contact");
    private static final char[][] FUNCTIONS = key("functions");
    private static final char[][] TASKS = key("tasks");
    private static final char[][] ORGANISATION = key("organisation");
    private static final char[][] FUNDS = key("funds");
    private static final char[][] PROJECTS = key("projects");
    private static final char[][] GOALS = key("goals");
    private static final char[][] TABLES = key("tables");
    private static final char[][] PREPARER = key("preparer");
    private static final char[][] PHONE = key("phone");
    private static final char[][] DATE = key("date");
    private static final char[][] NAME = key("name");
    private static final char[][] KEY_WORK = key("keyWork");
    private static final char[][] INDICATORS = key("indicators");
    private static final char[][] SLOT = key("slot");
    private static final char[][] REF = key("ref");
    private static final char[][] TARGET = key("target");
    private static final char[][] HALF_YEAR = key("halfYear");
    private static final char[][] BASIS = key("basis");
    private static final char[][] CATEGORY = key("category");
    private static final char[][] INCOME = key("income");
    private static final char[][] EXPENDITURE = key("expenditure");
    private static final char[][] ITEMS = key("items");
    private static final char[][] TOTAL = key("total");
    private static final char[][] AMOUNT = key("amount");
    private static final char[][] SHARE = key("share");
    private static final char[][] PREV_1 = key("prev1");
    private static final char[][] PREV_2 = key("prev2");
    private static final char[][] COMPUTED = key("computed");
    private static final char[][] CURRENT_YEAR = key("currentYear");
    private static final char[][] PURPOSE = key("purpose");
    private static final char[][] UNTIL = key("until");
    private static final char[][] LONG_TERM = key("longTerm");
    private static final char[][] ANNUAL = key("annual");
    private static final char[][] ACHIEVED = key("achieved");
    private static final char[][] SUBTOTALS = key("subtotals");
    private static final char[][] WEIGHT = key("weight");
    private static final char[][] POINTS = key("points");
    private static final char[][] SCORE = key("score");
    private static final char[][] ROWS = key("rows");
    private static final char[][] LEVEL_1 = key("level1");
    private static final char[][] LEVEL_2 = key("level2");
    private static final char[][] LEVEL_3 = key("level3");
    private static final char[][] FULL_YEAR = key("fullYear");
    private static final char[][] ORIGIN = key("origin");

    static {
        for (int i = 0; i < INDENTS.length; i++) {
            INDENTS[i] = ("\n" + "  ".repeat(i)).toCharArray();
        }
    }

    /**
     * The text so far. [#7] a char array, not a StringBuilder: under C1 a builder copies appended
     * ranges char by char, while {@code String.getChars} and {@code System.arraycopy} copy whole.
     */
    private char[] out;

    private int length;
    private int depth;

    /**
     * Each thread's buffer, kept between declarations: a fresh 64 KB array each time cost the
     * zeroing and the collections. Outgrown buffers beyond {@link #KEPT} are not kept.
     */
    private static final ThreadLocal<char[]> BUFFERS = ThreadLocal.withInitial(() -> new char[32 * 1024]);

    private static final int KEPT = 1 << 20;

    private DeclarationJson(char[] out) {
        this.out = out;
    }

    /** The declaration as {@code toJson} writes it, final newline included, or null to ask Jackson. */
    static String write(Declaration d) {
        if (!PLAIN_NEWLINES) {
            return null;
        }
        DeclarationJson w = new DeclarationJson(BUFFERS.get());
        try {
            w.declaration(d);
        } catch (Unsupported e) {
            return null;
        }
        w.append('\n');
        if (w.out.length <= KEPT) {
            BUFFERS.set(w.out);
        }
        return new String(w.out, 0, w.length);
    }

    /** Something this writer cannot be sure to write as Jackson does. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private void declaration(Declaration d) {
        open();
        boolean any = true;
        key(false, KIND);
        string(DocumentType.DECLARATION.kind());
        any = string(any, TEMPLATE, d.template());
        any = string(any, STAGE, d.stage() == null ? null : d.stage().label());
        any = string(any, DEPARTMENT, d.department());
        any = string(any, CODE, d.code());
        any = number(any, YEAR, d.year());
        any = string(any, UNIT, d.unit());
        if (d.contact() != null) {
            key(any, CONTACT);
            contact(d.contact());
            any = true;
        }
        if (!d.functions().isEmpty()) {
            key(any, FUNCTIONS);
            openArray();
            for (int i = 0; i < d.functions().size(); i++) {
                item(i);
                function(d.functions().get(i));
            }
            closeArray();
            any = true;
        }
        any = string(any, TASKS, d.tasks());
        any = string(any, ORGANISATION, d.organisation());
        if (d.funds() != null) {
            key(any, FUNDS);
            funds(d.funds());
            any = true;
        }
        if (!d.projects().isEmpty()) {
            key(any, PROJECTS);
            openArray();
            for (int i = 0; i < d.projects().size(); i++) {
                item(i);
                project(d.projects().get(i));
            }
            closeArray();
            any = true;
        }
        if (d.goals() != null) {
            key(any, GOALS);
            goals(d.goals());
            any = true;
        }
        if (!d.tables().isEmpty()) {
            key(any, TABLES);
            openArray();
            for (int i = 0; i < d.tables().size(); i++) {
                item(i);
                table(d.tables().get(i));
            }
            closeArray();
            any = true;
        }
        if (!d.subtotals().isEmpty()) {
            key(any, SUBTOTALS);
            openArray();
            for (int i = 0; i < d.subtotals().size(); i++) {
                item(i);
                subtotal(d.subtotals().get(i));
            }
            closeArray();
            any = true;
        }
        any = number(any, TOTAL, d.total());
        any = string(any, GRADE, d.grade());
        close(any);
    }

    /** A scored self-evaluation's 小计 of one 一级 (issue 16). */
    private void subtotal(LevelScore s) {
        open();
        boolean any = false;
        any = string(any, LEVEL_1, s.level1());
        any = number(any, WEIGHT, s.weight());
        any = number(any, POINTS, s.points());
        any = number(any, SCORE, s.score());
        close(any);
    }

    private void contact(Contact c) {
        open();
        boolean any = false;
        any = string(any, PREPARER, c.preparer());
        any = string(any, PHONE, c.phone());
        any = string(any, DATE, c.date());
        close(any);
    }

    private void function(Function f) {
        open();
        boolean any = false;
        any = string(any, NAME, f.name());
        any = string(any, KEY_WORK, f.keyWork());
        if (!f.indicators().isEmpty()) {
            key(any, INDICATORS);
            openArray();
            for (int i = 0; i < f.indicators().size(); i++) {
                item(i);
                indicator(f.indicators().get(i));
            }
            closeArray();
            any = true;
        }
        close(any);
    }

    private void indicator(ProfileIndicator p) {
        open();
        boolean any = false;
        any = string(any, SLOT, p.slot());
        any = string(any, NAME, p.name());
        any = string(any, REF, p.ref());
        any = target(any, TARGET, p.target());
        any = target(any, HALF_YEAR, p.halfYear());
        any = string(any, BASIS, p.basis());
        any = string(any, CATEGORY, p.category());
        close(any);
    }

    private void funds(Funds f) {
        open();
        boolean any = false;
        if (f.income() != null) {
            key(any, INCOME);
            block(f.income());
            any = true;
        }
        if (f.expenditure() != null) {
            key(any, EXPENDITURE);
            block(f.expenditure());
            any = true;
        }
        close(any);
    }

    private void block(FundBlock b) {
        open();
        boolean any = false;
        if (!b.items().isEmpty()) {
            key(any, ITEMS);
            openArray();
            for (int i = 0; i < b.items().size(); i++) {
                item(i);
                line(b.items().get(i));
            }
            closeArray();
            any = true;
        }
        if (b.total() != null) {
            key(any, TOTAL);
            line(b.total());
            any = true;
        }
        close(any);
    }

    private void line(FundLine l) {
        open();
        boolean any = false;
        any = string(any, NAME, l.name());
        any = number(any, AMOUNT, l.amount());
        any = number(any, SHARE, l.share());
        any = number(any, PREV_1, l.prev1());
        any = number(any, PREV_2, l.prev2());
        any = number(any, HALF_YEAR, l.halfYear());
        any = strings(any, COMPUTED, l.computed());
        any = cells(any, l.cells());
        close(any);
    }

    private void project(Project p) {
        open();
        boolean any = false;
        any = string(any, NAME, p.name());
        any = string(any, CATEGORY, p.category());
        any = number(any, TOTAL, p.total());
        any = number(any, CURRENT_YEAR, p.currentYear());
        any = number(any, HALF_YEAR, p.halfYear());
        any = string(any, PURPOSE, p.purpose());
        close(any);
    }

    private void goals(Goals g) {
        open();
        boolean any = false;
        any = number(any, UNTIL, g.until());
        any = strings(any, LONG_TERM, g.longTerm());
        any = strings(any, ANNUAL, g.annual());
        any = strings(any, ACHIEVED, g.achieved());
        close(any);
    }

    private void table(Table t) {
        open();
        boolean any = false;
        any = string(any, NAME, t.name());
        if (!t.rows().isEmpty()) {
            key(any, ROWS);
            openArray();
            for (int i = 0; i < t.rows().size(); i++) {
                item(i);
                row(t.rows().get(i));
            }
            closeArray();
            any = true;
        }
        close(any);
    }

    private void row(Row r) {
        open();
        boolean any = false;
        any = string(any, LEVEL_1, r.level1());
        any = string(any, LEVEL_2, r.level2());
        any = string(any, KEY_WORK, r.keyWork());
        any = string(any, LEVEL_3, r.level3());
        any = string(any, PREV_2, r.prev2());
        any = string(any, PREV_1, r.prev1());
        any = string(any, TARGET, r.target());
        any = string(any, HALF_YEAR, r.halfYear());
        any = string(any, FULL_YEAR, r.fullYear());
        any = string(any, BASIS, r.basis());
        any = string(any, CATEGORY, r.category());
        any = string(any, REF, r.ref());
        // an enum is written by its @JsonValue label
        any = string(any, ORIGIN, r.origin() == null ? null : r.origin().label());
        any = string(any, SLOT, r.slot());
        any = cells(any, r.cells());
        close(any);
    }

    /** A template's declared (or a stage's) columns, after the record's own keys as Jackson's any-getter writes them. */
    private boolean cells(boolean any, Map<String, Cell> cells) {
        boolean written = any;
        for (Map.Entry<String, Cell> cell : cells.entrySet()) {
            if (!cell.getValue().text().isEmpty()) {
                dynamicKey(written, cell.getKey());
                string(cell.getValue().text());
                written = true;
            }
        }
        return written;
    }

    // ---- DefaultPrettyPrinter's layout ----

    private void open() {
        append('{');
        depth++;
    }

    /** {@code any}: whether the object has a key already. */
    private void close(boolean any) {
        depth--;
        if (any) {
            indent();
        } else {
            append(' ');
        }
        append('}');
    }

    /** {@code any}: whether the object has a key already, and the comma is to be written. */
    private void key(boolean any, char[][] key) {
        if (depth >= INDENTS.length) {
            throw new Unsupported();
        }
        char[] text = key[depth];
        int from = any ? 0 : 1;
        int n = text.length - from;
        reserve(n);
        System.arraycopy(text, from, out, length, n);
        length += n;
    }

    /** A key as written after the comma: the model's component names have nothing in them to escape. */
    /** A key known only when writing: a template's column id, escaped as a string is. */
    private void dynamicKey(boolean any, String name) {
        if (depth >= INDENTS.length) {
            throw new Unsupported();
        }
        String prefix = (any ? ",\n" : "\n") + "  ".repeat(depth);
        append(prefix);
        string(name);
        append(" : ");
    }

    private static char[][] key(String name) {
        char[][] byDepth = new char[INDENTS.length][];
        for (int depth = 0; depth < byDepth.length; depth++) {
            byDepth[depth] = (",\n" + "  ".repeat(depth) + '"' + name + "\" : ").toCharArray();
        }
        return byDepth;
    }

    private void indent() {
        if (depth >= INDENTS.length) {
            throw new Unsupported();
        }
        char[] indent = INDENTS[depth];
        reserve(indent.length);
        System.arraycopy(indent, 0, out, length, indent.length);
        length += indent.length;
    }

    /** Arrays are never empty here: NON_EMPTY leaves empty lists out. */
    private void openArray() {
        append('[');
        append(' ');
    }

    private void item(int index) {
        if (index > 0) {
            append(',');
            append(' ');
        }
    }

    private void closeArray() {
        append(' ');
        append(']');
    }

    // ---- the buffer ----

    private void reserve(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private void append(char c) {
        if (length == out.length) {
            reserve(1);
        }
        out[length++] = c;
    }

    private void append(String s) {
        int n = s.length();
        reserve(n);
        s.getChars(0, n, out, length);
        length += n;
    }

    // ---- NON_EMPTY values ----

    private boolean string(boolean any, char[][] name, String value) {
        if (value == null || value.isEmpty()) {
            return any;
        }
        key(any, name);
        string(value);
        return true;
    }

    /** A 指标值 is written as its {@code print()} (TargetMixin), and left out when that is empty. */
    private boolean target(boolean any, char[][] name, Target value) {
        return value == null ? any : string(any, name, value.print());
    }

    private boolean number(boolean any, char[][] name, Integer value) {
        if (value == null) {
            return any;
        }
        key(any, name);
        append(Integer.toString(value));
        return true;
    }

    private boolean number(boolean any, char[][] name, BigDecimal value) {
        if (value == null) {
            return any;
        }
        int scale = value.scale();
        if (scale < -MAX_SCALE || scale > MAX_SCALE) {
            throw new Unsupported();
        }
        key(any, name);
        append(value.toPlainString());
        return true;
    }

    /** Items are written as they are, empty strings too: content inclusion does not reach list items. */
    private boolean strings(boolean any, char[][] name, List<String> values) {
        if (values.isEmpty()) {
            return any;
        }
        key(any, name);
        openArray();
        for (int i = 0; i < values.size(); i++) {
            item(i);
            String value = values.get(i);
            if (value == null) {
                throw new Unsupported();
            }
            string(value);
        }
        closeArray();
        return true;
    }

    /**
     * A quoted string, escaped as Jackson's default escapes do: {@code "} and {@code \}, the short
     * forms {@code \b \t \n \f \r}, other control characters as <code>&#92;u00XX</code> in upper case hex;
     * {@code /}, DEL, U+2028/9, other non-ASCII and lone surrogates stay as they are.
     */
    private void string(String s) {
        append('"');
        int start = length;
        append(s);
        char[] chars = out;
        for (int i = start; i < length; i++) {
            char c = chars[i];
            if (c < ' ' || c == '"' || c == '\\') {
                escape(s, i - start, start);
                break;
            }
        }
        append('"');
    }

    /** Rewrites {@code s}, copied from {@code start}, escaped from its index {@code from} on. */
    private void escape(String s, int from, int start) {
        length = start + from;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\') {
                append(c);
                continue;
            }
            append('\\');
            switch (c) {
                case '"' -> append('"');
                case '\\' -> append('\\');
                case '\b' -> append('b');
                case '\t' -> append('t');
                case '\n' -> append('n');
                case '\f' -> append('f');
                case '\r' -> append('r');
                default -> {
                    append('u');
                    append('0');
                    append('0');
                    append(HEX[c >> 4]);
                    append(HEX[c & 0xF]);
                }
            }
        }
    }
}
