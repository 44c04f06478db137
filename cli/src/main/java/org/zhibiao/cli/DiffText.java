package org.zhibiao.cli;

import java.util.List;
import org.zhibiao.diag.Lang;
import org.zhibiao.diff.Difference;
import org.zhibiao.diff.What;

/**
 * Prints template differences one per line, as {@code zhibiao catalogue diff} shows them:
 * a {@code +}/{@code -}/{@code ~} marker, the 一级 › 二级 › 三级 path, then what changed.
 */
final class DiffText {

    private static final String SEP = " › ";

    private DiffText() {
    }

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
        boolean zh = lang == Lang.ZH;
        return switch (d.what().area()) {
            case TREE -> path;
            case FORM -> d.what() == What.TABLE || !path.isEmpty()
                    ? (zh ? "表格 " : "table ") + path : (zh ? "表单" : "form");
            case TEMPLATE -> zh ? "模板" : "template";
            case RULES -> (zh ? "规则 " : "rule ") + path;
        };
    }

    private static String what(Difference d, Lang lang) {
        boolean zh = lang == Lang.ZH;
        String noun = zh ? d.what().zh() : d.what().en();
        return switch (d.sign()) {
            case ADDED -> (zh ? "新增" : "added ") + noun + detail(d.after(), zh);
            case REMOVED -> (zh ? "删除" : "removed ") + noun + detail(d.before(), zh);
            case CHANGED -> changed(d, noun, zh) + (zh ? "：" : ": ") + value(d, d.before(), zh) + " → "
                    + value(d, d.after(), zh);
        };
    }

    private static String changed(Difference d, String noun, boolean zh) {
        if ((d.what() == What.TARGET || d.what() == What.HALF_YEAR) && d.strictness() != null) {
            return noun + switch (d.strictness()) {
                case STRICTER -> zh ? "收紧" : " tightened";
                case LOOSER -> zh ? "放宽" : " loosened";
                case SAME -> zh ? "写法改变（含义相同）" : " respelled (same meaning)";
                case INCOMPARABLE -> zh ? "改变（无法比较松紧）" : " changed (not comparable)";
            };
        }
        return switch (d.what()) {
            case MOVED -> zh ? "移动" : "moved";
            case RENAMED -> zh ? "改名" : "renamed";
            case ORDER -> zh ? "顺序调整" : "reordered";
            default -> noun + (zh ? "改变" : " changed");
        };
    }

    private static String detail(String text, boolean zh) {
        return text.isEmpty() ? "" : zh ? "（" + text + "）" : " (" + text + ")";
    }

    private static String value(Difference d, String text, boolean zh) {
        if (text.isEmpty()) {
            return zh ? "（无）" : "(none)";
        }
        if (d.what() == What.REQUIRED || d.what() == What.KEY_WORK) {
            return Boolean.parseBoolean(text) ? (zh ? "是" : "yes") : (zh ? "否" : "no");
        }
        return text;
    }
}
