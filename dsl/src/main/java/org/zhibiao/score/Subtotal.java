package org.zhibiao.score;

import java.math.BigDecimal;

/**
 * The score of one 一级: the sum of its lines' 得分.
 *
 * @param level1 the 一级 as printed
 * @param weight the points the rules give this 一级 after redistribution; null when the rules do not weight it
 * @param points the sum of its lines' 分值
 * @param score the sum of its lines' 得分
 */
public record Subtotal(String level1, BigDecimal weight, BigDecimal points, BigDecimal score) {}
