package org.zhibiao.target;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and prints 指标值 (DOMAIN.md §7). */
public final class Targets {

    private static final Pattern QUANT = Pattern.compile("([≥≤=<>]?)(-?\\d+(?:\\.\\d+)?)(\\D*)");
    private static final Set<String> PLACEHOLDERS = Set.of("定性", "XX", "xx");
    private static final Set<String> LEVELS = Set.of("健全", "完善", "科学", "合理", "规范", "合规", "完全合规",
            "完全相符", "科学合理", "明确", "公开", "有效", "良好", "提升", "实现", "达标");

    private Targets() {
    }

    public static Target parse(String raw) throws TargetException {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new TargetException("指标值为空", "the target value is empty", 0);
        }
        Matcher m = QUANT.matcher(text);
        if (m.matches()) {
            Operator op = null;
            for (Operator o : Operator.values()) {
                if (o.symbol().equals(m.group(1))) {
                    op = o;
                }
            }
            return new Quantity(op, new BigDecimal(m.group(2)), m.group(3));
        }
        if (PLACEHOLDERS.contains(text)) {
            return new Placeholder(text);
        }
        return LEVELS.contains(text) ? new Level(text) : new Description(text);
    }
}
