package org.zhibiao.score;

import java.math.BigDecimal;
import org.zhibiao.diag.Position;

/**
 * One line's 得分 with how it was reached.
 *
 * @param level1 the line's 一级 as printed
 * @param path the row's path; empty for the funds line
 * @param points 分值
 * @param score the 得分 the rules give, rounded to the rules' scale, never above {@code points}
 * @param reason how the score was reached
 * @param position where the line is
 */
public record LineScore(
        String level1, String path, BigDecimal points, BigDecimal score, Reason reason, Position position) {}
