package org.zhibiao.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.Goals;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Profile;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Row;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;

/**
 * Compiles a resolved template and a department's profile into a starter declaration: every
 * standard row filled in, every slot filled from the profile or marked {@code todo}, funds
 * arithmetic done, and last year's values carried into the 前年/上年 columns.
 */
public final class Compiler {

    private final Template template;
    private final Profile profile;
    private final Diagnostics out = new Diagnostics();
    private final SlotFiller slots;
    private final History history;

    private Compiler(Template template, Profile profile, Declaration previous, IndicatorIndex index) {
        this.template = template;
        this.profile = profile;
        this.slots = new SlotFiller(template, profile, index, out);
        this.history = new History(previous);
    }

    /**
     * Compiles a department's starter declaration from a resolved template.
     *
     * @param resolved a template the resolver produced
     * @param profile what the department brings; {@link Profile#of} for a bare skeleton
     * @param previous last year's declaration, or null
     * @param index the libraries a profile's {@code ref:} may name
     */
    public static Result<Declaration> compile(
            Template resolved, Profile profile, Declaration previous, IndicatorIndex index) {
        Compiler compiler = new Compiler(resolved, profile, previous, index);
        Declaration declaration = compiler.declaration();
        return Result.of(declaration, compiler.out);
    }

    private Declaration declaration() {
        Form form = template.form();
        List<Table> tables = new ArrayList<>();
        IdentityHashMap<Level2, List<Row>> expanded = new IdentityHashMap<>();
        for (TableDef table : form == null ? List.<TableDef>of() : form.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Level1 l1 : template.indicators()) {
                if (table.shows(l1.name())) {
                    List<Row> own = new ArrayList<>();
                    for (Level2 l2 : l1.children()) {
                        own.addAll(expanded.computeIfAbsent(l2, k -> level2(l1, k)));
                    }
                    if (own.isEmpty() && l1.isRequired()) {
                        own.addAll(slots.placeFor(l1));
                    }
                    own.forEach(row -> rows.add(history.fill(table, columns(row, table, form))));
                }
            }
            tables.add(new Table(table.name(), rows, null));
        }
        slots.reportUnused();
        String unit = form == null || form.funds() == null ? null : form.funds().unit();
        return new Declaration(
                template.reference(),
                profile.department(),
                profile.code(),
                profile.year(),
                unit,
                profile.contact(),
                profile.functions(),
                profile.tasks(),
                profile.organisation(),
                FundsCalculator.complete(profile.funds()),
                profile.projects(),
                goals(form),
                tables,
                null);
    }

    /** The rows one 二级 contributes, before value columns are chosen per table. */
    private List<Row> level2(Level1 l1, Level2 l2) {
        if (l2.isPerFunction()) {
            return slots.perFunction(l1, l2);
        }
        List<Row> rows = new ArrayList<>();
        for (Entry entry : l2.entries()) {
            if (entry instanceof Inline row) {
                rows.add(Rows.of(l1.name(), l2.name(), null, row, Origin.TEMPLATE, null));
            } else if (entry instanceof Slot slot) {
                rows.addAll(slots.fill(l1, l2, slot));
            }
        }
        if (l2.isNumbered()) {
            return Rows.numbered(rows, l2.name());
        }
        return rows;
    }

    /**
     * Keeps only the columns this table has; a one-column form's value goes to 指标值. A form that
     * neither lists nor defaults a 指标值确定依据 (or 指标分类) has no such column, so a starter writes
     * none there (issue 14: a library's default 计划标准 was written into forms without a 依据 column).
     */
    private static Row columns(Row row, TableDef table, Form form) {
        return Rows.forTable(
                row,
                table,
                !form.bases().isEmpty() || form.basis() != null,
                !form.categories().isEmpty() || form.category() != null);
    }

    private Goals goals(Form form) {
        Goals goals = profile.goals();
        if (form == null || form.horizon() == null || profile.year() == null) {
            return goals;
        }
        Integer until = profile.year() + form.horizon();
        if (goals == null) {
            return new Goals(until, null, null, null);
        }
        return goals.until() != null
                ? goals
                : new Goals(until, goals.longTerm(), goals.annual(), goals.places(), goals.pos());
    }

    static void unknownSlot(Diagnostics out, ProfileIndicator indicator, List<String> ids) {
        out.report(Problem.UNKNOWN_SLOT, indicator.pos(), indicator.slot(), String.join(", ", ids));
    }
}
