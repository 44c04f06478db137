package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Template;

/**
 * The prepared checker judges each distinct row once and replays its findings for equal rows of
 * later declarations ({@link RowMemo}); what it reports must not change because of that.
 */
class RowMemoTest {

    private static final Template HUBEI = Fixtures.hubei();

    /** One checker for every try, as one batch uses it: later tries replay rows earlier ones judged. */
    private static final Checker SHARED = Checker.of(HUBEI, List.of());

    @Test
    void a_remembered_row_is_reported_at_its_own_place_in_each_declaration() {
        // given two declarations with the same bad row, the second with three rows before it
        Declaration first = Fixtures.hubeiDeclaration()
                .change("群众满意度", r -> r.target("≥90%"))
                .build();
        DeclarationFixture shifted = Fixtures.hubeiDeclaration().change("群众满意度", r -> r.target("≥90%"));
        for (int i = 2; i < 5; i++) {
            shifted.table("年度")
                    .add(
                            0,
                            RowSpec.of("履职效能", "核心业务产出" + i, "产出" + i, "≥" + i + "次")
                                    .history("≥1次", "≥1次")
                                    .origin(Origin.PERSON, "core-output"));
        }
        Declaration second = shifted.build();
        Checker checker = Checker.of(HUBEI, List.of());
        checker.check(first);

        // when
        List<Diagnostic> found = checker.check(second);

        // then
        Row bad = DeclarationFixture.row(second, "年度", "群众满意度");
        assertThat(found)
                .filteredOn(d -> d.path().startsWith("年度 › 满意度"))
                .extracting(Diagnostic::code)
                .contains("weaker-than-template");
        assertThat(found).filteredOn(d -> d.path().startsWith("年度 › 满意度")).allSatisfy(d -> assertThat(d.position())
                .isEqualTo(bad.pos()));
        assertThat(found).isEqualTo(Checker.of(HUBEI, List.of()).check(second));
    }

    @Test
    void a_row_rule_its_settings_break_is_reported_on_every_declaration() {
        // given a percent-range rule whose over100 pattern does not compile
        Template template = Fixtures.hubei(TemplateFixture.setting("percent-range", null, null, "over100", "(完成率"));
        Checker checker = Checker.of(template, List.of());
        Declaration declaration = Fixtures.hubeiDeclaration().build();

        // when
        List<Diagnostic> once = checker.check(declaration);
        List<Diagnostic> again = checker.check(declaration);

        // then
        for (List<Diagnostic> found : List.of(once, again)) {
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("internal");
                assertThat(d.en()).contains("percent-range");
            });
        }
    }

    @Property(tries = 300)
    void the_prepared_checker_finds_what_each_rule_finds_alone(@ForAll("defects") List<Defect> defects) {
        // given the clean Hubei declaration with some rows broken
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        List<List<RowSpec>> tables = new ArrayList<>(fixture.tables.values());
        for (Defect defect : defects) {
            List<RowSpec> rows = tables.get(defect.table() % tables.size());
            RowSpec row = rows.get(defect.row() % rows.size());
            if (defect.duplicate()) {
                rows.add(defect.row() % (rows.size() + 1), row.copy());
            }
            defect.edit().accept(row, defect.text());
        }
        Declaration declaration = fixture.build();

        // when
        List<Diagnostic> found = SHARED.check(declaration);

        // then
        assertThat(found).isEqualTo(eachRuleAlone(HUBEI, declaration));
    }

    /** One broken row: which table and row, what to write where, and whether the row is doubled first. */
    record Defect(int table, int row, BiConsumer<RowSpec, String> edit, String text, boolean duplicate) {}

    @Provide
    Arbitrary<List<Defect>> defects() {
        return defect().list().ofMaxSize(6);
    }

    private static Arbitrary<Defect> defect() {
        Arbitrary<BiConsumer<RowSpec, String>> edits = Arbitraries.of(List.of(
                RowSpec::target,
                RowSpec::name,
                RowSpec::level2,
                RowSpec::level1,
                RowSpec::basis,
                RowSpec::category,
                (r, t) -> r.history(t, r.prev1),
                (r, t) -> r.periods(t, r.target),
                (r, t) -> r.origin(Origin.TO_FILL, t),
                (r, t) -> r.keyWork(t)));
        Arbitrary<String> texts = Arbitraries.of(
                "≥90%",
                "≤90%",
                "95%",
                "=200%",
                "-5%",
                "定性",
                "XX",
                "44561",
                "",
                "健全",
                "≥3个",
                "≥3",
                "≤15分钟",
                "按时完成全年各项工作任务并确保各项指标达到预期目标。",
                "公用经费控制",
                "群众满意度",
                "出警率",
                "管理效率",
                "不存在的一级",
                "服务对象满意度",
                "计划标准",
                "其他",
                "≥ 95 %");
        return Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 20),
                        edits,
                        texts,
                        Arbitraries.of(false, false, true))
                .as(Defect::new);
    }

    /** The findings when every rule walks the declaration by itself, as before the row pass existed. */
    private static List<Diagnostic> eachRuleAlone(Template template, Declaration declaration) {
        Facts facts = new Facts(template, declaration);
        List<Diagnostic> all = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (rule.enabledByDefault()) {
                Diagnostics out = new Diagnostics();
                rule.check(new CheckContext(facts, rule.defaultSeverity(), Map.of(), out));
                all.addAll(out.list());
            }
        }
        all.sort(Comparator.comparing((Diagnostic d) -> d.position().file())
                .thenComparingInt(d -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return all;
    }
}
