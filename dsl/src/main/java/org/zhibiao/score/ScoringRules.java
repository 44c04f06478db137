package org.zhibiao.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zhibiao.model.ScoreWeight;
import org.zhibiao.model.Scoring;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.shape.StageForms;

/**
 * How a self-evaluation (绩效自评) is scored: template data with the national rules (财预〔2020〕10号)
 * as {@link #NATIONAL}. A province that weights 预算执行 20 (Hubei 2020), deducts differently or
 * grades on other floors writes its own rules; the engine ({@link Scorer}) has no number of its own.
 *
 * @param grades grade floors, highest first; the last should start at 0
 * @param bands the share of 分值 each qualitative band allows
 * @param weights the points per 一级, in form order, the funds 一级 among them
 * @param redistribution where an absent 一级's weight goes: to the listed 一级s that are present,
 *     pro rata to their own weights; a 一级 not listed here gives to every present one
 * @param fundsLevel1 the 一级 under which budget execution is scored (预算执行)
 * @param executionCap the 执行率 that earns the full 分值 (1 = 100%); a higher rate earns no more
 * @param tolerance how far a typed 得分 may be from the computed one before it is reported
 * @param scale decimal places of every score (2: 得分 is printed to the cent of a point)
 * @param rounding how a score is rounded to {@code scale}, once per line
 */
