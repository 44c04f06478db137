package org.zhibiao.cli.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Goals;
import org.zhibiao.model.LevelScore;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Places;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.StageForms;
import org.zhibiao.shape.TableShape;
import org.zhibiao.shape.WorkbookDeclaration;
import org.zhibiao.sheet.Workbook;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;
import org.zhibiao.yaml.Documents;

/**
 * YAML → xlsx → YAML gives the same declaration, every field (issue 15): declarations generated
 * over the built-in templates with three different layouts (Hubei's 前年/上年 and vocabularies,
 * Jiangsu's 重点工作 and 半年 columns, the national project form's 指标值 in three cells with 指标性质,
 * 分值 and 备注), written by {@link OfficeFiles#xlsx} and read back by {@link WorkbookReader} and
 * {@link WorkbookDeclaration}, compare equal as YAML documents. Every component is generated: the
 * declaration's and the stage documents' (监控 and 自评: the stage's columns on the indicator rows and
 * funds lines, 实际完成情况 beside each 年度目标, 得分小计, 总分 and 等级), and the two the printed form
 * has no column for, kept in hidden cells of their rows — a funds line's {@code computed} list and
 * a function's profile indicators.
 */
class WorkbookRoundTripTest {

    private static final List<String> TEMPLATES =
            List.of("hubei/public-security", "jiangsu/public-security", "national/project");

