package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Labelled;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * What one run of a DSL script shares between its delegates: the file, the position of the DSL
 * call being run, the diagnostics collected so far, and the templates and libraries defined.
 * Converts raw arguments (指标值 text, enum labels, numbers) and reports bad ones at the call.
 */
final class DslContext {

    private final String file;
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Template> templates = new ArrayList<>();
    private final List<Library> libraries = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private int line;
    private int column;

    private final Duration ruleTimeLimit;

    DslContext(String file) {
        this(file, GroovyReader.DEFAULT_TIME_LIMIT);
    }

    DslContext(String file, Duration ruleTimeLimit) {
        this.file = file;
        this.ruleTimeLimit = ruleTimeLimit;
    }

    /** How long a closure rule of this script may take over one declaration: the reader's own limit. */
    Duration ruleTimeLimit() {
        return ruleTimeLimit;
    }

    void mark(int newLine, int newColumn) {
        line = newLine;
        column = newColumn;
    }

    /** The position of the DSL call now running; {@link Position#NONE}-like when built from Java. */
    Position here() {
        return Position.of(file, line, column);
    }

    String file() {
        return file;
    }

    void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** A checker rule the script wrote as a closure. */
    void defineRule(Rule rule) {
        rules.add(rule);
    }

    List<Rule> rules() {
        return List.copyOf(rules);
    }

    void define(Template template) {
        templates.add(template);
    }

    void define(Library library) {
        libraries.add(library);
    }

    List<Template> templates() {
        return templates;
    }

    List<Library> libraries() {
        return libraries;
    }

    /** A required name or id: reported when blank, kept as written. */
    String name(Object raw, String what) {
        String text = text(raw);
        if (text == null || text.isBlank()) {
            report(GroovyProblem.BLANK.at(here(), what));
        }
        return text;
    }

    Target target(Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Targets.parse(raw.toString());
        } catch (TargetException e) {
            String text = raw.toString();
            report(
                    text.isBlank()
                            ? Problem.TARGET_EMPTY.at(here())
                            : new Diagnostic(
                                    Problem.TARGET_SYNTAX.code(),
                                    Problem.TARGET_SYNTAX.severity(),
                                    Problem.TARGET_SYNTAX.format(Lang.ZH, text, e.zh()),
                                    Problem.TARGET_SYNTAX.format(Lang.EN, text, e.getMessage()),
                                    here(),
                                    "",
                                    Hint.NONE));
            return null;
        }
    }

    <E extends Enum<E> & Labelled> E label(Class<E> type, Object raw) {
        if (raw == null) {
            return null;
        }
        E value = Labelled.fromLabel(type, raw.toString());
        if (value == null) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", "));
            report(Problem.BAD_ENUM.at(here(), raw, allowed));
        }
        return value;
    }

    BigDecimal decimal(Object raw, String what) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            report(Problem.BAD_NUMBER.at(here(), raw));
            return null;
        }
    }

    Integer integer(Object raw, String what) {
        BigDecimal d = decimal(raw, what);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            report(Problem.WRONG_TYPE.at(
                    here(),
                    new Object[] {what, Text.WORD_INTEGER.template(Lang.ZH), raw},
                    new Object[] {what, Text.WORD_INTEGER.template(Lang.EN), raw}));
            return null;
        }
    }

    Boolean bool(Object raw, String what) {
        if (raw == null || raw instanceof Boolean) {
            return (Boolean) raw;
        }
        report(Problem.WRONG_TYPE.at(here(), what, "true/false", raw));
        return null;
    }

    static String text(Object raw) {
        return raw == null ? null : raw.toString();
    }

    static List<String> texts(Object... raw) {
        List<String> out = new ArrayList<>(raw.length);
        for (Object o : raw) {
            out.add(text(o));
        }
        return out;
    }
}
