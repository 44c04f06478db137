package org.zhibiao.cli.docs;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Lang;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/**
 * The single-page HTML reference ({@code index.html}): every template's indicator tree and every
 * library entry's definition, with a search box. CSS and JS are inlined and a Content-Security-Policy
 * forbids every fetch, so the page is the same offline as online.
 */
final class HtmlPage {

    static final String TITLE = "zhibiao 目录参考";

    private final Reference ref;
    private final StringBuilder out = new StringBuilder();

    HtmlPage(Reference ref) {
        this.ref = ref;
    }

    String render() {
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<title>")
                .append(TITLE)
                .append("</title>\n<style>\n")
                .append(Html.asset("docs.css"))
                .append("</style>\n</head>\n<body>\n<header><h1>")
                .append(TITLE)
                .append("</h1>\n")
                .append("<input id=\"q\" type=\"search\" placeholder=\"搜索指标：名称、别名、指标解释…\" ")
                .append("aria-label=\"搜索指标\" autocomplete=\"off\">\n<span id=\"count\" aria-live=\"polite\"></span>")
                .append("</header>\n<div class=\"layout\">\n");
        nav();
        out.append("<main>\n<p id=\"nothing\" hidden>没有匹配的指标。</p>\n");
        out.append("<section id=\"templates\">\n<h2>模板</h2>\n");
        ref.templates.forEach(t -> new HtmlTree(ref, t, out).render());
        out.append("</section>\n<section id=\"definitions\">\n<h2>指标定义</h2>\n");
        ref.libraries.forEach(this::library);
        out.append("</section>\n");
        rules();
        out.append("</main>\n</div>\n<script>\n").append(Html.asset("docs.js")).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void nav() {
        out.append("<nav>\n<h2><a href=\"#templates\">模板</a></h2>\n<ul>\n");
        for (Template t : ref.templates) {
            out.append("<li><a href=\"#")
                    .append(Html.esc(Html.id("t-", t.reference())))
                    .append("\">")
                    .append(Html.esc(t.title()))
                    .append("</a><br><code>")
                    .append(Html.esc(t.reference()))
                    .append("</code></li>\n");
        }
        out.append("</ul>\n<h2><a href=\"#definitions\">指标定义</a></h2>\n<ul>\n");
        for (Library l : ref.libraries) {
            out.append("<li><a href=\"#")
                    .append(Html.esc(Html.id("l-", l.id())))
                    .append("\">")
                    .append(Html.esc(l.title()))
                    .append("</a>（")
                    .append(l.indicators().size())
                    .append("）</li>\n");
        }
        out.append("</ul>\n<h2><a href=\"#rules\">审核规则</a>（")
                .append(ref.rules.size())
                .append("）</h2>\n</nav>\n");
    }

    private void library(Library l) {
        out.append("<section class=\"lib\" id=\"")
                .append(Html.esc(Html.id("l-", l.id())))
                .append("\">\n<h3>")
                .append(Html.esc(l.title()))
                .append(" <code>")
                .append(Html.esc(l.id()))
                .append("</code></h3>\n")
                .append("<p class=\"meta\">版本 ")
                .append(Html.esc(l.version()))
                .append(" · ")
                .append(l.indicators().size())
                .append(" 个指标</p>\n");
        l.indicators().forEach(this::definition);
        out.append("</section>\n");
    }

    private void definition(IndicatorDef d) {
        out.append("<article class=\"def\" id=\"")
                .append(Html.esc(Html.id("i-", d.id())))
                .append("\" data-search=\"")
                .append(Html.esc(searchText(d)))
                .append("\">\n<h4>")
                .append(Html.esc(d.name()));
        if (d.scope() != null) {
            out.append("<span class=\"tag\">").append(Html.esc(d.scope())).append("</span>");
        }
        out.append("</h4>\n<dl>\n");
        field("别名", Html.esc(Labels.of(d.aliases())));
        field("指标解释", Html.esc(d.explanation()));
        field("计算公式", Html.esc(d.formula()));
        field("数据来源", Html.esc(d.source()));
        field("计量单位", Html.esc(d.unit()));
        field("指标类型", Html.esc(Labels.of(d.kind())));
        field("指标方向", Html.esc(Labels.of(d.direction())));
        field("默认指标值", "<span class=\"target\">" + Html.esc(Labels.of(d.target())) + "</span>");
        field("定性等级", Html.esc(String.join(" › ", d.scale())));
        field("指标值确定依据", Html.esc(d.basis()));
        field("指标分类", Html.esc(d.category()));
        field("分值", Html.esc(Labels.of(d.weight())));
        field("适用范围", Html.esc(d.scope()));
        field("编号", "<code>" + Html.esc(d.id()) + "</code>");
        List<String> users = new ArrayList<>();
        for (Template t : ref.usersOf(d.id())) {
            users.add(
                    "<a href=\"#" + Html.esc(Html.id("t-", t.reference())) + "\">" + Html.esc(t.reference()) + "</a>");
        }
        field("用于模板", String.join("、", users));
        out.append("</dl>\n</article>\n");
    }

    /** What the search box matches an entry against: its name, aliases and 指标解释. */
    static String searchText(IndicatorDef d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.name());
        parts.addAll(d.aliases());
        parts.add(d.explanation() == null ? "" : d.explanation());
        return String.join(" ", parts);
    }

    private void field(String name, String html) {
        if (html != null && !html.isEmpty() && !html.equals("<span class=\"target\"></span>")) {
            out.append("<dt>").append(name).append("</dt><dd>").append(html).append("</dd>\n");
        }
    }

    private void rules() {
        out.append("<section id=\"rules\">\n<h2>审核规则</h2>\n<p class=\"meta\"><code>zhibiao check</code> 的内置规则；")
                .append("模板可在 <code>rules:</code> 中开关或调整，<code>zhibiao check --explain CODE</code> 打印同样的说明。</p>\n")
                .append("<table>\n<thead><tr><th>规则</th><th>默认级别</th><th>默认启用</th><th>说明</th></tr></thead>\n<tbody>\n");
        for (Rule r : ref.rules) {
            out.append("<tr id=\"")
                    .append(Html.esc(Html.id("r-", r.code())))
                    .append("\"><td><code>")
                    .append(Html.esc(r.code()))
                    .append("</code></td><td>")
                    .append(r.defaultSeverity().label(Lang.ZH))
                    .append("</td><td>")
                    .append(r.enabledByDefault() ? "是" : "否")
                    .append("</td><td>")
                    .append(Html.esc(r.explain(Lang.ZH)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }
}
