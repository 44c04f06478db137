package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zhibiao.model.Addition;
import org.zhibiao.model.Change;
import org.zhibiao.model.Column;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Fill;
import org.zhibiao.model.Form;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Labelled;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Library;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.ScoreBand;
import org.zhibiao.model.ScoreGrade;
import org.zhibiao.model.ScoreWeight;
import org.zhibiao.model.Scoring;
import org.zhibiao.model.Slot;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.target.Target;

/**
 * Writes a template or library as Groovy DSL source, the inverse of {@link GroovyReader}: reading
 * the text back gives an equal model. Output is deterministic — model order, rule parameters
 * sorted, English keywords, four-space indent — so converted files diff cleanly.
 *
 * @since 0.1
 */
public final class GroovyWriter {

    /** The Groovy source of {@code template}. */
    public String write(Template template) {
        Out out = new Out();
        out.open("template(" + q(template.id()) + ")");
        out.line("version", template.version());
        out.line("title", template.title());
        out.line("scope", template.scope() == null ? null : template.scope().label());
        out.line("extendsTemplate", template.parent());
        out.list("libraries", template.libraries());
        if (template.form() != null) {
            form(out, template.form());
        }
        template.indicators().forEach(l1 -> level1(out, l1));
        template.add().forEach(a -> addition(out, a));
        template.overrides().forEach(c -> change(out, c));
        out.list("remove", template.remove());
        template.fill().forEach(f -> fill(out, f));
        if (!template.rules().isEmpty()) {
            out.open("rules");
            template.rules().forEach(r -> out.put("rule " + q(r.rule()) + options(ruleOptions(r))));
            out.close();
        }
        out.close();
        return out.toString();
    }

    /** The Groovy source of {@code library}. */
    public String write(Library library) {
        Out out = new Out();
        out.open("library(" + q(library.id()) + ")");
        out.line("version", library.version());
        out.line("title", library.title());
        library.indicators().forEach(i -> indicatorDef(out, i));
        out.close();
        return out.toString();
    }

    /**
     * Standard columns by their printed names ({@code columns '前年', '指标值'}), declared ones as
     * {@code column id: …, header: …}; in form order, consecutive standard ones on one line.
     */
    private static void columns(Out out, List<Column> columns) {
        List<String> standard = new ArrayList<>();
        for (Column c : columns) {
            if (StandardColumns.isStandard(c)) {
                standard.add(c.label());
                continue;
            }
            out.list("columns", standard);
            standard.clear();
            out.put("column " + columnArgs(c));
        }
        out.list("columns", standard);
    }

