package org.zhibiao.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 计量单位 the grammar knows, their {@link UnitFamily}, and which of them convert into one
 * another ({@code 万元} = 10 000 {@code 元}, {@code 小时} = 60 {@code 分钟}) for comparisons.
 *
 * <p>The list is closed on purpose: a number followed by an unknown word is either prose
 * ("3个重点项目按期完成") or an error, never a silently invented unit. Magnitude prefixes
 * (万 亿 千 十万 百万 千万) combine with every Chinese count, money and other unit.
 */
final class Units {

    /** How a unit converts: {@code value × factor} is the amount in {@code base}. */
    record Scale(String base, BigDecimal factor) {}

    private static final Map<String, UnitFamily> FAMILY = new HashMap<>();
    private static final Map<String, Scale> SCALE = new HashMap<>();
    private static final Map<Character, String[]> BY_FIRST = new HashMap<>();

    static {
        add(UnitFamily.RATIO, "%", "‰", "比例", "百分点", "个百分点");
        add(
                UnitFamily.COUNT,
                "个 次 人 人次 台 类 起 件 项 场 份 户 所 辆 套 家 篇 期 批 条 处 名 位 支 座 本 张 册"
                        + " 部 例 宗 单 门 棵 株 头 只 组 队 班 届 轮 节 间 床 艘 架 盏 块 根 枚 首 幅 集 段 层 栋 幢 片 网点"
                        + " 批次 场次 班次 车次 架次 户次 家次 件次 项次 篇次 期次 所次 册次 个数");
        add(UnitFamily.TIME, "秒 分钟 小时 天 日 工作日 个工作日 周 个周 星期 个星期 个月 月 季度 个季度 年 学时 课时 min h");
        add(UnitFamily.MONEY, "元 美元");
        add(
                UnitFamily.OTHER,
                "分 亩 公顷 平方米 平米 平方公里 平方千米 立方米 公里 千米 米 厘米 毫米 吨 千克 公斤 克 斤"
                        + " 升 毫升 千瓦 千瓦时 兆瓦 度 ℃ 分贝 倍 级 星 km kg m t GB TB MB");
        scale(
                "秒", "秒", "1", "min", "60", "分钟", "60", "小时", "3600", "h", "3600", "天", "86400", "日", "86400", "周",
                "604800", "个周", "604800", "星期", "604800", "个星期", "604800");
        scale("月", "月", "1", "个月", "1", "季度", "3", "个季度", "3", "年", "12");
        scale("工作日", "工作日", "1", "个工作日", "1");
        scale("%", "%", "1", "‰", "0.1", "比例", "100");
        scale("米", "米", "1", "m", "1", "公里", "1000", "千米", "1000", "km", "1000", "厘米", "0.01", "毫米", "0.001");
        scale("平方米", "平方米", "1", "平米", "1", "公顷", "10000", "平方公里", "1000000", "平方千米", "1000000");
        scale("克", "克", "1", "千克", "1000", "公斤", "1000", "kg", "1000", "斤", "500", "吨", "1000000", "t", "1000000");
        scale("百分点", "百分点", "1", "个百分点", "1");
        prefix("万", "10000", "亿", "100000000", "千", "1000", "十万", "100000", "百万", "1000000", "千万", "10000000");
        index();
    }

    private Units() {}

    /** The longest known unit at {@code at} (folded, as it is printed), or {@code null}. */
    static String at(CharSequence s, int at, int end) {
        String[] candidates = at < end ? BY_FIRST.get(Chars.fold(s.charAt(at))) : null;
        if (candidates != null) {
            for (String unit : candidates) {
                if (Chars.foldedMatch(s, at, end, unit)) {
                    return unit;
                }
            }
        }
        return null;
    }

    /** The family of a printed unit; a per-unit rate ({@code 万元/人}) has its numerator's family. */
    static UnitFamily family(String unit) {
        int slash = unit.indexOf('/');
        if (slash < 0) {
            return FAMILY.get(unit);
        }
        return FAMILY.containsKey(unit.substring(slash + 1)) ? FAMILY.get(unit.substring(0, slash)) : null;
    }

    /** How to convert {@code unit}; a unit without conversions is its own base with factor 1. */
    static Scale scale(String unit) {
        Scale known = SCALE.get(unit);
        return known != null ? known : new Scale(unit, BigDecimal.ONE);
    }

    private static void add(UnitFamily family, String... units) {
        for (String list : units) {
            for (String unit : list.split(" ", -1)) {
                FAMILY.put(unit, family);
            }
        }
    }

    private static void scale(String base, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            SCALE.put(pairs[i], new Scale(base, new BigDecimal(pairs[i + 1])));
        }
    }

    /** Adds 万元, 万人次, 亿元 … for every Chinese non-time, non-ratio unit; explicit entries win. */
    private static void prefix(String... pairs) {
        List<Map.Entry<String, UnitFamily>> bases = new ArrayList<>(FAMILY.entrySet());
        for (int i = 0; i < pairs.length; i += 2) {
            BigDecimal factor = new BigDecimal(pairs[i + 1]);
            for (Map.Entry<String, UnitFamily> base : bases) {
                String unit = pairs[i] + base.getKey();
                boolean prefixable = base.getValue() != UnitFamily.TIME
                        && base.getValue() != UnitFamily.RATIO
                        && Chars.isHanAt(base.getKey(), 0);
                if (prefixable && !FAMILY.containsKey(unit)) {
                    FAMILY.put(unit, base.getValue());
                    Scale of = scale(base.getKey());
                    SCALE.put(unit, new Scale(of.base(), of.factor().multiply(factor)));
                }
            }
        }
    }

    private static void index() {
        Map<Character, List<String>> groups = new HashMap<>();
        FAMILY.keySet().forEach(u -> groups.computeIfAbsent(u.charAt(0), k -> new ArrayList<>())
                .add(u));
        groups.forEach((first, list) -> BY_FIRST.put(
                first,
                list.stream()
                        .sorted(Comparator.comparingInt(String::length)
                                .reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .toArray(String[]::new)));
    }
}
