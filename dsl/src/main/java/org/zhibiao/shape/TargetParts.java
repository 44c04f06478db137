package org.zhibiao.shape;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指标值 spread over the cells of a form that prints it in parts (operator | number | unit, as
 * 乌海 and 井研县 do), and gathered back. Splitting keeps the very characters typed: the parts
 * joined are the text again, so a value read from a split form and written back is the same cells.
 */
public final class TargetParts {

    /** Text before the first digit, the number, and what follows it. */
    private static final Pattern SPLIT =
            Pattern.compile("^(\\D*?)([+\\-]?[0-9０-９]+(?:[.．][0-9０-９]+)?)(.*)$", Pattern.DOTALL);

    private static final Pattern LEADING_OPERATOR = Pattern.compile("^(>=|<=|[≥≤=<>＝＞＜])");

    private TargetParts() {}

    /**
     * The parts of a 指标值 for {@code count} printed cells: with three, operator, number and unit;
     * with two, operator and the rest; a value with no number (健全) goes whole into the number cell.
     */
    public static List<String> split(String text, int count) {
        String t = text == null ? "" : text;
        Matcher m = SPLIT.matcher(t);
        String op = "";
        String number = t;
        String unit = "";
        if (m.matches()) {
            op = m.group(1);
            number = m.group(2);
            unit = m.group(3);
        } else {
            // a level with its operator (=健全): the operator keeps its own cell
            Matcher lead = LEADING_OPERATOR.matcher(t);
            if (lead.find()) {
                op = lead.group();
                number = t.substring(lead.end());
            }
        }
        return switch (count) {
            case 1 -> List.of(t);
            case 2 -> List.of(op, number + unit);
            default -> List.of(op, number, unit);
        };
    }

    /**
     * The 指标值 from its printed parts in operator, number, unit order; a unit the number cell
     * already ends with is not added twice, and a missing operator is left missing (the checker
     * says so), never guessed.
     */
    public static String join(List<String> parts) {
        List<String> p = parts.stream().map(x -> x == null ? "" : x.strip()).toList();
        if (p.size() < 3) {
            return String.join("", p);
        }
        String number = p.get(1);
        String unit = p.get(2);
        return p.get(0) + number + (!unit.isEmpty() && number.endsWith(unit) ? "" : unit);
    }
}
