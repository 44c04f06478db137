package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.check.Checker;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One source of truth (issue 5): the template-specific schema and the structural phase of
 * {@code zhibiao check} (reader + {@link Checker}) reject the same broken declarations, and both
 * accept the clean ones. The reader and checker are the reference; each fixture names the code
 * they report. The base documents are what {@code zhibiao new} writes for the example profiles,
 * with the history columns filled in as a department would.
 *
 * <p>Three places where they used to part (issue 17), now agreed by both accepting: an unquoted
 * {@code code: 0101} (the reader keeps the text "0101"; a YAML 1.2 validator reads the number
 * 101, which the schema's {@code code} takes too), a number given as quoted digits
 * ({@code year: "2024"}: the reader binds the text, the schema takes the number or its digits),
 * and the tables in another order (both find a table by its name).
 */
class StructuralAgreementTest {
    private static final String EZHOU = "hubei/public-security";
    private static final String SUZHOU = "jiangsu/public-security";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A declaration as a department hands it in, and the codes the reader or checker must report. */
    record Fixture(String name, String template, String yaml, List<String> codes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fixtures() {
        List<Fixture> all = new ArrayList<>();
        all.add(ezhou("clean 鄂州 declaration", m -> m));
        all.add(suzhou("clean 苏州 declaration", m -> m));
        // where they disagreed before (issue 17): the reader binds a scalar's text, tables are found by name
        all.add(raw(ezhou("unquoted code 0101", m -> m), "\nyear: 2024\n", "\ncode: 0101\nyear: 2024\n"));
        all.add(ezhou("year as quoted digits", m -> m.set("/year", "'2024'")));
        all.add(ezhou("tables in another order", StructuralAgreementTest::swapTables));
        all.add(ezhou(
                "amount as quoted digits",
                m -> m.set(
                        "/funds/income/items/0/amount",
                        "'"
                                + YAML.readTree(m.yaml())
                                        .at("/funds/income/items/0/amount")
                                        .asString() + "'")));
        // framework: 一级, 二级, rows and tables
        all.add(ezhou("unknown 一级", m -> m.set(row(m, 1, "预算执行率") + "/level1", "其他"), "unknown-level1"));
        all.add(ezhou("一级 of another table", m -> m.set(row(m, 1, "预算执行率") + "/level1", "决策"), "unknown-level1"));
        all.add(ezhou(
                "unknown 二级 under a fixed 一级", m -> m.set(row(m, 0, "会议费控制率") + "/level2", "差旅费控制"), "unknown-level2"));
        all.add(ezhou(
                "slot 二级 without its number", m -> m.set(row(m, 1, "出警率") + "/level2", "核心业务产出"), "unknown-level2"));
        all.add(ezhou(
                "slot 二级 numbered in words", m -> m.set(row(m, 1, "出警率") + "/level2", "核心业务产出一"), "unknown-level2"));
        all.add(ezhou("missing required row", m -> m.remove(row(m, 1, "预算执行率")), "missing-row"));
        all.add(ezhou("renamed fixed row", m -> m.set(row(m, 1, "预算执行率") + "/level3", "预算执行进度"), "missing-row"));
        all.add(ezhou("missing table", m -> m.remove("/tables/1"), "missing-table"));
        all.add(ezhou("unknown table", m -> m.set("/tables/1/name", "季度"), "unknown-table"));
        // value columns
        all.add(ezhou("missing required value column", m -> m.remove(row(m, 1, "预算执行率") + "/target"), "missing-value"));
        all.add(ezhou("empty value", m -> m.set(row(m, 1, "预算执行率") + "/target", "''"), "missing-value"));
        all.add(suzhou("missing 全年指标值", m -> m.remove(row(m, 2, "命案破案率") + "/fullYear"), "missing-value"));
        all.add(ezhou(
                "value column the table does not have",
                m -> m.set(row(m, 0, "预算执行率") + "/prev1", "'=100%'"),
                "column-not-in-form"));
        all.add(ezhou(
                "slot row of the department without a value",
                m -> m.remove(row(m, 1, "出警率") + "/target"),
                "missing-value"));
        // 指标值
        all.add(ezhou("bad 指标值", m -> m.set(row(m, 1, "预算执行率") + "/target", "≥abc%"), "target-syntax"));
        all.add(ezhou(
                "指标值 with the wrong unit", m -> m.set(row(m, 1, "预算执行率") + "/target", "'=100次'"), "unit-mismatch"));
        all.add(ezhou(
                "qualitative row with a number",
                m -> m.set(row(m, 1, "中长期规划相符性") + "/target", "'≥95%'"),
                "kind-mismatch",
                "qualitative-with-number"));
        // vocabularies
        all.add(ezhou("bad 指标值确定依据", m -> m.set(row(m, 1, "预算执行率") + "/basis", "经验标准"), "bad-basis"));
        all.add(ezhou("bad 指标分类", m -> m.set(row(m, 1, "预算执行率") + "/category", "绩效提升型"), "bad-category"));
        all.add(ezhou("bad 支出项目类别", m -> m.set("/projects/0/category", "临时项目"), "project-category"));
        // reader: keys, types, enumerations
        all.add(ezhou("unknown key on a row", m -> m.set(row(m, 1, "预算执行率") + "/level4", "x"), "unknown-column"));
        all.add(ezhou("unknown top-level key", m -> m.set("/departement", "x"), "unknown-key"));
        all.add(ezhou("year as text", m -> m.set("/year", "2024年"), "wrong-type", "bad-number"));
        all.add(ezhou("rows not a list", m -> m.set("/tables/0/rows", "x"), "wrong-type"));
        all.add(ezhou("unknown origin", m -> m.set(row(m, 1, "预算执行率") + "/origin", "robot"), "bad-enum"));
        all.add(ezhou("row without 一级", m -> m.remove(row(m, 1, "预算执行率") + "/level1"), "missing-key"));
        all.add(ezhou("declaration without template", m -> m.remove("/template"), "missing-key"));
        return all.stream().flatMap(f -> Stream.of(Draft.values()).map(d -> Arguments.of(f, d)));
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("fixtures")
    void schema_and_checker_agree(Fixture fixture, Draft draft) {
        // when
        List<String> checker = checker(fixture);
        var schema = schema(fixture, draft);
        // then
        if (fixture.codes().isEmpty()) {
            assertThat(checker).as("reader/checker errors").isEmpty();
            assertThat(schema).as("schema errors").isEmpty();
        } else {
            assertThat(checker).as("reader/checker errors").containsAnyElementsOf(fixture.codes());
            assertThat(schema).as("schema errors").isNotEmpty();
        }
    }

    /**
     * The intentional differences. The schema takes 指标值 only in the canonical form that
     * {@code zhibiao new} and a form write; the checker also reads what people type and only warns.
     */
    static Stream<Arguments> schemaStricter() {
        return Stream.of(
                        ezhou(
                                "quantitative value without operator (missing-operator is a warning)",
                                m -> m.set(row(m, 1, "预算执行率") + "/target", "'100%'")),
                        ezhou("full-width spelling", m -> m.set(row(m, 1, "预算执行率") + "/target", "'＝１００％'")),
                        ezhou("operator in words", m -> m.set(row(m, 1, "预算执行率") + "/target", "不低于100%")))
                .flatMap(f -> Stream.of(Draft.values()).map(d -> Arguments.of(f, d)));
    }

    /**
     * The other direction: a skeleton in progress is a valid document, so the schema accepts what
     * the checker reports as incomplete: empty 前年/上年, slot rows still {@code todo}, a required
     * 一级 whose slots are all optional.
     */
    static Stream<Arguments> checkerStricter() {
        return Stream.of(
                        new Fixture(
                                "empty 前年/上年 (missing-value)",
                                EZHOU,
                                Shipped.compiled(new Shipped.Skeleton(EZHOU, Shipped.EZHOU)),
                                List.of("missing-value")),
                        new Fixture(
                                "slot left to do (todo-row)",
                                "hubei/department-overall",
                                Shipped.compiled(new Shipped.Skeleton("hubei/department-overall", null)),
                                List.of("todo-row")),
                        new Fixture(
                                "required 一级 with only optional slots gets a row to fill (todo-row)",
                                "national/project",
                                Shipped.compiled(new Shipped.Skeleton("national/project", null)),
                                List.of("todo-row")))
                .flatMap(f -> Stream.of(Draft.values()).map(d -> Arguments.of(f, d)));
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("schemaStricter")
    void schema_is_stricter_only_on_the_spelling_of_values(Fixture fixture, Draft draft) {
        assertThat(checker(fixture)).isEmpty();
        assertThat(schema(fixture, draft)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("checkerStricter")
    void checker_is_stricter_only_on_completeness(Fixture fixture, Draft draft) {
        assertThat(checker(fixture)).containsAll(fixture.codes());
        assertThat(schema(fixture, draft)).isEmpty();
    }

    private static List<Error> schema(Fixture fixture, Draft draft) {
        return Validation.validate(
                new SchemaExporter().forTemplate(Shipped.resolved(fixture.template()), draft), draft, fixture.yaml());
    }

    /** The codes of the errors reading and checking report. */
    private static List<String> checker(Fixture fixture) {
        Result<Declaration> read =
                Documents.readDeclaration("fixture.yaml", fixture.yaml().getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> found = new ArrayList<>(read.diagnostics());
        if (read.value() != null) {
            found.addAll(Checker.check(Shipped.resolved(fixture.template()), read.value()));
        }
        return found.stream()
                .filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::code)
                .toList();
    }

    private static Fixture ezhou(String name, UnaryOperator<Mutation> change, String... codes) {
        String base = withHistory(Shipped.compiled(new Shipped.Skeleton(EZHOU, Shipped.EZHOU)));
        return new Fixture(name, EZHOU, change.apply(Mutation.of(base)).yaml(), List.of(codes));
    }

    private static Fixture suzhou(String name, UnaryOperator<Mutation> change, String... codes) {
        String base = Shipped.compiled(new Shipped.Skeleton(SUZHOU, Shipped.SUZHOU));
        return new Fixture(name, SUZHOU, change.apply(Mutation.of(base)).yaml(), List.of(codes));
    }

    /** 前年 and 上年 filled with this year's target, as a department copies them from last year's form. */
    private static String withHistory(String yaml) {
        Mutation m = Mutation.of(yaml);
        JsonNode tables = YAML.readTree(yaml).get("tables");
        for (int t = 0; t < tables.size(); t++) {
            JsonNode rows = tables.get(t).get("rows");
            for (int r = 0; r < rows.size(); r++) {
                JsonNode target = rows.get(r).get("target");
                if ("年度".equals(tables.get(t).get("name").asString()) && target != null) {
                    String value = "'" + target.asString() + "'";
                    m.set("/tables/" + t + "/rows/" + r + "/prev2", value)
                            .set("/tables/" + t + "/rows/" + r + "/prev1", value);
                }
            }
        }
        return m.yaml();
    }

    /** The document with {@code from} replaced by {@code to} in its YAML text: a YAML spelling a tree cannot carry. */
    private static Fixture raw(Fixture fixture, String from, String to) {
        String yaml = YAML.writeValueAsString(YAML.readTree(fixture.yaml()));
        if (!yaml.contains(from)) {
            throw new IllegalArgumentException(from + " not in " + fixture.name());
        }
        return new Fixture(fixture.name(), fixture.template(), yaml.replace(from, to), fixture.codes());
    }

    private static Mutation swapTables(Mutation m) {
        JsonNode tables = YAML.readTree(m.yaml()).get("tables");
        return m.set("/tables/0", Json.MAPPER.writeValueAsString(tables.get(1)))
                .set("/tables/1", Json.MAPPER.writeValueAsString(tables.get(0)));
    }

    /** The pointer of the first row named {@code level3} in table {@code table}. */
    private static String row(Mutation m, int table, String level3) {
        JsonNode rows = YAML.readTree(m.yaml()).get("tables").get(table).get("rows");
        for (int r = 0; r < rows.size(); r++) {
            JsonNode name = rows.get(r).get("level3");
            if (name != null && level3.equals(name.asString())) {
                return "/tables/" + table + "/rows/" + r;
            }
        }
        throw new IllegalArgumentException("no row " + level3 + " in table " + table);
    }
}
