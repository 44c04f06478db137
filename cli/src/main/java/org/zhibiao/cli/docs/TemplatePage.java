package org.zhibiao.cli.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.zhibiao.diag.Lang;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Form;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Library;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;

/** The Markdown page of one resolved template: its header, its form, its indicator tree by 一级. */
final class TemplatePage {

    /** The columns of a template's own rows (its framework), as {@link #row} fills them. */
    private static final List<String> FRAMEWORK_HEADERS =
            List.of("二级指标", "三级指标", "指标值", "半年指标值", "类型", "方向", "单位", "确定依据", "分类", "分值");

    /** 二级指标, 三级指标 and 指标值 are shown even where every row leaves them blank. */
    private static final int ALWAYS_SHOWN = 3;

    private final Reference ref;
    private final Template t;
    private final String page;

    TemplatePage(Reference ref, Template t) {
        this.ref = ref;
        this.t = t;
        this.page = Reference.templatePage(t);
    }

    @SuppressWarnings("ReferenceEquality") // a line belongs to the 一级 it was listed under, not to an equal one
    String render() {
        Markdown md = new Markdown().heading(1, Markdown.cell(t.title()));
        List<String> facts = new ArrayList<>();
        facts.add(Markdown.code(t.reference()));
        facts.add("适用范围 " + Labels.of(t.scope()));
        if (t.parent() != null) {
            ref.templates.stream()
                    .filter(p -> p.reference().equals(t.parent()) || p.id().equals(t.parent()))
                    .findFirst()
                    .ifPresentOrElse(
                            p -> facts.add("继承自 "
                                    + Markdown.link(p.reference(), Markdown.up(page) + Reference.templatePage(p))),
                            () -> facts.add("继承自 " + Markdown.code(t.parent())));
        }
        List<String> libs = t.libraries().stream()
                .map(id -> ref.libraries.stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst()
                        .map(l -> Markdown.link(id, Markdown.up(page) + Reference.libraryPage(l)))
                        .orElse(Markdown.code(id)))
                .toList();
        if (!libs.isEmpty()) {
            facts.add("指标库 " + String.join("、", libs));
        }
        md.line(String.join(" · ", facts)).blank();
        form(md);
        md.heading(2, "指标体系");
        List<Lines.Line> lines = Lines.of(t);
        boolean[] shown = shownColumns(lines);
        for (Level1 l1 : t.indicators()) {
            String notes = Labels.level1Notes(l1);
            md.heading(3, Markdown.cell(l1.name()) + (notes.isEmpty() ? "" : "（" + notes + "）"));
            md.table(
                    shownOnly(FRAMEWORK_HEADERS, shown),
                    lines.stream()
                            .filter(l -> l.level1() == l1)
                            .map(l -> shownOnly(row(l), shown))
                            .toList());
        }
        rules(md);
        return md.toString();
    }

    /**
     * Which of {@link #FRAMEWORK_HEADERS} the page shows: the names and 指标值 always, any other only
     * where some row of the template fills it, so that a project template's page has no 半年指标值
     * column the form does not print.
     */
    private boolean[] shownColumns(List<Lines.Line> lines) {
        boolean[] shown = new boolean[FRAMEWORK_HEADERS.size()];
        for (int i = 0; i < ALWAYS_SHOWN; i++) {
            shown[i] = true;
        }
        for (Lines.Line line : lines) {
            List<String> cells = row(line);
            for (int i = ALWAYS_SHOWN; i < cells.size(); i++) {
                shown[i] |= !cells.get(i).isEmpty();
            }
        }
        return shown;
    }