public record ScoringRules(
        List<GradeFloor> grades,
        List<BandRule> bands,
        List<Weight> weights,
        Map<String, List<String>> redistribution,
        String fundsLevel1,
        BigDecimal executionCap,
        BigDecimal tolerance,
        int scale,
        RoundingMode rounding) {

    /**
     * The national defaults (10号, DOMAIN.md §1.6): grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below;
     * bands 达成 80–100%, 部分达成 60–80%, 未达成 0–60%; 产出 50, 效益 30, 满意度 10, 预算执行 10,
     * a missing 满意度 going to 产出 and 效益; execution capped at 100%.
     *
     * <p>The tolerance is 0.05 points: scores are kept to two decimals (HALF_UP), and a clerk who
     * prints a score to one decimal ({@code 3.57 → 3.6}) differs by at most 0.05, which is rounding,
     * not disagreement; anything further is a different score.
     */
    public static final ScoringRules NATIONAL = new ScoringRules(
            List.of(
                    new GradeFloor(Grade.EXCELLENT, new BigDecimal("90")),
                    new GradeFloor(Grade.GOOD, new BigDecimal("80")),
                    new GradeFloor(Grade.FAIR, new BigDecimal("60")),
                    new GradeFloor(Grade.POOR, BigDecimal.ZERO)),
            List.of(
                    new BandRule(Band.ACHIEVED, new BigDecimal("0.8"), BigDecimal.ONE),
                    new BandRule(Band.PARTIAL, new BigDecimal("0.6"), new BigDecimal("0.8")),
                    new BandRule(Band.MISSED, BigDecimal.ZERO, new BigDecimal("0.6"))),
            List.of(
                    new Weight("产出", new BigDecimal("50")), new Weight("效益", new BigDecimal("30")),
                    new Weight("满意度", new BigDecimal("10")), new Weight("预算执行", new BigDecimal("10"))),
            Map.of("满意度", List.of("产出", "效益")),
            "预算执行",
            BigDecimal.ONE,
            new BigDecimal("0.05"),
            2,
            RoundingMode.HALF_UP);

    /** The rules of a template's self-evaluation form: its {@code scoring}, field by field over {@link #NATIONAL}. */
    public static ScoringRules of(Template resolved) {
        return of(StageForms.of(resolved, Stage.SELF_EVALUATION).scoring());
    }

    /**
     * {@code scoring} over the national rules: the weights and the grades it gives replace the
     * national ones as a whole (a province that re-weights writes every 一级, so no national weight
     * is left in by accident); a band it gives replaces that band only; null is {@link #NATIONAL}.
     */
    public static ScoringRules of(Scoring scoring) {
        if (scoring == null) {
            return NATIONAL;
        }
        ScoringRules n = NATIONAL;
        List<GradeFloor> grades = scoring.grades().isEmpty()
                ? n.grades()
                : scoring.grades().stream()
                        .map(g -> new GradeFloor(g.grade(), g.floor()))
                        .sorted(Comparator.comparing(GradeFloor::floor).reversed())
                        .toList();
        BigDecimal hundred = BigDecimal.valueOf(100);
        List<BandRule> bands = new ArrayList<>();
        for (BandRule national : n.bands()) {
            bands.add(scoring.bands().stream()
                    .filter(b -> b.band() == national.band())
                    .map(b -> new BandRule(
                            b.band(), b.low().divide(hundred), b.high().divide(hundred)))
                    .findFirst()
                    .orElse(national));
        }
        List<Weight> weights = n.weights();
        Map<String, List<String>> redistribution = n.redistribution();
        if (!scoring.weights().isEmpty()) {
            weights = scoring.weights().stream()
                    .map(w -> new Weight(w.level1(), w.points()))
                    .toList();
            redistribution = new LinkedHashMap<>();
            for (ScoreWeight w : scoring.weights()) {
                if (!w.to().isEmpty()) {
                    redistribution.put(w.level1(), w.to());
                }
            }
        }
        return new ScoringRules(
                grades,
                bands,
                weights,
                redistribution,
                scoring.fundsLevel1() != null ? scoring.fundsLevel1() : n.fundsLevel1(),
                n.executionCap(),
                scoring.tolerance() != null ? scoring.tolerance() : n.tolerance(),
                n.scale(),
                n.rounding());
    }

    public ScoringRules {
        grades = List.copyOf(grades);
        bands = List.copyOf(bands);
        weights = List.copyOf(weights);
        redistribution = Map.copyOf(redistribution);
        Objects.requireNonNull(fundsLevel1, "fundsLevel1");
        Objects.requireNonNull(rounding, "rounding");
        if (executionCap.signum() <= 0 || tolerance.signum() < 0 || scale < 0) {
            throw new IllegalArgumentException("execution cap > 0, tolerance ≥ 0 and scale ≥ 0 expected");
        }
    }

    /** The grade of a total: the first floor it reaches; the lowest grade if it reaches none. */
    public Grade grade(BigDecimal total) {
        for (GradeFloor floor : grades) {
            if (total.compareTo(floor.floor()) >= 0) {
                return floor.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }

    /** The share a band allows. */
    public BandRule band(Band band) {
        return bands.stream()
                .filter(b -> b.band() == band)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule for band " + band));
    }

    /**
     * Whether a 一级 as a form prints it names a weighted one: {@code 产出指标} is 产出,
     * {@code 服务对象满意度指标} is 满意度 (the printed label ends with the key once 指标 is dropped).
     */
    public static boolean matches(String key, String level1) {
        if (level1 == null) {
            return false;
        }
        String name = level1.strip();
        name = name.endsWith("指标") ? name.substring(0, name.length() - 2) : name;
        return name.endsWith(key);
    }

    /** The weight key a printed 一级 falls under, if any. */
    public Optional<String> keyOf(String level1) {
        return weights.stream()
                .map(Weight::level1)
                .filter(k -> matches(k, level1))
                .findFirst();
    }

    /**
     * The weights when only some 一级 are present: each absent one's points go to its receivers
     * that are present (or to every present one), pro rata to their own points, rounded to
     * {@link #scale} with the remainder given to the largest receiver so that the total is kept.
     * With 满意度 absent, national weights become 产出 56.25, 效益 33.75, 预算执行 10.
     *
     * @param present the weight keys (see {@link #keyOf}) the document has
     */
    public List<Weight> weightsFor(Collection<String> present) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        weights.stream().filter(w -> present.contains(w.level1())).forEach(w -> result.put(w.level1(), w.points()));
        for (Weight absent : weights) {
            if (!present.contains(absent.level1())) {
                give(absent, result);
            }
        }
        List<Weight> out = new ArrayList<>();
        result.forEach((k, v) -> out.add(new Weight(k, v)));
        return out;
    }

    private void give(Weight absent, Map<String, BigDecimal> result) {
        // by default budget execution takes nothing: its 分值 is the execution rate's, not a share of the indicators'
        List<String> listed = redistribution.get(absent.level1());
        List<String> receivers = listed != null
                ? listed.stream().filter(result::containsKey).toList()
                : result.keySet().stream().filter(k -> !k.equals(fundsLevel1)).toList();
        BigDecimal base = receivers.stream().map(this::baseWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (receivers.isEmpty() || base.signum() == 0) {
            return;
        }
        BigDecimal given = BigDecimal.ZERO;
        String largest = receivers.get(0);
        for (String r : receivers) {
            BigDecimal share = absent.points().multiply(baseWeight(r)).divide(base, scale, rounding);
            result.merge(r, share, BigDecimal::add);
            given = given.add(share);
            largest = baseWeight(r).compareTo(baseWeight(largest)) > 0 ? r : largest;
        }
        result.merge(largest, absent.points().subtract(given), BigDecimal::add);
    }

    private BigDecimal baseWeight(String key) {
        return weights.stream()
                .filter(w -> w.level1().equals(key))
                .map(Weight::points)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
