package org.zhibiao.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Goals;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.StageForms;
import org.zhibiao.shape.TableShape;

/**
 * Writes a stage's form from the filled document before it (DESIGN.md "Stages"): the monitoring
 * form or the self-evaluation form from a declaration. Every row keeps all it had (its 指标值 above
 * all) and gets the stage's columns as empty cells to fill; a cell the row already has (a project
 * form's 分值) keeps its value. Because the stage's columns are cells of the row and of the funds
 * lines, every codec carries them as it carries a declaration's declared columns.
 */
public final class StageDocuments {

    private StageDocuments() {}

    /** The {@code stage} form of a filled declaration of {@code resolved}. */
    public static Declaration derive(Declaration declaration, Template resolved, Stage stage) {
        StageForm form = StageForms.of(resolved, stage);
        FormShape shape = FormShape.of(resolved, stage);
        List<Table> tables = new ArrayList<>();
        for (Table t : declaration.tables()) {
            TableShape ts = shape.table(t.name());
            if (ts == null && !shape.tables().isEmpty()) {
                continue; // a table the stage's form does not carry (Hubei's 长期 in the monitoring form)
            }
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                rows.add(r.withCells(withEmpty(r.cells(), form.columns())));
            }
            tables.add(new Table(t.name(), rows, t.pos()));
        }
        return declaration.atStage(
                stage, funds(declaration.funds(), form, ScoringRules.of(resolved)), goals(declaration, stage), tables);
    }

    /**
     * The funds block with the stage's columns on its expenditure lines: every line and the 合计 for
     * monitoring (each line's pace is watched), the 合计 alone for the self-evaluation, whose 自评表
     * scores one budget line; its 分值 is the weight the template's scoring gives budget execution
     * (national 10).
     */
    private static Funds funds(Funds funds, StageForm form, ScoringRules scoring) {
        if (funds == null || funds.expenditure() == null) {
            return funds;
        }
        FundBlock spent = funds.expenditure();
        boolean everyLine = form.stage() == Stage.MONITORING;
        List<FundLine> items = new ArrayList<>();
        for (FundLine line : spent.items()) {
            items.add(everyLine ? line.withCells(withEmpty(line.cells(), form.funds())) : line);
        }
        FundLine total = spent.total();
        if (total != null) {
            Map<String, Cell> cells = withEmpty(total.cells(), form.funds());
            if (form.stage() == Stage.SELF_EVALUATION
                    && cells.containsKey(StageForms.POINTS)
                    && cells.get(StageForms.POINTS).isBlank()) {
                scoring.weights().stream()
                        .filter(w -> w.level1().equals(scoring.fundsLevel1()))
                        .findFirst()
                        .ifPresent(w ->
                                cells.put(StageForms.POINTS, Cell.of(w.points().toPlainString())));
            }
            total = total.withCells(cells);
        }
        return new Funds(funds.income(), new FundBlock(items, total, spent.pos()), funds.pos());
    }

    /**
     * The goals, on the self-evaluation form with one blank 实际完成情况 per 年度目标 (预期目标 | 实际完成情况).
     * Unlike a row's empty cells, which are left out, these blanks are written: the list pairs with
     * the annual goals by position, so the department fills the i-th blank for the i-th goal, in
     * YAML and JSON alike (the CSV carries only the indicator tables, goals or not).
     */
    private static Goals goals(Declaration declaration, Stage stage) {
        Goals goals = declaration.goals();
        if (stage != Stage.SELF_EVALUATION || goals == null || goals.annual().isEmpty()) {
            return goals;
        }
        List<String> achieved = new ArrayList<>(goals.achieved());
        while (achieved.size() < goals.annual().size()) {
            achieved.add("");
        }
        return goals.withAchieved(achieved);
    }

    private static Map<String, Cell> withEmpty(Map<String, Cell> cells, List<Column> columns) {
        Map<String, Cell> out = new LinkedHashMap<>(cells);
        for (Column c : columns) {
            if (!Row.isField(c.id())) {
                out.putIfAbsent(c.id(), Cell.of(c.preset() == null ? "" : c.preset()));
            }
        }
        return out;
    }
}
