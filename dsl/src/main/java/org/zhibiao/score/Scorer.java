package org.zhibiao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.check.Message;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.Targets;

/**
 * Scores a self-evaluation (绩效自评) by a set of {@link ScoringRules}: pure, no I/O.
 *
 * <p>Arithmetic is in {@link BigDecimal}: each line's 得分 is computed from the exact ratio and
 * rounded once, to the rules' scale and rounding (two decimals, HALF_UP by default), so that
 * {@code 分值 × 完成值/指标值} is never rounded twice; subtotals and the total are sums of those
 * rounded line scores, so the printed rows always add up to the printed total. The computed score
 * is what counts: a typed 得分 is compared with it and reported when it differs, never taken over
 * it (except where the rules cannot compute one, {@link Reason#BY_HAND}).
 *
 * <p>10号 leaves two things to the evaluator that no rule can decide: a target met by far, whose
 * 指标值 may have been set too low (the evaluator may deduct, so a lower typed score there is
 * reported as a warning, not an error), and the score inside a qualitative band.
 */
public final class Scorer {

    private final ScoringRules rules;
    private final Diagnostics findings = new Diagnostics();

    private Scorer(ScoringRules rules) {
        this.rules = rules;
    }

    /**
     * Scores the lines and the funds line.
     *
     * @param funds the budget-execution line, or null when the form has none
     */
    public static Scorecard score(ScoringRules rules, List<ScoreLine> lines, BudgetLine funds) {
        return new Scorer(rules).run(lines, funds);
    }

    private Scorecard run(List<ScoreLine> lines, BudgetLine funds) {
        List<LineScore> scored = new ArrayList<>();
        for (ScoreLine line : lines) {
            scored.add(line.kind() == Kind.QUANTITATIVE ? quantitative(line) : qualitative(line));
        }
        BigDecimal rate = null;
        if (funds != null) {
            rate = rate(funds);
            scored.add(execution(funds));
        }
        List<Subtotal> subtotals = subtotals(scored);
        BigDecimal total = scored.stream().map(LineScore::score).reduce(zero(), BigDecimal::add);
        return new Scorecard(scored, rate, subtotals, total, rules.grade(total), findings.list());
    }

    private LineScore quantitative(ScoreLine line) {
        if (line.actual() == null) {
            return missing(line);
        }
        BigDecimal[] at = comparable(line.target(), line.actual());
        if (at == null) {
            return byHand(reportByHand(line));
        }
        Quantity target = (Quantity) line.target();
        BigDecimal t = at[0];
        BigDecimal a = at[1];
        Reason reason;
        BigDecimal score;
        if (met(target, t, a)) {
            reason = Reason.MET;
            score = round(line.points());
        } else {
            reason = target.operator().favoursHigher()
                    ? Reason.HIGHER_RATIO
                    : target.operator().favoursLower() ? Reason.LOWER_RATIO : Reason.EXACT_RATIO;
            boolean actualBelow = a.compareTo(t) < 0;
            score = share(line.points(), actualBelow ? a : t, actualBelow ? t : a);
        }
        checkTyped(line, score);
        shortfall(line, score);
        return new LineScore(line.level1(), line.path(), line.points(), score, reason, line.position());
    }

    /**
     * {@code [target, actual]} in one unit, or null when the rules cannot compare them: not two
     * quantities, no operator, units that do not convert, or a negative value (a ratio of signed
     * numbers such as 变动率 says nothing; those rows are scored by their own deduction rules).
     */
    private static BigDecimal[] comparable(Target target, Target actual) {
        if (!(target instanceof Quantity t) || !(actual instanceof Quantity a) || t.operator() == null) {
            return null;
        }
        BigDecimal[] both = Targets.commensurate(t, a).orElse(null);
        return both == null || both[0].signum() < 0 || both[1].signum() < 0 ? null : both;
    }

    private static boolean met(Quantity target, BigDecimal t, BigDecimal a) {
        int c = a.compareTo(t);
        return switch (target.operator()) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }

