package org.zhibiao.check;

import static org.zhibiao.diag.Severity.WARNING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * Tables and texts copied instead of written (issue 14): a 长期 table that repeats the 年度 table,
 * a 重点工作 that repeats its 职能, an indicator under 满意度 that measures no satisfaction, and two
 * 三级 names one typo apart.
 */
final class CopyRules {

    static final Message SAME_TABLES = new Message(
            RuleCode.TABLES_IDENTICAL,
            WARNING,
            "“%s”表与“%s”表完全相同（%s 行）；长期指标应体现多年目标，请分别填写",
            "table '%s' is identical to table '%s' (%s rows); long-term targets should state the multi-year goal");
    static final Message KEY_WORK = new Message(
            RuleCode.KEY_WORK_EQUALS_FUNCTION,
            WARNING,
            "重点工作“%s”照抄了职能；请写出本年度为该职能开展的具体工作",
            "the key work '%s' repeats its function; name this year's concrete work for that function");
    static final Message NOT_SATISFACTION = new Message(
            RuleCode.NOT_SATISFACTION,
            WARNING,
            "“%s”列在满意度指标下，却不是满意度指标；请移到产出或效益指标下",
            "'%s' is listed under satisfaction but measures no satisfaction; move it to outputs or effects");
    static final Message NEAR_DUPLICATE = new Message(
            RuleCode.NEAR_DUPLICATE,
            WARNING,
            "三级指标“%s”与“%s”（%s）只差一两个字；是重复还是笔误？",
            "level-3 indicator '%s' differs from '%s' (%s) by a character or two: a duplicate or a typo?");

    private CopyRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        SAME_TABLES,
                        "湖北长期与年度绩效指标表逐行相同（名称与指标值），说明长期目标只是抄了年度。",
                        "The long-term table repeats the annual table row for row, names and values: the "
                                + "long-term targets were copied.",
                        CopyRules::sameTables),
                new BuiltinRule(
                        KEY_WORK,
                        "江苏履职表中重点工作不应照抄其职能（二级）原文。",
                        "A Jiangsu key work does not merely repeat its function, the 二级.",
                        RowCheck.filled(CopyRules::keyWork)),
                new BuiltinRule(
                        NOT_SATISFACTION,
                        "满意度一级下只列满意度指标（名称含 words，默认 满意）；" + "如“文明交通指数”“抓拍功能准确率”应移走。参数 words。",
                        "Only satisfaction indicators (names containing words, default 满意) stand under a 满意度 "
                                + "level 1; 文明交通指数 or 抓拍功能准确率 belong elsewhere. Parameter: words.",
                        RowCheck.prepared(CopyRules::notSatisfaction)),
                new BuiltinRule(
                        NEAR_DUPLICATE,
                        "同一张表中两个三级名称只差一两个字（编辑距离不超过名称长度的三分之一），多半是重复或笔误。",
                        "Two level-3 names of a table a character or two apart (edit distance at most a third of "
                                + "the name) are most likely a duplicate or a typo.",
                        CopyRules::nearDuplicates));
    }

    private static void sameTables(CheckContext ctx) {
        List<Table> tables = ctx.declaration().tables();
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                Table a = tables.get(i);
                Table b = tables.get(j);
                if (!a.rows().isEmpty() && same(ctx, a, b)) {
                    ctx.report(
                            SAME_TABLES,
                            a.pos(),
                            a.name(),
                            Hint.NONE,
                            a.name(),
                            b.name(),
                            a.rows().size());
                }
            }
        }
    }

    /** Same rows in the same order, each with the same name and the same main value. */
    private static boolean same(CheckContext ctx, Table a, Table b) {
        if (a.rows().size() != b.rows().size()) {
            return false;
        }
        for (int k = 0; k < a.rows().size(); k++) {
            Row x = a.rows().get(k);
            Row y = b.rows().get(k);
            Value vx = ctx.facts().main(a, x);
            Value vy = ctx.facts().main(b, y);
            if (!ctx.facts().key(x).equals(ctx.facts().key(y))
                    || x.isToFill()
                    || vx == null
                    || vy == null
                    || !vx.raw().equals(vy.raw())) {
                return false;
            }
        }
        return true;
    }

    private static void keyWork(CheckContext ctx, Table table, Row row) {
        if (!Names.isBlank(row.keyWork())
                && !Names.isBlank(row.level2())
                && Names.normalise(row.keyWork()).equals(Names.normalise(row.level2()))) {
            ctx.report(
                    KEY_WORK,
                    row.at("keyWork"),
                    Facts.path(table, row),
                    Hint.NONE,
                    row.keyWork().strip());
        }
    }

    private static RowCheck.Body notSatisfaction(CheckContext settings) {
        List<String> words = settings.list("words", List.of("满意"));
        return (ctx, table, row) -> {
            String name = row.level3();
            if (row.level1() == null
                    || !row.level1().contains("满意度")
                    || Names.isBlank(name)
                    || ctx.facts().templateFixed(row)) {
                return;
            }
            if (words.stream().noneMatch(name::contains)) {
                ctx.report(NOT_SATISFACTION, row.at("level3"), Facts.path(table, row), Hint.NONE, name.strip());
            }
        };
    }

    /**
     * The most distinct 三级 names a later row is compared with. The comparison is an edit distance
     * per pair: over every earlier row it was quadratic, and a 20,000-row table took minutes. Each
     * distinct name is compared once, and only names whose lengths are close enough to be a slip.
     */
    private static final int NEAR_DUPLICATE_NAMES = 2_000;

    private static void nearDuplicates(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            Map<String, Row> earlier = new LinkedHashMap<>();
            List<DidYouMean.Word> words = new ArrayList<>();
            for (Row row : table.rows()) {
                DidYouMean.Word word =
                        row.level3() == null ? null : ctx.facts().framework().word(row.level3(), CopyRules::word);
                if (word == null) {
                    continue;
                }
                DidYouMean.Word first = firstSlip(words, word);
                // a fixed row's name is the template's: asked only of the rare slip (#14: asked of
                // every row, it was a third of this rule's time)
                if (first != null && !ctx.facts().templateFixed(row)) {
                    ctx.report(
                            NEAR_DUPLICATE,
                            row.at("level3"),
                            Facts.path(table, row),
                            Hint.NONE,
                            word.text(),
                            first.text(),
                            earlier.get(first.text()).at("level3"));
                }
                if (earlier.size() < NEAR_DUPLICATE_NAMES && earlier.putIfAbsent(word.text(), row) == null) {
                    words.add(word);
                }
            }
        }
    }

    /** The first of {@code earlier} that {@code word} is a slip of, or null. */
    private static DidYouMean.Word firstSlip(List<DidYouMean.Word> earlier, DidYouMean.Word word) {
        for (DidYouMean.Word first : earlier) {
            if (DidYouMean.isSlip(first, word)) {
                return first;
            }
        }
        return null;
    }

    /** A 三级 name stripped and prepared for comparisons, or null when it is blank or not {@link #comparable}. */
    private static DidYouMean.Word word(String level3) {
        String name = Names.isBlank(level3) ? null : level3.strip();
        return name == null || !comparable(name) ? null : DidYouMean.Word.of(name);
    }

    /** Names of five characters or more without digits: the ones a typo can make near-equal. */
    private static boolean comparable(String name) {
        if (name.length() < 5) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
