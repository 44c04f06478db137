package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.target.Target;

/**
 * One entry of an indicator library (指标库): what the indicator means, how it is measured and
 * what a sensible default target is. Templates refer to it by {@code id} or by name/alias.
 *
 * @param id stable identifier, e.g. {@code budget-execution-rate}
 * @param name the 三级指标 name as printed on forms
 * @param aliases other spellings with the same meaning (“三公”经费变动率 / “三公经费”变动率)
 * @param explanation 指标解释: what the indicator reflects
 * @param formula 计算公式, where one exists
 * @param source 数据来源 / 佐证材料
 * @param unit 计量单位 for quantitative indicators
 * @param kind 定量 or 定性
 * @param direction 正向, 反向 or 等于
 * @param target the default 指标值
 * @param scale the qualitative grades for 定性 indicators, best first
 * @param basis default 指标值确定依据
 * @param category default 指标分类
 * @param weight default 分值
 * @param scope 共性 or a sector such as 公安
 */
public record IndicatorDef(
        @Required String id,
        @Required String name,
        List<String> aliases,
        String explanation,
        String formula,
        String source,
        String unit,
        Kind kind,
        Direction direction,
        Target target,
        List<String> scale,
        String basis,
        String category,
        BigDecimal weight,
        String scope,
        @JsonIgnore Position pos) {

    public IndicatorDef {
        aliases = Lists.copy(aliases);
        scale = Lists.copy(scale);
        pos = pos == null ? Position.NONE : pos;
    }
}