    private static List<String> shownOnly(List<String> cells, boolean[] shown) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (shown[i]) {
                kept.add(cells.get(i));
            }
        }
        return kept;
    }

    private List<String> row(Lines.Line line) {
        if (line.isSlot()) {
            return List.of(
                    Markdown.cell(line.level2()),
                    "*" + Markdown.cell(Labels.slot(line.slot())) + "*",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "");
        }
        Inline r = line.row();
        String name = Markdown.cell(r.name());
        Library lib = ref.libraryOf(r.ref());
        if (lib != null) {
            name = Markdown.link(r.name(), Markdown.up(page) + Reference.libraryPage(lib) + "#" + r.ref());
        }
        if (line.isSlotDefault()) {
            name = "↳ " + name + "（槽位默认）";
        }
        return List.of(
                Markdown.cell(line.level2()),
                name,
                Markdown.cell(Labels.of(r.target())),
                Markdown.cell(Labels.of(r.halfYear())),
                Markdown.cell(Labels.of(r.kind())),
                Markdown.cell(Labels.of(r.direction())),
                Markdown.cell(r.unit()),
                Markdown.cell(r.basis()),
                Markdown.cell(r.category()),
                Markdown.cell(Labels.of(r.weight())));
    }

    private void form(Markdown md) {
        Form f = t.form();
        if (f == null) {
            return;
        }
        md.heading(2, "表格");
        List<List<String>> rows = new ArrayList<>();
        for (TableDef table : f.tables()) {
            rows.add(List.of(
                    Markdown.cell(table.name()),
                    Markdown.cell(table.title()),
                    Markdown.cell(Labels.of(table.columns())),
                    table.hasKeyWork() ? "有" : "",
                    Markdown.cell(table.level1().isEmpty() ? "全部" : Labels.of(table.level1()))));
        }
        md.table(List.of("表", "标题", "列", "重点工作列", "一级指标"), rows);
        for (TableDef table : f.tables()) {
            columns(md, table);
        }
        List<List<String>> vocab = new ArrayList<>();
        add(vocab, "指标值确定依据", Labels.of(f.bases()) + (f.basis() == null ? "" : "（默认 " + f.basis() + "）"));
        add(vocab, "指标分类", Labels.of(f.categories()) + (f.category() == null ? "" : "（默认 " + f.category() + "）"));
        add(vocab, "定性等级", Labels.of(f.levels()));
        add(vocab, "支出项目类别", Labels.of(f.projectCategories()));
        add(vocab, "长期目标年限", Labels.of(f.horizon()));
        if (f.funds() != null) {
            add(vocab, "资金表 收入", Labels.of(f.funds().income()));
            add(vocab, "资金表 支出", Labels.of(f.funds().expenditure()));
            add(vocab, "资金单位", f.funds().unit());
        }
        if (!vocab.isEmpty()) {
            md.table(List.of("项目", "取值"), vocab);
        }
    }

    /**
     * A table's columns as the template declares them: what a province writing its own layout and
     * a department filling the form need to know of each (#14: the page listed only the headers,
     * under 指标值列, though 指标性质, 分值 and 备注 are no 指标值).
     */
    private static void columns(Markdown md, TableDef table) {
        if (table.columns().isEmpty()) {
            return;
        }
        md.heading(3, Markdown.cell((table.title() != null ? table.title() : table.name()) + "的列"));
        List<List<String>> rows = new ArrayList<>();
        for (Column c : table.columns()) {
            rows.add(List.of(
                    Markdown.cell(c.label()),
                    Markdown.code(c.id()),
                    type(c.kind()),
                    c.isRequired() ? "是" : "",
                    Markdown.cell(Labels.of(c.values())),
                    Markdown.cell(c.preset() == null ? "" : c.preset()),
                    Markdown.cell(Labels.of(c.aliases())),
                    Markdown.cell(String.join(
                            "、",
                            c.parts().stream()
                                    .map(p -> p.label() + "（" + p.kind().label() + "）")
                                    .toList()))));
        }
        md.table(List.of("表头", "编号", "类型", "必填", "可选值", "默认值", "别名", "分列填写"), rows);
    }

    /** A column type as the page names it, with the word a template writes. */
    private static String type(ColumnType type) {
        String name =
                switch (type) {
                    case TEXT -> "文本";
                    case TARGET -> "指标值";
                    case CHOICE -> "选项";
                    case NUMBER -> "数值";
                    case POINTS -> "分值";
                    case UNIT -> "计量单位";
                    case OPERATOR -> "运算符";
                };
        return name + " " + Markdown.code(type.label());
    }

    private static void add(List<List<String>> rows, String name, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(List.of(name, Markdown.cell(value)));
        }
    }

    private void rules(Markdown md) {
        if (t.rules().isEmpty()) {
            return;
        }
        md.heading(2, "审核规则设置");
        List<List<String>> rows = new ArrayList<>();
        for (RuleSetting r : t.rules()) {
            rows.add(List.of(
                    Markdown.link(r.rule(), Markdown.up(page) + "rules.md#" + r.rule()),
                    r.enabled() == null ? "" : r.enabled() ? "开" : "关",
                    r.severity() == null ? "" : r.severity().label(Lang.ZH),
                    Markdown.cell(new TreeMap<>(r.params()).toString())));
        }
        md.table(List.of("规则", "启用", "级别", "参数"), rows);
    }
}