    /** {@code points × numerator / denominator}, rounded once; 0 when the denominator is 0 (nothing to compare). */
    private BigDecimal share(BigDecimal points, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return zero();
        }
        BigDecimal score = points.multiply(numerator).divide(denominator, rules.scale(), rules.rounding());
        return score.min(round(points));
    }

    private LineScore qualitative(ScoreLine line) {
        Band band = line.band();
        if (band == null && line.actual() != null && line.actual().equals(line.target())) {
            band = Band.ACHIEVED; // 实际完成值 健全 against 指标值 健全 needs no one's judgment
        }
        if (band == null) {
            if (line.typed() != null) {
                BigDecimal score = round(line.typed().min(line.points()).max(BigDecimal.ZERO));
                checkAbovePoints(line);
                return new LineScore(line.level1(), line.path(), line.points(), score, Reason.TYPED, line.position());
            }
            return line.actual() == null ? missing(line) : byHand(reportByHand(line));
        }
        BandRule rule = rules.band(band);
        BigDecimal low = round(line.points().multiply(rule.low()));
        BigDecimal high = round(line.points().multiply(rule.high()));
        BigDecimal score;
        Reason reason;
        if (line.typed() == null) {
            score = low;
            reason = Reason.BAND_FLOOR;
            findings.add(ScoreFindings.UNSCORED_BAND.at(
                    line.position(),
                    line.path(),
                    Hint.NONE,
                    new Object[] {band.label(Lang.ZH), low, low, high},
                    new Object[] {band.label(Lang.EN), low, low, high}));
        } else {
            checkAbovePoints(line);
            score = round(line.typed().max(low).min(high));
            reason = Reason.BAND;
            if (!rule.contains(line.typed(), line.points()) && line.typed().compareTo(line.points()) <= 0) {
                findings.add(ScoreFindings.OUTSIDE_BAND.at(
                        line.position(),
                        line.path(),
                        Hint.NONE,
                        new Object[] {band.label(Lang.ZH), low, high, plain(line.typed())},
                        new Object[] {band.label(Lang.EN), low, high, plain(line.typed())}));
            }
        }
        if (band != Band.ACHIEVED && !line.explained()) {
            report(ScoreFindings.SHORTFALL_UNEXPLAINED, line, score, plain(line.points()));
        }
        return new LineScore(line.level1(), line.path(), line.points(), score, reason, line.position());
    }

    private ScoreLine reportByHand(ScoreLine line) {
        report(ScoreFindings.BY_HAND, line, printed(line.actual()), printed(line.target()));
        return line;
    }

    private LineScore execution(BudgetLine funds) {
        String level1 = rules.fundsLevel1();
        if (funds.spent() == null) {
            findings.add(ScoreFindings.ACTUAL_MISSING.at(funds.position(), level1, Hint.NONE));
            return new LineScore(level1, "", funds.points(), zero(), Reason.MISSING, funds.position());
        }
        if (funds.budget() == null
                || funds.budget().signum() <= 0
                || funds.spent().signum() < 0) {
            findings.add(ScoreFindings.BY_HAND.at(
                    funds.position(),
                    level1,
                    Hint.NONE,
                    plain(funds.spent()),
                    funds.budget() == null ? "" : plain(funds.budget())));
            BigDecimal typed = funds.typed() == null
                    ? zero()
                    : round(funds.typed().min(funds.points()).max(zero()));
            return new LineScore(level1, "", funds.points(), typed, Reason.BY_HAND, funds.position());
        }
        BigDecimal cap = funds.budget().multiply(rules.executionCap());
        BigDecimal score =
                funds.spent().compareTo(cap) >= 0 ? round(funds.points()) : share(funds.points(), funds.spent(), cap);
        if (funds.typed() != null) {
            if (funds.typed().compareTo(funds.points()) > 0) {
                findings.add(ScoreFindings.ABOVE_POINTS.at(
                        funds.position(), level1, Hint.NONE, plain(funds.typed()), plain(funds.points())));
            } else if (funds.typed().subtract(score).abs().compareTo(rules.tolerance()) > 0) {
                findings.add(ScoreFindings.DISAGREES.at(
                        funds.position(), level1, Hint.NONE, plain(funds.typed()), score, plain(rules.tolerance())));
            }
        }
        return new LineScore(level1, "", funds.points(), score, Reason.EXECUTION, funds.position());
    }

    /** 执行率 B/A to four decimals, HALF_UP (0.8700); null when A is not a positive number. */
    private static BigDecimal rate(BudgetLine funds) {
        if (funds.spent() == null || funds.budget() == null || funds.budget().signum() <= 0) {
            return null;
        }
        return funds.spent().divide(funds.budget(), 4, RoundingMode.HALF_UP);
    }

    private LineScore missing(ScoreLine line) {
        findings.add(ScoreFindings.ACTUAL_MISSING.at(line.position(), line.path(), Hint.NONE));
        checkAbovePoints(line);
        return new LineScore(line.level1(), line.path(), line.points(), zero(), Reason.MISSING, line.position());
    }

    /** Where the rules cannot score: the typed score (within 0..分值) stands, or 0. */
    private LineScore byHand(ScoreLine line) {
        checkAbovePoints(line);
        BigDecimal score = line.typed() == null
                ? zero()
                : round(line.typed().min(line.points()).max(BigDecimal.ZERO));
        return new LineScore(line.level1(), line.path(), line.points(), score, Reason.BY_HAND, line.position());
    }

    private void checkTyped(ScoreLine line, BigDecimal computed) {
        if (line.typed() == null || checkAbovePoints(line)) {
            return;
        }
        if (line.typed().subtract(computed).abs().compareTo(rules.tolerance()) > 0) {
            report(ScoreFindings.DISAGREES, line, plain(line.typed()), computed, plain(rules.tolerance()));
        }
    }

    /** Reports a typed 得分 above 分值; true when it did. */
    private boolean checkAbovePoints(ScoreLine line) {
        if (line.typed() != null && line.typed().compareTo(line.points()) > 0) {
            report(ScoreFindings.ABOVE_POINTS, line, plain(line.typed()), plain(line.points()));
            return true;
        }
        return false;
    }

    private void shortfall(ScoreLine line, BigDecimal score) {
        if (score.compareTo(line.points()) < 0 && !line.explained()) {
            report(ScoreFindings.SHORTFALL_UNEXPLAINED, line, score, plain(line.points()));
        }
    }

    private void report(Message message, ScoreLine line, Object... args) {
        findings.add(message.at(line.position(), line.path(), Hint.NONE, args));
    }

    private List<Subtotal> subtotals(List<LineScore> scored) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (LineScore s : scored) {
            BigDecimal[] sum = sums.computeIfAbsent(s.level1(), k -> new BigDecimal[] {zero(), zero()});
            sum[0] = sum[0].add(s.points());
            sum[1] = sum[1].add(s.score());
        }
        Set<String> present = new LinkedHashSet<>();
        sums.keySet().forEach(level1 -> rules.keyOf(level1).ifPresent(present::add));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        rules.weightsFor(present).forEach(w -> weights.put(w.level1(), w.points()));
        List<Subtotal> out = new ArrayList<>();
        sums.forEach((level1, sum) -> out.add(
                new Subtotal(level1, rules.keyOf(level1).map(weights::get).orElse(null), sum[0], sum[1])));
        return out;
    }

    private BigDecimal round(BigDecimal value) {
        return value.setScale(rules.scale(), rules.rounding());
    }

    private BigDecimal zero() {
        return BigDecimal.ZERO.setScale(rules.scale());
    }

    /** A typed number as the department wrote it, without trailing zeros or an exponent. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String printed(Target target) {
        return target == null ? "" : target.print();
    }
}
