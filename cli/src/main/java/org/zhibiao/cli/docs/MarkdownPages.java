package org.zhibiao.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Lang;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/** The Markdown pages of the reference: index, one page per template, one per library, the rules. */
final class MarkdownPages {

    private final Reference ref;

    MarkdownPages(Reference ref) {
        this.ref = ref;
    }

    void addTo(Map<String, String> site) {
        site.put("index.md", index());
        ref.templates.forEach(t -> site.put(Reference.templatePage(t), new TemplatePage(ref, t).render()));
        ref.libraries.forEach(l -> site.put(Reference.libraryPage(l), library(l)));
        site.put("rules.md", rules());
    }

    private String index() {
        Markdown md = new Markdown()
                .heading(1, "zhibiao 目录参考")
                .line("内置模板、指标库与审核规则的参考，由 `zhibiao catalogue docs` 从目录模型生成。"
                        + "可离线浏览的单页版（带搜索）：[index.html](index.html)。")
                .blank()
                .heading(2, "模板");
        List<List<String>> rows = new ArrayList<>();
        for (Template t : ref.templates) {
            rows.add(List.of(
                    Markdown.link(t.reference(), Reference.templatePage(t)),
                    Markdown.cell(t.title()),
                    Markdown.cell(Labels.of(t.scope())),
                    Markdown.cell(t.parent()),
                    String.valueOf(Lines.rowCount(t))));
        }
        md.table(List.of("模板", "标题", "适用范围", "继承自", "三级指标数"), rows).heading(2, "指标库");
        rows = new ArrayList<>();
        for (Library l : ref.libraries) {
            rows.add(List.of(
                    Markdown.link(l.id(), Reference.libraryPage(l)),
                    Markdown.cell(l.title()),
                    Markdown.cell(l.version()),
                    String.valueOf(l.indicators().size())));
        }
        md.table(List.of("指标库", "标题", "版本", "指标数"), rows)
                .heading(2, "审核规则")
                .line("[" + ref.rules.size() + " 条内置审核规则](rules.md)（`zhibiao check --explain CODE`）。");
        return md.toString();
    }

    private String library(Library l) {
        String page = Reference.libraryPage(l);
        Markdown md = new Markdown()
                .heading(1, Markdown.cell(l.title()) + "（" + l.id() + "）")
                .line("版本 " + Markdown.code(l.version()) + " · "
                        + l.indicators().size() + " 个指标 · " + Markdown.link("目录首页", Markdown.up(page) + "index.md"))
                .blank();
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorDef d : l.indicators()) {
            rows.add(List.of(
                    Markdown.link(d.name(), "#" + d.id()),
                    Markdown.cell(Labels.of(d.kind())),
                    Markdown.cell(Labels.of(d.direction())),
                    Markdown.cell(Labels.of(d.target())),
                    Markdown.cell(d.unit()),
                    Markdown.cell(d.scope())));
        }
        md.table(List.of("指标", "类型", "方向", "默认指标值", "单位", "适用范围"), rows);
        for (IndicatorDef d : l.indicators()) {
            md.line("<a id=\"" + d.id() + "\"></a>").blank().heading(2, Markdown.cell(d.name()));
            md.table(List.of("字段", "内容"), definition(d, page));
        }
        return md.toString();
    }

    private List<List<String>> definition(IndicatorDef d, String page) {
        List<List<String>> rows = new ArrayList<>();
        field(rows, "编号", Markdown.code(d.id()));
        field(rows, "别名", Markdown.cell(Labels.of(d.aliases())));
        field(rows, "指标解释", Markdown.cell(d.explanation()));
        field(rows, "计算公式", Markdown.cell(d.formula()));
        field(rows, "数据来源", Markdown.cell(d.source()));
        field(rows, "计量单位", Markdown.cell(d.unit()));
        field(rows, "指标类型", Markdown.cell(Labels.of(d.kind())));
        field(rows, "指标方向", Markdown.cell(Labels.of(d.direction())));
        field(rows, "默认指标值", Markdown.cell(Labels.of(d.target())));
        field(rows, "定性等级（由好到差）", Markdown.cell(String.join(" › ", d.scale())));
        field(rows, "指标值确定依据", Markdown.cell(d.basis()));
        field(rows, "指标分类", Markdown.cell(d.category()));
        field(rows, "分值", Markdown.cell(Labels.of(d.weight())));
        field(rows, "适用范围", Markdown.cell(d.scope()));
        List<String> users = ref.usersOf(d.id()).stream()
                .map(t -> Markdown.link(t.reference(), Markdown.up(page) + Reference.templatePage(t)))
                .toList();
        field(rows, "用于模板", String.join("、", users));
        return rows;
    }

    private static void field(List<List<String>> rows, String name, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(List.of(name, value));
        }
    }

    private String rules() {
        Markdown md = new Markdown()
                .heading(1, "审核规则")
                .line("`zhibiao check` 的内置规则。模板可在 `rules:` 中开关或调整；" + "`zhibiao check --explain CODE` 打印同样的说明。")
                .blank();
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : ref.rules) {
            rows.add(List.of(
                    Markdown.link(r.code(), "#" + r.code()),
                    r.defaultSeverity().label(Lang.ZH),
                    r.enabledByDefault() ? "是" : "否"));
        }
        md.table(List.of("规则", "默认级别", "默认启用"), rows);
        for (Rule r : ref.rules) {
            md.line("<a id=\"" + r.code() + "\"></a>")
                    .blank()
                    .heading(2, Markdown.code(r.code()))
                    .line(Markdown.cell(r.explain(Lang.ZH)))
                    .blank()
                    .line("*" + Markdown.cell(r.explain(Lang.EN)) + "*")
                    .blank();
        }
        return md.toString();
    }
}
