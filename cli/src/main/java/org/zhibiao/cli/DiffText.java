package org.zhibiao.cli;

import java.util.List;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import org.zhibiao.diff.Difference;
import org.zhibiao.diff.What;

/**
 * Prints template differences one per line, as {@code zhibiao catalogue diff} shows them:
 * a {@code +}/{@code -}/{@code ~} marker, the 一级 › 二级 › 三级 path, then what changed.
 */
final class DiffText {

    private static final String SEP = " › ";

    private DiffText() {}

    static String render(List<Difference> differences, Lang lang) {
        StringBuilder out = new StringBuilder();
        differences.forEach(d -> out.append(line(d, lang)).append('\n'));
        return out.toString();
    }

    static String line(Difference d, Lang lang) {
        return d.sign().marker() + " " + where(d, lang) + "  " + what(d, lang);
    }

    private static String where(Difference d, Lang lang) {
        String path = String.join(SEP, d.path());
        return switch (d.what().area()) {
            case TREE -> path;
            case FORM ->
                d.what() == What.TABLE || !path.isEmpty()
                        ? Text.DIFF_TABLE.format(lang, path)
                        : Text.DIFF_FORM.template(lang);
            case TEMPLATE -> Text.WORD_TEMPLATE.template(lang);
            case RULES -> Text.DIFF_RULE.format(lang, path);
        };
    }

    private static String what(Difference d, Lang lang) {
        String noun = lang == Lang.ZH ? d.what().zh() : d.what().en();
        return switch (d.sign()) {
            case ADDED -> Text.DIFF_ADDED.format(lang, noun, detail(d.after(), lang));
            case REMOVED -> Text.DIFF_REMOVED.format(lang, noun, detail(d.before(), lang));
            case CHANGED ->
                Text.DIFF_CHANGED.format(
                        lang, changed(d, noun, lang), value(d, d.before(), lang), value(d, d.after(), lang));
        };
    }

    private static String changed(Difference d, String noun, Lang lang) {
        if ((d.what() == What.TARGET || d.what() == What.HALF_YEAR) && d.strictness() != null) {
            Text how =
                    switch (d.strictness()) {
                        case STRICTER -> Text.DIFF_TIGHTENED;
                        case LOOSER -> Text.DIFF_LOOSENED;
                        case SAME -> Text.DIFF_RESPELLED;
                        case INCOMPARABLE -> Text.DIFF_INCOMPARABLE;
                    };
            return how.format(lang, noun);
        }
        return switch (d.what()) {
            case MOVED -> Text.DIFF_MOVED.template(lang);
            case RENAMED -> Text.DIFF_RENAMED.template(lang);
            case ORDER -> Text.DIFF_REORDERED.template(lang);
            default -> Text.DIFF_NOUN_CHANGED.format(lang, noun);
        };
    }

    private static String detail(String text, Lang lang) {
        return text.isEmpty() ? "" : Text.DIFF_DETAIL.format(lang, text);
    }

    private static String value(Difference d, String text, Lang lang) {
        if (text.isEmpty()) {
            return Text.WORD_NONE.template(lang);
        }
        if (d.what() == What.REQUIRED || d.what() == What.KEY_WORK || d.what() == What.COLUMN_REQUIRED) {
            return (Boolean.parseBoolean(text) ? Text.WORD_YES : Text.WORD_NO).template(lang);
        }
        return text;
    }
}
