package org.zhibiao.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/** hubei/public-security with the 鄂州市公安局 profile gives the seed form's header, funds, projects and goals. */
class EzhouDeclarationTest {

    private static Declaration declaration;

    @BeforeAll
    static void compile() throws IOException {
        Catalogue catalogue = Catalogue.builtIn();
        Template template = catalogue.resolve("hubei/public-security@2024.1").value();
        Result<Declaration> result =
                Compiler.compile(template, Examples.profile("ezhou-2024.yaml"), null, catalogue.index(template));
        assertThat(result.diagnostics()).isEmpty();
        declaration = result.value();
    }

    @Test
    void header_is_the_seed_header() {
        assertThat(declaration.department()).isEqualTo("鄂州市公安局");
        assertThat(declaration.year()).isEqualTo(2024);
        assertThat(declaration.unit()).isEqualTo("万元");
        assertThat(declaration.contact().preparer()).isEqualTo("程果");
        assertThat(declaration.contact().phone()).isEqualTo("0711-3752722");
        assertThat(declaration.contact().date()).isEqualTo("2024年1月15日");
        assertThat(declaration.functions()).hasSize(16);
    }

    @Test
    void expenditure_shares_are_computed_as_the_seed_prints_them() {
        List<FundLine> items = declaration.funds().expenditure().items();
        assertThat(items).extracting(FundLine::name).containsExactly("人员类项目支出", "运转类项目支出", "特定目标类项目支出");
        assertThat(items)
                .extracting(FundLine::share)
                .containsExactly(new BigDecimal("25.77"), new BigDecimal("8.82"), new BigDecimal("65.41"));
        assertThat(items).allSatisfy(line -> assertThat(line.computed()).containsExactly("share"));
    }

    @Test
    void blank_totals_are_computed_for_every_year_and_marked_as_computed() {
        FundLine income = declaration.funds().income().total();
        FundLine spending = declaration.funds().expenditure().total();
        assertThat(income.amount()).isEqualByComparingTo("49824.92");
        assertThat(spending.amount()).isEqualByComparingTo("49824.92");
        assertThat(spending.prev1()).isEqualByComparingTo("45025.23");
        // the seed's own 2022 figures are off by 0.10; zhibiao sums the lines, a checker flags the gap
        assertThat(spending.prev2()).isEqualByComparingTo("31844.85");
        assertThat(spending.share()).isEqualByComparingTo("100");
        assertThat(spending.computed()).contains("amount", "prev1", "prev2", "share");
        assertThat(declaration.funds().income().items().get(0).share()).isEqualByComparingTo("100");
    }

    @Test
    void projects_and_goals_are_the_seed_s() {
        assertThat(declaration.projects()).hasSize(12);
        assertThat(declaration.projects().get(0).name()).isEqualTo("警务辅助人员经费");
        assertThat(declaration.projects().get(0).category()).isEqualTo("常年性项目");
        assertThat(declaration.projects().get(0).total()).isEqualByComparingTo("7916");
        assertThat(declaration.goals().until()).isEqualTo(2026);
        assertThat(declaration.goals().longTerm()).containsExactly("维护国家安全", "维护社会稳定");
        assertThat(declaration.goals().annual()).containsExactly("保障公安业务正常运转", "保障警务辅助人员待遇正常发放");
    }

    @Test
    void yaml_and_json_renderings_match_their_golden_files() throws IOException {
        Golden.assertMatches("ezhou-2024-declaration.yaml", Documents.toYaml(declaration));
        Golden.assertMatches("ezhou-2024-declaration.json", Documents.toJson(declaration));
    }

    @Test
    void yaml_to_model_to_yaml_is_byte_identical() throws IOException {
        String golden = Golden.read("ezhou-2024-declaration.yaml");
        Result<Declaration> read = Documents.readDeclaration("golden.yaml", golden.getBytes(UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(declaration);
        assertThat(Documents.toYaml(read.value())).isEqualTo(golden);
    }

    @Test
    void json_to_model_to_json_is_byte_identical() throws IOException {
        String golden = Golden.read("ezhou-2024-declaration.json");
        Result<Declaration> read = Documents.readDeclaration("golden.json", golden.getBytes(UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value()).isEqualTo(declaration);
        assertThat(Documents.toJson(read.value())).isEqualTo(golden);
    }
}
