package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zhibiao.model.Column;
import org.zhibiao.model.Form;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;

/** Compares what surrounds the indicator tree: the template's header, its form and its rule settings. */
final class FormDiff {

    private final List<Difference> out;

    private FormDiff(List<Difference> out) {
        this.out = out;
    }

    static void diff(Template a, Template b, List<Difference> out) {
        FormDiff d = new FormDiff(out);
        d.value(What.TITLE, List.of(), a.title(), b.title());
        d.value(What.SCOPE, List.of(), Values.print(a.scope()), Values.print(b.scope()));
        d.value(What.LIBRARIES, List.of(), Values.print(a.libraries()), Values.print(b.libraries()));
        Form x = a.form() == null ? emptyForm() : a.form();
        Form y = b.form() == null ? emptyForm() : b.form();
        d.tables(x.tables(), y.tables());
        d.value(What.BASES, List.of(), Values.print(x.bases()), Values.print(y.bases()));
        d.value(What.DEFAULT_BASIS, List.of(), x.basis(), y.basis());
        d.value(What.CATEGORIES, List.of(), Values.print(x.categories()), Values.print(y.categories()));
        d.value(What.DEFAULT_CATEGORY, List.of(), x.category(), y.category());
        d.value(What.LEVELS, List.of(), Values.print(x.levels()), Values.print(y.levels()));
        d.value(What.HORIZON, List.of(), Values.print(x.horizon()), Values.print(y.horizon()));
        d.value(
                What.PROJECT_CATEGORIES,
                List.of(),
                Values.print(x.projectCategories()),
                Values.print(y.projectCategories()));
        d.value(What.FUNDS, List.of(), funds(x.funds()), funds(y.funds()));
        d.rules(a.rules(), b.rules());
    }

    private void tables(List<TableDef> before, List<TableDef> after) {
        Map<String, TableDef> x = byName(before);
        Map<String, TableDef> y = byName(after);
        for (String name : Values.merge(List.copyOf(x.keySet()), List.copyOf(y.keySet()))) {
            TableDef s = x.get(name);
            TableDef t = y.get(name);
            List<String> path = List.of(name);
            if (s == null || t == null) {
                out.add(
                        s == null
                                ? Difference.added(What.TABLE, path, Values.print(t.columns()))
                                : Difference.removed(What.TABLE, path, Values.print(s.columns())));
                continue;
            }
            value(What.TABLE_TITLE, path, s.title(), t.title());
            columns(path, s.columns(), t.columns());
            value(What.KEY_WORK, path, String.valueOf(s.hasKeyWork()), String.valueOf(t.hasKeyWork()));
            value(What.TABLE_LEVEL1, path, Values.print(s.level1()), Values.print(t.level1()));
        }
    }

    /**
     * A table's columns (or a split 指标值's parts) matched by id: each added or removed, each
     * attribute of one both have, and the order of those both have. [#14] columns are template
     * data that decide how a form is read and checked, so a diff naming only their headers hid a
     * choice column's new values, a column turned required and a changed split.
     */
    private void columns(List<String> at, List<Column> before, List<Column> after) {
        Map<String, Column> x = byId(before);
        Map<String, Column> y = byId(after);
        for (String id : Values.merge(List.copyOf(x.keySet()), List.copyOf(y.keySet()))) {
            Column s = x.get(id);
            Column t = y.get(id);
            List<String> path = append(at, (s != null ? s : t).label());
            if (s == null) {
                out.add(Difference.added(What.COLUMN, path, describe(t)));
            } else if (t == null) {
                out.add(Difference.removed(What.COLUMN, path, describe(s)));
            } else {
                column(path, s, t);
            }
        }
        List<String> kept = x.keySet().stream().filter(y::containsKey).toList();
        List<String> keptAfter = y.keySet().stream().filter(x::containsKey).toList();
        if (!kept.equals(keptAfter)) {
            out.add(Difference.changed(What.COLUMN_ORDER, at, labels(kept, x), labels(keptAfter, y)));
        }
    }

