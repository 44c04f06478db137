package org.zhibiao.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Kind;
import org.zhibiao.model.LevelScore;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.score.Band;
import org.zhibiao.score.BudgetLine;
import org.zhibiao.score.LineScore;
import org.zhibiao.score.ScoreLine;
import org.zhibiao.score.Scorecard;
import org.zhibiao.score.Scorer;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.shape.StageForms;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * Reads a self-evaluation document (自评表) into the scorer's lines and writes the scores back:
 * the bridge between the form, whose cells a department typed, and the engine ({@link Scorer}),
 * which never sees the form.
 *
 * <p>A row is scored when it has a 分值: the engine cannot weigh a row nobody weighted, and
 * {@code points-per-level1} already reports 分值 that do not add up. The row's 指标值 is its
 * {@code target} (its {@code fullYear} on a form with 半年/全年); a 定性 row's band is the
 * evaluator's word in 实际完成值 (达成/部分达成/未达成), or 达成 when it repeats the 指标值. The funds
 * line is the expenditure 合计: 全年预算数(A), 全年执行数(B), 分值, 得分.
 */
public final class SelfEvaluation {

    /**
     * A scored document.
     *
     * @param card the engine's result
     * @param document the document with every 得分, the 执行率, the 小计 per 一级, 总分 and 等级 written in
     */
    public record Scored(Scorecard card, Declaration document) {}

    private SelfEvaluation() {}

    /** Scores a self-evaluation document by {@code rules}. */
    public static Scored score(Declaration doc, ScoringRules rules) {
        List<ScoreLine> lines = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        for (int t = 0; t < doc.tables().size(); t++) {
            List<Row> rows = doc.tables().get(t).rows();
            for (int r = 0; r < rows.size(); r++) {
                ScoreLine line = line(rows.get(r));
                if (line != null) {
                    lines.add(line);
                    places.add(new int[] {t, r});
                }
            }
        }
        FundLine total = doc.funds() == null || doc.funds().expenditure() == null
                ? null
                : doc.funds().expenditure().total();
        BudgetLine budget = budget(total);
        Scorecard card = Scorer.score(rules, lines, budget);
        return new Scored(card, written(doc, card, places, budget == null ? null : total));
    }

    /** The scorer's line for a row, or null when the row has no 分值 to score by. */
    static ScoreLine line(Row row) {
        BigDecimal points = number(row.text(StageForms.POINTS));
        if (points == null || row.isToFill()) {
            return null;
        }
        String targetText = row.target() != null ? row.target() : row.fullYear();
        Target target = parse(targetText);
        Target actual = parse(row.text(StageForms.ACTUAL));
        Kind kind = target instanceof Quantity ? Kind.QUANTITATIVE : Kind.QUALITATIVE;
        Band band = kind == Kind.QUALITATIVE
                ? Band.parse(row.text(StageForms.ACTUAL)).orElse(null)
                : null;
        BigDecimal typed = number(row.text(StageForms.SCORE));
        Position at = typed != null
                ? row.at(StageForms.SCORE)
                : actual == null ? row.at(StageForms.ACTUAL) : row.at(StageForms.SCORE);
        return new ScoreLine(
                row.level1(), row.path(), kind, target, actual, points, typed, band, row.text(StageForms.REASON), at);
    }

    /** The budget line of the expenditure 合计, or null when it has no 分值. */
    static BudgetLine budget(FundLine total) {
        if (total == null) {
            return null;
        }
        BigDecimal points = number(total.text(StageForms.POINTS));
        if (points == null) {
            return null;
        }
        BigDecimal typed = number(total.text(StageForms.SCORE));
        return new BudgetLine(
                number(total.text(StageForms.BUDGET)),
                number(total.text(StageForms.SPENT)),
                points,
                typed,
                typed != null ? total.at(StageForms.SCORE) : total.at(StageForms.SPENT));
    }

    private static Declaration written(Declaration doc, Scorecard card, List<int[]> places, FundLine total) {
        List<List<Row>> rows = new ArrayList<>();
        doc.tables().forEach(t -> rows.add(new ArrayList<>(t.rows())));
        for (int i = 0; i < places.size(); i++) {
            int[] p = places.get(i);
            Row row = rows.get(p[0]).get(p[1]);
            rows.get(p[0])
                    .set(
                            p[1],
                            row.withCells(put(
                                    row.cells(),
                                    StageForms.SCORE,
                                    card.lines().get(i).score())));
        }
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < doc.tables().size(); t++) {
            Table old = doc.tables().get(t);
            tables.add(new Table(old.name(), rows.get(t), old.pos()));
        }
        Funds funds = doc.funds();
        if (total != null) {
            LineScore execution = card.lines().get(card.lines().size() - 1);
            Map<String, Cell> cells = put(total.cells(), StageForms.SCORE, execution.score());
            if (card.executionRate() != null) {
                cells.put(
                        StageForms.RATE,
                        Cell.of(card.executionRate().movePointRight(2).setScale(2) + "%"));
            }
            FundBlock spent = funds.expenditure();
            funds = new Funds(
                    funds.income(), new FundBlock(spent.items(), total.withCells(cells), spent.pos()), funds.pos());
        }
        List<LevelScore> subtotals = card.subtotals().stream()
                .map(s -> new LevelScore(s.level1(), s.weight(), s.points(), s.score(), Position.NONE))
                .toList();
        return doc.scored(funds, tables, subtotals, card.total(), card.grade().label(Lang.ZH));
    }

    private static Map<String, Cell> put(Map<String, Cell> cells, String key, BigDecimal value) {
        Map<String, Cell> out = new LinkedHashMap<>(cells);
        Cell old = out.get(key);
        out.put(key, new Cell(value.toPlainString(), old == null ? Position.NONE : old.pos()));
        return out;
    }

    private static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Targets.parse(text.strip());
        } catch (TargetException e) {
            return null; // unreadable: the row is scored by hand, and cell-target reports the text
        }
    }

    /** A plain number (9.6, 10), or null when the cell is empty or not a number. */
    public static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
