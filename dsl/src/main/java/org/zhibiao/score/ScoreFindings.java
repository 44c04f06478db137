package org.zhibiao.score;

import org.zhibiao.check.Message;
import org.zhibiao.check.RuleCode;
import org.zhibiao.diag.Severity;

/** The scorer's findings, one {@link Message} per rule code, zh and en side by side (STYLE.md 9). */
public final class ScoreFindings {

    public static final Message ABOVE_POINTS = new Message(
            RuleCode.SCORE_ABOVE_POINTS,
            Severity.ERROR,
            "得分 %s 高于分值 %s；得分不能超过分值",
            "the score %s is above its points %s; a score cannot exceed its points");

    public static final Message DISAGREES = new Message(
            RuleCode.SCORE_DISAGREES,
            Severity.WARNING,
            "填写的得分 %s 与评分规则算出的 %s 不符（允许误差 %s 分）；请按规则改正，或在偏差原因中说明扣分理由",
            "the typed score %s differs from %s by the scoring rules (tolerance %s); correct it, or explain the"
                    + " deduction in the deviation reason");

    public static final Message ACTUAL_MISSING = new Message(
            RuleCode.ACTUAL_MISSING,
            Severity.ERROR,
            "缺少实际完成值；请填写，才能按规则计分",
            "no actual value; fill it in so that the row can be scored");

    public static final Message SHORTFALL_UNEXPLAINED = new Message(
            RuleCode.SHORTFALL_WITHOUT_REASON,
            Severity.WARNING,
            "未达到指标值（得分 %s，分值 %s），但没有填写偏差原因分析及改进措施；请说明原因",
            "the target was missed (score %s of %s) but no deviation reason is given; explain why");

    public static final Message OUTSIDE_BAND = new Message(
            RuleCode.SCORE_OUTSIDE_BAND,
            Severity.ERROR,
            "定性指标评为“%s”，得分应在 %s–%s 分之间，填写的是 %s；请调整得分或评级",
            "the qualitative row is rated '%s', so its score lies between %s and %s, but %s was typed; change the"
                    + " score or the rating");

    public static final Message UNSCORED_BAND = new Message(
            RuleCode.QUALITATIVE_UNSCORED,
            Severity.INFO,
            "定性指标评为“%s”但没有填写得分；暂按该档下限计 %s 分，请在 %s–%s 分之间填写",
            "the qualitative row is rated '%s' but has no score; %s (the band's lower end) is counted, type a score"
                    + " between %s and %s");

    public static final Message BY_HAND = new Message(
            RuleCode.SCORE_BY_HAND,
            Severity.WARNING,
            "无法按规则计分：实际完成值“%s”与指标值“%s”的单位或符号不能比较；请核对，或填写人工核定的得分",
            "cannot be scored by the rules: the actual value '%s' and the target '%s' do not compare (unit, operator"
                    + " or sign); check them, or type the score you determined");

    private ScoreFindings() {}
}