    private void column(List<String> path, Column s, Column t) {
        value(What.COLUMN_HEADER, path, s.label(), t.label());
        value(What.COLUMN_ALIASES, path, Values.print(s.aliases()), Values.print(t.aliases()));
        value(What.COLUMN_TYPE, path, Values.print(s.kind()), Values.print(t.kind()));
        value(What.COLUMN_VALUES, path, Values.print(s.values()), Values.print(t.values()));
        value(What.COLUMN_DEFAULT, path, s.preset(), t.preset());
        value(What.COLUMN_REQUIRED, path, String.valueOf(s.isRequired()), String.valueOf(t.isRequired()));
        value(What.COLUMN_WIDTH, path, Values.print(s.width()), Values.print(t.width()));
        columns(path, s.parts(), t.parts());
    }

    /**
     * An added or removed column as a template writes it ({@code id: nature · type: choice ·
     * values: 正向、反向 · required}): the words are the template's keys, in either language.
     */
    private static String describe(Column c) {
        StringBuilder s =
                new StringBuilder("id: ").append(c.id()).append(" · type: ").append(Values.print(c.kind()));
        if (!c.values().isEmpty()) {
            s.append(" · values: ").append(Values.print(c.values()));
        }
        if (c.isRequired()) {
            s.append(" · required");
        }
        if (!c.parts().isEmpty()) {
            s.append(" · parts: ").append(Values.print(c.parts()));
        }
        return s.toString();
    }

    private static Map<String, Column> byId(List<Column> columns) {
        Map<String, Column> m = new LinkedHashMap<>();
        columns.forEach(c -> m.putIfAbsent(c.id(), c));
        return m;
    }

    private static String labels(List<String> ids, Map<String, Column> columns) {
        return Values.print(ids.stream().map(columns::get).toList());
    }

    private static List<String> append(List<String> path, String name) {
        List<String> longer = new ArrayList<>(path);
        longer.add(name);
        return longer;
    }

    private void rules(List<RuleSetting> before, List<RuleSetting> after) {
        Map<String, String> x = new LinkedHashMap<>();
        Map<String, String> y = new LinkedHashMap<>();
        before.forEach(r -> x.put(r.rule(), setting(r)));
        after.forEach(r -> y.put(r.rule(), setting(r)));
        for (String code : Values.merge(List.copyOf(x.keySet()), List.copyOf(y.keySet()))) {
            if (!x.containsKey(code) || !y.containsKey(code)) {
                out.add(
                        x.containsKey(code)
                                ? Difference.removed(What.RULE, List.of(code), x.get(code))
                                : Difference.added(What.RULE, List.of(code), y.get(code)));
            } else {
                value(What.RULE, List.of(code), x.get(code), y.get(code));
            }
        }
    }

    /** enabled=…, severity=…, then the parameters in key order: one comparable line per setting. */
    private static String setting(RuleSetting r) {
        StringBuilder s = new StringBuilder();
        if (r.enabled() != null) {
            s.append("enabled=").append(r.enabled()).append(' ');
        }
        if (r.severity() != null) {
            s.append("severity=").append(r.severity().word()).append(' ');
        }
        new TreeMap<>(r.params())
                .forEach((k, v) -> s.append(k).append('=').append(v).append(' '));
        return s.toString().trim();
    }

    private static String funds(FundsForm f) {
        if (f == null) {
            return "";
        }
        return "收入 " + Values.print(f.income()) + "；支出 " + Values.print(f.expenditure())
                + (f.history() == null ? "" : "；history=" + f.history())
                + (Boolean.TRUE.equals(f.halfYear()) ? "；halfYear" : "")
                + (f.unit() == null ? "" : "；" + f.unit());
    }

    private static Map<String, TableDef> byName(List<TableDef> tables) {
        Map<String, TableDef> m = new LinkedHashMap<>();
        tables.forEach(t -> m.putIfAbsent(t.name(), t));
        return m;
    }

    private static Form emptyForm() {
        return new Form(null, null, null, null, null, null, null, null, null, null);
    }

    private void value(What what, List<String> path, String x, String y) {
        if (!Objects.equals(Values.blankToNull(x), Values.blankToNull(y))) {
            out.add(Difference.changed(what, path, x, y));
        }
    }
}
