package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Column;
import org.zhibiao.model.Scoring;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;

/**
 * The body of {@code stage}: what the template changes in the monitoring or the self-evaluation
 * form; whatever it leaves out is the national form's.
 *
 * @since 0.2
 */
public final class StageSpec {

    private final DslContext ctx;
    private String title;
    private String period;
    private Integer months;
    private BigDecimal tolerance;
    private final List<String> tables = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<Column> funds = new ArrayList<>();
    private Scoring scoring;

    StageSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The form's title, e.g. {@code title '项目支出绩效目标执行监控表'}. */
    public void title(String title) {
        this.title = title;
    }

    /** The monitoring period as the headers print it: {@code period '1–6月'}. */
    public void period(String period) {
        this.period = period;
    }

    /** How many months the period covers, for the execution-pace rule: {@code months 6}. */
    public void months(int months) {
        this.months = months;
    }

    /** Percentage points execution may lag the calendar before it is reported: {@code tolerance 10}. */
    public void tolerance(Number points) {
        this.tolerance = new BigDecimal(points.toString());
    }

    /** The indicator tables the stage's form carries: {@code tables '年度'}. */
    public void tables(String... names) {
        tables.addAll(List.of(names));
    }

    /** A column the stage adds to the indicator tables, declared as in a {@code table}. */
    public void column(Map<String, Object> spec) {
        columns.add(TableSpec.column(ctx, spec));
    }

    /** A column the stage adds to the funds lines: {@code fundsColumn id: 'spent', header: '1–6月执行数'}. */
    public void fundsColumn(Map<String, Object> spec) {
        funds.add(TableSpec.column(ctx, spec));
    }

    /** The self-evaluation's scoring rules, e.g. {@code scoring { weight '产出', 60; grade '优', 85 }}. */
    public void scoring(Consumer<ScoringSpec> body) {
        Position at = ctx.here();
        ScoringSpec spec = new ScoringSpec(ctx);
        body.accept(spec);
        scoring = spec.build(at);
    }

    /** The self-evaluation's scoring rules; the rest is national. */
    public void scoring(@DelegatesTo(value = ScoringSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        scoring(Closures.<ScoringSpec>delegating(body));
    }

    StageForm build(Stage stage, Position at) {
        return new StageForm(stage, title, period, months, tolerance, tables, columns, funds, scoring, at);
    }
}