    private static String columnArgs(Column c) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("header", q(c.header()));
        o.put("aliases", c.aliases().isEmpty() ? null : texts(c.aliases()));
        o.put("type", c.type() == null ? null : q(c.type().label()));
        o.put("values", c.values().isEmpty() ? null : texts(c.values()));
        o.put("default", q(c.preset()));
        o.put("required", c.required() == null ? null : c.required().toString());
        o.put(
                "parts",
                c.parts().isEmpty()
                        ? null
                        : "["
                                + String.join(
                                        ", ",
                                        c.parts().stream()
                                                .map(p -> "[" + columnArgs(p) + "]")
                                                .toList()) + "]");
        o.put("width", c.width() == null ? null : c.width().toString());
        return "id: " + q(c.id()) + options(o);
    }

    private static String texts(List<String> values) {
        return "[" + String.join(", ", values.stream().map(GroovyWriter::q).toList()) + "]";
    }

    private static void form(Out out, Form form) {
        out.open("form");
        for (TableDef table : form.tables()) {
            out.open("table(" + q(table.name()) + ")");
            out.line("title", table.title());
            columns(out, table.columns());
            if (table.keyWork() != null) {
                out.put("keyWork " + table.keyWork());
            }
            out.list("level1", table.level1());
            out.close();
        }
        out.list("bases", form.bases());
        out.line("basis", form.basis());
        out.list("categories", form.categories());
        out.line("category", form.category());
        if (form.funds() != null) {
            funds(out, form.funds());
        }
        out.list("projectCategories", form.projectCategories());
        if (form.horizon() != null) {
            out.put("horizon " + form.horizon());
        }
        out.list("levels", form.levels());
        form.stages().forEach(stage -> stage(out, stage));
        out.close();
    }

    private static void stage(Out out, StageForm stage) {
        out.open("stage(" + q(stage.stage().label()) + ")");
        out.line("title", stage.title());
        out.line("period", stage.period());
        if (stage.months() != null) {
            out.put("months " + stage.months());
        }
        if (stage.tolerance() != null) {
            out.put("tolerance " + stage.tolerance().toPlainString());
        }
        out.list("tables", stage.tables());
        stage.columns().forEach(c -> out.put("column " + columnArgs(c)));
        stage.funds().forEach(c -> out.put("fundsColumn " + columnArgs(c)));
        if (stage.scoring() != null) {
            scoring(out, stage.scoring());
        }
        out.close();
    }

    private static void scoring(Out out, Scoring scoring) {
        out.open("scoring");
        for (ScoreWeight w : scoring.weights()) {
            String to = w.to().isEmpty()
                    ? ""
                    : ", to: [" + w.to().stream().map(GroovyWriter::q).collect(Collectors.joining(", ")) + "]";
            out.put("weight " + q(w.level1()) + ", " + w.points().toPlainString() + to);
        }
        for (ScoreBand b : scoring.bands()) {
            out.put("band " + q(b.band().label()) + ", " + b.low().toPlainString() + ", "
                    + b.high().toPlainString());
        }
        for (ScoreGrade g : scoring.grades()) {
            out.put("grade " + q(g.grade().label()) + ", " + g.floor().toPlainString());
        }
        out.line("fundsLevel1", scoring.fundsLevel1());
        if (scoring.tolerance() != null) {
            out.put("tolerance " + scoring.tolerance().toPlainString());
        }
        out.close();
    }

    private static void funds(Out out, FundsForm funds) {
        out.open("funds");
        out.list("income", funds.income());
        out.list("expenditure", funds.expenditure());
        if (funds.history() != null) {
            out.put("history " + funds.history());
        }
        if (funds.halfYear() != null) {
            out.put("halfYear " + funds.halfYear());
        }
        out.line("unit", funds.unit());
        out.close();
    }

    private static void level1(Out out, Level1 level1) {
        Map<String, String> options = new LinkedHashMap<>();
        if (level1.required() != null) {
            options.put("required", level1.required().toString());
        }
        options.put("weight", number(level1.weight()));
        out.open("level1(" + q(level1.name()) + options(options) + ")");
        level1.children().forEach(l2 -> level2(out, l2));
        out.close();
    }

    private static void level2(Out out, Level2 level2) {
        out.open("level2(" + q(level2.name()) + ")");
        entries(out, level2.entries());
        out.close();
    }

    private static void entries(Out out, List<Entry> entries) {
        for (Entry entry : entries) {
            if (entry instanceof LibraryRef r) {
                out.put("ref " + q(r.ref()) + options(refOptions(r)));
            } else if (entry instanceof Inline i) {
                out.put("indicator " + q(i.name()) + options(inlineOptions(i)));
            } else {
                slot(out, (Slot) entry);
            }
        }
    }

    private static void slot(Out out, Slot slot) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("label", q(slot.label()));
        options.put("min", slot.min() == null ? null : slot.min().toString());
        options.put("max", slot.max() == null ? null : slot.max().toString());
        String head = "slot(" + q(slot.slot()) + options(options) + ")";
        if (slot.defaults().isEmpty()) {
            out.put(head);
            return;
        }
        out.open(head);
        entries(out, slot.defaults());
        out.close();
    }

    private static void addition(Out out, Addition addition) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("to", addition.to().isEmpty() ? null : q(addition.to()));
        options.put("after", q(addition.after()));
        String args = options(options);
        out.open(args.isEmpty() ? "add" : "add(" + args.substring(2) + ")");
        addition.level1().forEach(l1 -> level1(out, l1));
        addition.level2().forEach(l2 -> level2(out, l2));
        entries(out, addition.entries());
        out.close();
    }

    private static void change(Out out, Change change) {
        out.open("override(" + q(change.path()) + ")");
        out.line("name", change.name());
        out.line("target", print(change.target()));
        out.line("halfYear", print(change.halfYear()));
        out.line("basis", change.basis());
        out.line("category", change.category());
        if (change.weight() != null) {
            out.put("weight " + number(change.weight()));
        }
        if (change.required() != null) {
            out.put("required " + change.required());
        }
        out.close();
    }

    private static void fill(Out out, Fill fill) {
        out.open("fill(" + q(fill.slot()) + ")");
        entries(out, fill.entries());
        out.close();
    }

    private static void indicatorDef(Out out, IndicatorDef def) {
        out.open("indicator(" + q(def.id()) + ")");
        out.line("name", def.name());
        out.list("aliases", def.aliases());
        out.line("explanation", def.explanation());
        out.line("formula", def.formula());
        out.line("source", def.source());
        out.line("unit", def.unit());
        out.line("kind", label(def.kind()));
        out.line("direction", label(def.direction()));
        out.line("target", print(def.target()));
        out.list("scale", def.scale());
        out.line("basis", def.basis());
        out.line("category", def.category());
        if (def.weight() != null) {
            out.put("weight " + number(def.weight()));
        }
        out.line("scope", def.scope());
        out.close();
    }

    private static Map<String, String> refOptions(LibraryRef r) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("name", q(r.name()));
        o.put("target", q(print(r.target())));
        o.put("halfYear", q(print(r.halfYear())));
        o.put("basis", q(r.basis()));
        o.put("category", q(r.category()));
        o.put("weight", number(r.weight()));
        return o;
    }

    private static Map<String, String> inlineOptions(Inline i) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("target", q(print(i.target())));
        o.put("halfYear", q(print(i.halfYear())));
        o.put("kind", q(label(i.kind())));
        o.put("direction", q(label(i.direction())));
        o.put("unit", q(i.unit()));
        o.put("basis", q(i.basis()));
        o.put("category", q(i.category()));
        o.put("weight", number(i.weight()));
        o.put("ref", q(i.ref()));
        return o;
    }

    private static Map<String, String> ruleOptions(RuleSetting r) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("enabled", r.enabled() == null ? null : r.enabled().toString());
        o.put("severity", r.severity() == null ? null : q(r.severity().word()));
        new TreeMap<>(r.params()).forEach((k, v) -> o.put(key(k), q(v)));
        return o;
    }

    /** {@code , key: value, …} for the options that are present; "" when none is. */
    private static String options(Map<String, String> options) {
        StringBuilder out = new StringBuilder();
        options.forEach((k, v) -> {
            if (v != null) {
                out.append(", ").append(k).append(": ").append(v);
            }
        });
        return out.toString();
    }

    private static String key(String name) {
        boolean plain = !name.isEmpty()
                && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
        return plain ? name : q(name);
    }

    private static String print(Target target) {
        return target == null ? null : target.print();
    }

    private static String label(Labelled value) {
        return value == null ? null : value.label();
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A single-quoted Groovy string literal; null stays null. */
    static String q(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** Indented lines. */
    private static final class Out {
        private final List<String> lines = new ArrayList<>();
        private int depth;

        void put(String text) {
            lines.add("    ".repeat(depth) + text);
        }

        void line(String keyword, String value) {
            if (value != null) {
                put(keyword + " " + q(value));
            }
        }

        void list(String keyword, List<String> values) {
            if (!values.isEmpty()) {
                put(keyword + " "
                        + String.join(", ", values.stream().map(GroovyWriter::q).toList()));
            }
        }

        void open(String head) {
            put(head + " {");
            depth++;
        }

        void close() {
            depth--;
            put("}");
        }

        @Override
        public String toString() {
            return String.join("\n", lines) + "\n";
        }
    }
}
