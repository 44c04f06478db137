package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.yaml.DocumentType;

/**
 * Broken documents fail, and fail where the break is: some error sits exactly at the expected
 * JSON pointer and none outside it. Each case runs against both drafts.
 */
class NegativeFixturesTest {
    private static final String HUBEI = "hubei";

    static Stream<Arguments> cases() {
        List<Object[]> cases = new ArrayList<>();
        // generic declaration
        cases.add(decl("missing kind", m -> m.remove("/kind"), ""));
        cases.add(decl("wrong kind", m -> m.set("/kind", "template"), "/kind"));
        cases.add(decl("year as text", m -> m.set("/year", "2024年"), "/year"));
        cases.add(decl("unknown top-level key", m -> m.set("/departement", "x"), ""));
        cases.add(decl("tables not a list", m -> m.set("/tables", "长期"), "/tables"));
        // a row may carry its template's declared columns (text or a number), which the generic schema cannot know
        cases.add(decl(
                "row key holding a mapping",
                m -> m.set("/tables/0/rows/0/level4", "{a: x}"),
                "/tables/0/rows/0/level4"));
        cases.add(decl("row without level1", m -> m.remove("/tables/0/rows/0/level1"), "/tables/0/rows/0"));
        cases.add(decl(
                "row origin not a known origin",
                m -> m.set("/tables/0/rows/0/origin", "robot"),
                "/tables/0/rows/0/origin"));
        cases.add(decl("row target a number", m -> m.set("/tables/0/rows/0/target", "95"), "/tables/0/rows/0/target"));
        cases.add(decl(
                "fund amount as words",
                m -> m.set("/funds/income/items/0/amount", "一百万"),
                "/funds/income/items/0/amount"));
        cases.add(decl("empty function name", m -> m.set("/functions/0", "''"), "/functions/0"));
        cases.add(decl("phone as a number", m -> m.set("/contact/phone", "7113752722"), "/contact/phone"));
        // generic template, library, profile
        cases.add(
                doc(DocumentType.TEMPLATE, "entry with both ref and slot", """
                kind: template
                id: t
                indicators:
                  - name: 运行成本
                    children:
                      - name: 公用经费控制
                        entries:
                          - {ref: 公用经费控制率, slot: x}
                """, "/indicators/0/children/0/entries/0"));
        cases.add(doc(
                DocumentType.TEMPLATE, "inline entry with an unknown key", """
                kind: template
                id: t
                indicators:
                  - name: 运行成本
                    children:
                      - name: 公用经费控制
                        entries:
                          - {name: 公用经费控制率, target: "≤100%", colour: red}
                """, "/indicators/0/children/0/entries/0"));
        cases.add(doc(
                DocumentType.TEMPLATE,
                "library reference with an inline row's kind",
                """
                kind: template
                id: t
                indicators:
                  - name: 运行成本
                    children:
                      - name: 公用经费控制
                        entries:
                          - {ref: 公用经费控制率, kind: 定量}
                """,
                "/indicators/0/children/0/entries/0"));
        cases.add(doc(DocumentType.TEMPLATE, "unknown scope", "kind: template\nid: t\nscope: city\n", "/scope"));
        cases.add(doc(DocumentType.TEMPLATE, "unknown value column", """
                kind: template
                id: t
                form:
                  tables:
                    - {name: 年度, columns: [本年]}
                """, "/form/tables/0/columns/0"));
        cases.add(doc(
                DocumentType.TEMPLATE,
                "override without path",
                "kind: template\nid: t\noverride:\n  - {target: \"≥90%\"}\n",
                "/override/0"));
        cases.add(doc(DocumentType.LIBRARY, "indicator kind not 定量/定性", """
                kind: library
                id: common
                indicators:
                  - {id: x, name: 预算执行率, kind: 数量}
                """, "/indicators/0/kind"));
        cases.add(doc(
                DocumentType.LIBRARY,
                "indicator without id",
                "kind: library\nid: common\nindicators:\n  - {name: 预算执行率}\n",
                "/indicators/0"));
        cases.add(doc(
                DocumentType.PROFILE,
                "empty target",
                "kind: profile\nindicators:\n  - {slot: core-output, name: 出警率, target: ''}\n",
                "/indicators/0/target"));
        cases.add(doc(
                DocumentType.PROFILE,
                "declaration key in a profile",
                "kind: profile\ndepartment: x\ntables: []\n",
                ""));
        // template-specific (hubei)
        cases.add(hubei(
                "another template's pin", m -> m.set("/template", "hubei/department-overall@2024.1"), "/template"));
        cases.add(hubei(
                "quantitative target without operator",
                m -> m.set("/tables/0/rows/4/target", "100%"),
                "/tables/0/rows/4/target"));
        cases.add(hubei(
                "quantitative target with the wrong unit",
                m -> m.set("/tables/0/rows/0/target", "≤100次"),
                "/tables/0/rows/0/target"));
        cases.add(hubei(
                "basis outside the form's list",
                m -> m.set("/tables/0/rows/0/basis", "经验标准"),
                "/tables/0/rows/0/basis"));
        cases.add(hubei(
                "category outside the form's list",
                m -> m.set("/tables/1/rows/2/category", "绩效提升型"),
                "/tables/1/rows/2/category"));
        cases.add(hubei("fixed row missing", m -> m.remove("/tables/0/rows/8"), "/tables/0/rows"));
        cases.add(hubei("unknown 一级", m -> m.set("/tables/0/rows/6/level1", "其他"), "/tables/0/rows/6/level1"));
        cases.add(hubei(
                "slot 二级 without its number",
                m -> m.set("/tables/1/rows/5/level2", "核心业务产出"),
                "/tables/1/rows/5/level2"));
        cases.add(hubei("前年 in the 长期 table", m -> m.set("/tables/0/rows/4/prev2", "'=100%'"), "/tables/0/rows/4"));
        // tables are found by name, as the checker finds them; two of one name leave the other missing
        cases.add(hubei("two tables of one name", m -> m.set("/tables/0/name", "年度"), "/tables"));
        cases.add(hubei(
                "project category outside the form's list",
                m -> m.set("/projects/0/category", "临时项目"),
                "/projects/0/category"));
        cases.add(hubei("annual table missing", m -> m.remove("/tables/1"), "/tables"));
        cases.add(hubei("slot below its minimum", m -> m.remove("/tables/1/rows/7"), "/tables/1/rows"));
        // a renamed fixed row is both an unknown row and a missing one: the rows list is the place
        cases.add(hubei("renamed fixed row", m -> m.set("/tables/1/rows/3/level3", "中长期规划符合性"), "/tables/1/rows"));
        List<Arguments> arguments = new ArrayList<>();
        for (Object[] c : cases) {
            for (Draft draft : Draft.values()) {
                arguments.add(Arguments.of(c[0], c[1], c[2], c[3], draft));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} ({4})")
    @MethodSource("cases")
    void broken_document_fails_at_the_expected_pointer(
            String name, Object schemaOf, String document, String pointer, Draft draft) {
        // given
        SchemaExporter exporter = new SchemaExporter();
        String schema = HUBEI.equals(schemaOf)
                ? exporter.forTemplate(HubeiFixture.template(), draft)
                : exporter.generic((DocumentType) schemaOf, draft);
        // when
        List<Error> errors = Validation.validate(schema, draft, document);
        // then
        List<String> pointers = errors.stream().map(Validation::pointer).toList();
        assertThat(pointers).as(name + ": " + errors).contains(pointer);
        assertThat(pointers).as(name + ": " + errors).allMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
    }

    private static Object[] decl(String name, Function<Mutation, Mutation> change, String pointer) {
        return new Object[] {
            name,
            DocumentType.DECLARATION,
            change.apply(Mutation.of(HubeiFixture.declaration())).yaml(),
            pointer
        };
    }

    private static Object[] hubei(String name, Function<Mutation, Mutation> change, String pointer) {
        return new Object[] {
            name, HUBEI, change.apply(Mutation.of(HubeiFixture.declaration())).yaml(), pointer
        };
    }

    private static Object[] doc(DocumentType kind, String name, String yaml, String pointer) {
        return new Object[] {name, kind, yaml, pointer};
    }
}
