package org.zhibiao.cli.docs;

import java.util.List;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;

/** One template's section of the HTML reference: its facts and its 一级 → 二级 → 三级 table. */
final class HtmlTree {

    private final Reference ref;
    private final Template t;
    private final StringBuilder out;
    private final List<Lines.Line> lines;
    private final boolean halfYear;
    private final boolean category;
    private final boolean weight;

    HtmlTree(Reference ref, Template t, StringBuilder out) {
        this.ref = ref;
        this.t = t;
        this.out = out;
        this.lines = Lines.of(t);
        this.halfYear = lines.stream().anyMatch(l -> l.row() != null && l.row().halfYear() != null)
                || (t.form() != null
                        && t.form().tables().stream()
                                .anyMatch(d -> d.valueColumns().contains(ValueColumn.HALF_YEAR)));
        this.category = lines.stream().anyMatch(l -> l.row() != null && l.row().category() != null);
        this.weight = lines.stream().anyMatch(l -> l.row() != null && l.row().weight() != null)
                || t.indicators().stream().anyMatch(l -> l.weight() != null);
    }

    void render() {
        out.append("<section class=\"tpl\" id=\"")
                .append(Html.esc(Html.id("t-", t.reference())))
                .append("\">\n<h3>")
                .append(Html.esc(t.title()))
                .append("</h3>\n<p class=\"meta\"><code>")
                .append(Html.esc(t.reference()))
                .append("</code> · 适用范围 ")
                .append(Html.esc(Labels.of(t.scope())));
        if (t.parent() != null) {
            ref.templates.stream()
                    .filter(p -> p.reference().equals(t.parent()) || p.id().equals(t.parent()))
                    .findFirst()
                    .ifPresent(p -> out.append(" · 继承自 <a href=\"#")
                            .append(Html.esc(Html.id("t-", p.reference())))
                            .append("\">")
                            .append(Html.esc(p.reference()))
                            .append("</a>"));
        }
        if (!t.libraries().isEmpty()) {
            out.append(" · 指标库 ").append(Html.esc(Labels.of(t.libraries())));
        }
        out.append("</p>\n");
        if (t.form() != null && !t.form().tables().isEmpty()) {
            out.append("<p class=\"meta\">表格：");
            List<TableDef> tables = t.form().tables();
            for (int i = 0; i < tables.size(); i++) {
                TableDef d = tables.get(i);
                out.append(i == 0 ? "" : "；")
                        .append(Html.esc(d.title() != null ? d.title() : d.name()))
                        .append("（")
                        .append(Html.esc(Labels.of(d.columns())))
                        .append(d.hasKeyWork() ? "，含重点工作" : "")
                        .append("）");
            }
            out.append("</p>\n");
        }
        table();
        out.append("</section>\n");
    }

    private void table() {
        out.append("<table class=\"tree\">\n<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th>");
        out.append(halfYear ? "<th>半年指标值</th>" : "").append("<th>类型 · 方向</th><th>指标值确定依据</th>");
        out.append(category ? "<th>指标分类</th>" : "")
                .append(weight ? "<th>分值</th>" : "")
                .append("</tr></thead>\n<tbody>\n");
        String l1 = null;
        String l2 = null;
        for (Lines.Line line : lines) {
            boolean first1 = !line.level1().name().equals(l1);
            boolean first2 = first1 || !line.level2().equals(l2);
            l1 = line.level1().name();
            l2 = line.level2();
            row(line, first1, first2);
        }
        out.append("</tbody>\n</table>\n");
    }

    private void row(Lines.Line line, boolean first1, boolean first2) {
        rowHead(line, first1, first2);
        if (line.isSlot()) {
            int rest = 3 + (halfYear ? 1 : 0) + (category ? 1 : 0) + (weight ? 1 : 0);
            out.append("<td colspan=\"")
                    .append(rest + 1)
                    .append("\">")
                    .append(Html.esc(Labels.slot(line.slot())))
                    .append("</td></tr>\n");
            return;
        }
        indicator(line.row(), line.isSlotDefault());
    }

    /** The row's opening tag and its 一级 and 二级 cells. */
    private void rowHead(Lines.Line line, boolean first1, boolean first2) {
        String cls = ((first1 ? "s1 " : "") + (first2 ? "s2 " : "") + (line.isSlot() ? "slot" : "")).strip();
        out.append("<tr")
                .append(cls.isEmpty() ? "" : " class=\"" + cls + "\"")
                .append(" data-l1=\"")
                .append(Html.esc(line.level1().name()))
                .append("\" data-l2=\"")
                .append(Html.esc(line.level2()))
                .append("\" data-search=\"")
                .append(Html.esc(searchText(line)))
                .append("\"><td class=\"l1\"><span>")
                .append(Html.esc(line.level1().name()));
        String notes = Labels.level1Notes(line.level1());
        out.append(notes.isEmpty() ? "" : "<br><small>" + Html.esc(notes) + "</small>")
                .append("</span></td>")
                .append("<td class=\"l2\"><span>")
                .append(Html.esc(line.level2()))
                .append("</span></td>");
    }

    /** A 三级 indicator's cells, from its name to its 分值, and the row's end. */
    private void indicator(Inline r, boolean slotDefault) {
        out.append("<td>")
                .append(name(r))
                .append(slotDefault ? "<span class=\"tag\">槽位默认</span>" : "")
                .append("</td><td class=\"target\">")
                .append(Html.esc(Labels.of(r.target())))
                .append("</td>");
        if (halfYear) {
            out.append("<td class=\"target\">")
                    .append(Html.esc(Labels.of(r.halfYear())))
                    .append("</td>");
        }
        String kind = Labels.of(r.kind());
        String direction = Labels.of(r.direction());
        out.append("<td>")
                .append(Html.esc(kind.isEmpty() || direction.isEmpty() ? kind + direction : kind + " · " + direction))
                .append("</td><td>")
                .append(Html.esc(r.basis()))
                .append("</td>");
        if (category) {
            out.append("<td>").append(Html.esc(r.category())).append("</td>");
        }
        if (weight) {
            out.append("<td>").append(Html.esc(Labels.of(r.weight()))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private String name(Inline r) {
        if (ref.entry(r.ref()) == null) {
            return Html.esc(r.name());
        }
        return "<a href=\"#" + Html.esc(Html.id("i-", r.ref())) + "\">" + Html.esc(r.name()) + "</a>";
    }

    /** A row matches on its own name and, when it comes from the library, its entry's aliases and 解释. */
    private String searchText(Lines.Line line) {
        if (line.isSlot()) {
            return Labels.slot(line.slot());
        }
        IndicatorDef d = ref.entry(line.row().ref());
        return d == null ? line.row().name() : line.row().name() + " " + HtmlPage.searchText(d);
    }
}