    /** Texts people type: Chinese, digits with leading zeros, formula-looking values, line breaks. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("0101", "=100%", "-5%", "鄂州市公安局", "第一行\n第二行", "A&B <c>", "12.50"));
    }

    private static Arbitrary<String> maybe(Arbitrary<String> a) {
        return a.injectNull(0.3);
    }

    /** Amounts in 万元 as typed: up to two decimals, trailing zeros kept (12.50 stays 12.50). */
    private static Arbitrary<BigDecimal> money() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 9_999_999_999L),
                        Arbitraries.integers().between(0, 2))
                .as(BigDecimal::valueOf)
                .injectNull(0.2);
    }

    private static Arbitrary<String> target() {
        return Arbitraries.of("≥95%", "=100%", "≤15分钟", "=4类", "≥1000人次", "≤50万元", "达到预期", "=0起");
    }

    @Provide
    Arbitrary<Declaration> declarations() {
        return Arbitraries.of(TEMPLATES).flatMap(id -> {
            Template template = Catalogue.builtIn().resolve(id).value();
            return Arbitraries.of(STAGES).flatMap(stage -> declaration(template, stage.orElse(null)));
        });
    }

    /** No stage (the 申报表), then the two stage documents. */
    private static final List<Optional<Stage>> STAGES =
            List.of(Optional.empty(), Optional.of(Stage.MONITORING), Optional.of(Stage.SELF_EVALUATION));

    private static Arbitrary<Declaration> declaration(Template template, Stage stage) {
        return Combinators.combine(
                        declaration(template, FormShape.of(template, stage), stageFunds(template, stage)),
                        scores(stage))
                .as((d, scores) -> new Declaration(
                        d.template(),
                        stage,
                        d.department(),
                        d.code(),
                        d.year(),
                        d.unit(),
                        d.contact(),
                        d.functions(),
                        d.tasks(),
                        d.organisation(),
                        d.funds(),
                        d.projects(),
                        d.goals() == null || stage != Stage.SELF_EVALUATION
                                ? d.goals()
                                : d.goals()
                                        .withAchieved(scores.achieved(
                                                d.goals().annual().size())),
                        d.tables(),
                        scores.subtotals(),
                        scores.total(),
                        scores.grade(),
                        Position.NONE));
    }

    private static List<Column> stageFunds(Template template, Stage stage) {
        return stage == null ? List.of() : StageForms.of(template, stage).funds();
    }

    /** What a scored self-evaluation adds: 实际完成情况 of each 年度目标, 得分小计, 总分, 等级. */
    private record Scores(List<String> done, List<LevelScore> subtotals, BigDecimal total, String grade) {
        List<String> achieved(int annual) {
            List<String> out = new ArrayList<>(done);
            while (out.size() < annual) {
                out.add("");
            }
            return out.subList(0, annual);
        }
    }

    private static Arbitrary<Scores> scores(Stage stage) {
        if (stage != Stage.SELF_EVALUATION) {
            return Arbitraries.just(new Scores(List.of(), List.of(), null, null));
        }
        Arbitrary<LevelScore> subtotal = Combinators.combine(
                        Arbitraries.of("产出指标", "效益指标", "满意度指标", "预算执行"), money(), money(), money())
                .as((l, w, p, sc) -> new LevelScore(l, w, p, sc, Position.NONE));
        return Combinators.combine(
                        Arbitraries.oneOf(text(), Arbitraries.just("")).list().ofMaxSize(2),
                        subtotal.list().ofMaxSize(4),
                        money(),
                        maybe(Arbitraries.of("优", "良", "中", "差")))
                .as(Scores::new);
    }

    private static Arbitrary<ProfileIndicator> indicator() {
        return Combinators.combine(
                        maybe(Arbitraries.of("quantity", "quality")),
                        maybe(text()),
                        maybe(Arbitraries.of("quality-compliance-rate", "timely-completion-rate")),
                        maybe(target()),
                        maybe(target()),
                        maybe(text()),
                        maybe(Arbitraries.of("共性指标", "个性指标")))
                .as((slot, name, ref, t, h, basis, category) ->
                        new ProfileIndicator(slot, name, ref, parsed(t), parsed(h), basis, category, Position.NONE));
    }

    private static Target parsed(String text) {
        try {
            return text == null ? null : Targets.parse(text);
        } catch (TargetException e) {
            throw new IllegalStateException(text, e);
        }
    }

    private static Arbitrary<Declaration> declaration(Template template, FormShape shape, List<Column> stageFunds) {
        Arbitrary<Contact> contact = Combinators.combine(
                        maybe(text()),
                        maybe(Arbitraries.of("0711-3752722", "13800000000")),
                        maybe(Arbitraries.of("2024年1月15日", "2024-01-15")))
                .as((p, ph, d) -> p == null && ph == null && d == null ? null : new Contact(p, ph, d, Position.NONE));
        Arbitrary<List<Function>> functions = Combinators.combine(
                        text(), maybe(text()), indicator().list().ofMaxSize(2))
                .as((n, k, i) -> new Function(n, k, i, Places.NONE, Position.NONE))
                .list()
                .ofMaxSize(3);
        Arbitrary<Goals> goals = Combinators.combine(
                        Arbitraries.integers().between(2024, 2030).injectNull(0.3),
                        text().list().ofMaxSize(2),
                        text().list().ofMaxSize(2))
                .as((u, l, a) -> new Goals(u, l, a, Places.NONE, Position.NONE))
                .injectNull(0.2);
        Arbitrary<List<Project>> projects = Combinators.combine(
                        text(), maybe(categories(template)), money(), money(), money(), maybe(text()))
                .as((n, c, t, y, h, p) -> new Project(n, c, t, y, h, p, Places.NONE, Position.NONE))
                .list()
                .ofMaxSize(3);
        Arbitrary<Header> header = Combinators.combine(
                        maybe(text()),
                        maybe(Arbitraries.of("0101", "420700")),
                        Arbitraries.integers().between(2019, 2030).injectNull(0.1),
                        maybe(Arbitraries.of("万元", "元")),
                        contact)
                .as(Header::new);
        return Combinators.combine(
                        header,
                        functions,
                        maybe(text()),
                        maybe(text()),
                        funds(stageFunds).injectNull(0.2),
                        projects,
                        goals,
                        tables(shape))
                .as((h, f, tasks, org, funds, p, g, tables) -> new Declaration(
                        template.reference(),
                        h.department(),
                        h.code(),
                        h.year(),
                        h.unit(),
                        h.contact(),
                        f,
                        tasks,
                        org,
                        funds,
                        p,
                        g,
                        tables,
                        Position.NONE));
    }

    private record Header(String department, String code, Integer year, String unit, Contact contact) {}

    private static Arbitrary<String> categories(Template template) {
        List<String> listed = template.form().projectCategories();
        return listed.isEmpty() ? text() : Arbitraries.of(listed);
    }

    /** A stage column's value on a funds line: an amount, a percentage or a word, as typed. */
    private static Arbitrary<Map<String, Cell>> fundCells(List<Column> stageFunds) {
        if (stageFunds.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        Arbitrary<String> value = maybe(Arbitraries.oneOf(
                money().filter(m -> m != null).map(BigDecimal::toPlainString), Arbitraries.of("45%", "良好")));
        List<Arbitrary<String>> each = new ArrayList<>(Collections.nCopies(stageFunds.size(), value));
        return Combinators.combine(each).as(values -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (int i = 0; i < stageFunds.size(); i++) {
                if (values.get(i) != null) {
                    cells.put(stageFunds.get(i).id(), new Cell(values.get(i), Position.NONE));
                }
            }
            return cells;
        });
    }

    private static Arbitrary<Funds> funds(List<Column> stageFunds) {
        Arbitrary<List<String>> computed = Arbitraries.subsetOf("amount", "share", "prev1")
                .map(List::copyOf)
                .injectNull(0.5)
                .map(c -> c == null ? List.of() : c);
        Arbitrary<FundLine> line = Combinators.combine(
                        Arbitraries.of("财政拨款", "单位资金", "人员类项目支出", "运转类项目支出", "特定目标类项目支出"),
                        money(),
                        money(),
                        Combinators.combine(money(), money(), money()).as((x, y, z) -> Arrays.asList(x, y, z)),
                        computed,
                        fundCells(stageFunds))
                .as((n, a, s, more, c, cells) ->
                        new FundLine(n, a, s, more.get(0), more.get(1), more.get(2), c, cells, Position.NONE));
        Arbitrary<FundBlock> income = Combinators.combine(
                        line.list().ofMinSize(1).ofMaxSize(3), line.injectNull(0.4))
                .as((items, total) ->
                        new FundBlock(items, total == null ? null : renamed(total, "收入合计"), Position.NONE));
        Arbitrary<FundBlock> expenditure = Combinators.combine(
                        line.list().ofMinSize(1).ofMaxSize(3), line.injectNull(0.4))
                .as((items, total) ->
                        new FundBlock(items, total == null ? null : renamed(total, "支出合计"), Position.NONE));
        return Combinators.combine(income, expenditure).as((i, e) -> new Funds(i, e, Position.NONE));
    }

    private static FundLine renamed(FundLine l, String name) {
        return new FundLine(
                name,
                l.amount(),
                l.share(),
                l.prev1(),
                l.prev2(),
                l.halfYear(),
                l.computed(),
                l.cells(),
                Position.NONE);
    }

    private static Arbitrary<List<Table>> tables(FormShape shape) {
        List<Arbitrary<Table>> each = new ArrayList<>();
        for (TableShape t : shape.tables()) {
            each.add(row(t).list().ofMinSize(1).ofMaxSize(6).map(rows -> new Table(t.name(), rows, Position.NONE)));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Arbitrary<Row> row(TableShape table) {
        List<String> level1 = table.table().level1().isEmpty()
                ? List.of("产出指标", "效益指标", "满意度指标")
                : table.table().level1();
        Arbitrary<Map<String, String>> values = Arbitraries.just(table.columns())
                .flatMap(columns -> {
                    List<Arbitrary<String>> cells = new ArrayList<>();
                    for (var c : columns) {
                        cells.add(maybe(
                                c.id().equals("target") || c.kind().name().equals("TARGET")
                                        ? target()
                                        : !c.values().isEmpty() ? Arbitraries.of(c.values()) : text()));
                    }
                    return Combinators.combine(cells).as(list -> {
                        Map<String, String> out = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            out.put(columns.get(i).id(), list.get(i));
                        }
                        return out;
                    });
                });
        return Combinators.combine(
                        Arbitraries.of(level1),
                        text(),
                        text(),
                        values,
                        maybe(Arbitraries.of("quality-compliance-rate", "timely-completion-rate")),
                        Arbitraries.of(Origin.values()),
                        maybe(Arbitraries.of("quantity", "quality")))
                .as((l1, l2, l3, v, ref, origin, slot) -> row(table, l1, l2, l3, v, ref, origin, slot));
    }

    private static Row row(
            TableShape table,
            String l1,
            String l2,
            String l3,
            Map<String, String> v,
            String ref,
            Origin origin,
            String slot) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        v.forEach((id, text) -> {
            if (!Row.isField(id) && !StandardColumns.isTree(id) && text != null) {
                cells.put(id, new Cell(text, Position.NONE));
            }
        });
        return new Row(
                l1,
                l2,
                table.has(StandardColumns.KEY_WORK) ? v.get(StandardColumns.KEY_WORK) : null,
                l3,
                v.get("prev2"),
                v.get("prev1"),
                v.get("target"),
                v.get("halfYear"),
                v.get("fullYear"),
                v.get("basis"),
                v.get("category"),
                ref,
                origin,
                slot,
                cells,
                Places.NONE,
                Position.NONE);
    }

    @Property(tries = 60)
    void a_declaration_written_as_xlsx_reads_back_the_same(@ForAll("declarations") Declaration d) {
        Template template = Catalogue.builtIn().resolve(d.template()).value();
        // when written as the Excel form and read back
        byte[] xlsx = OfficeFiles.xlsx(d, template);
        Result<Workbook> book = WorkbookReader.read(xlsx, "d.xlsx");
        assertThat(book.diagnostics()).isEmpty();
        Result<Declaration> read = WorkbookDeclaration.read(book.value(), template, Position.of("d.xlsx", 1, 1));
        // then it is the same declaration, field for field
        assertThat(read.diagnostics()).isEmpty();
        assertThat(Documents.toYaml(read.value())).isEqualTo(Documents.toYaml(d));
    }
}
