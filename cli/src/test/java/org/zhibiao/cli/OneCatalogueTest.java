package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.diag.Lang;

/**
 * Keeps the message catalogue single (#17): Chinese text in a string literal of main code is only
 * allowed in the catalogue, in the files that define messages in its form (one constant per
 * message, zh and en side by side), and in the files listed below with the reason they hold
 * Chinese that is not a message. A new message elsewhere fails this test: add it to
 * {@link org.zhibiao.diag.Text} (a phrase) or {@link org.zhibiao.diag.Problem} (a finding).
 *
 * <p>The lists are pinned both ways: a listed file that no longer has Chinese must leave its list.
 */
class OneCatalogueTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

    /** An English sentence (two words or more) handed straight to a print call. */
    private static final Pattern PRINTED_ENGLISH =
            Pattern.compile("\\.(?:println|print|printf)\\(\\s*\"[^\"]*[A-Za-z]{2,} [A-Za-z]{2,}");

    /** The catalogue and the message definitions in its form (code, zh, en), by path under the repository. */
    private static final Set<String> CATALOGUE = Set.of(
            "dsl/src/main/java/org/zhibiao/diag/Problem.java",
            "dsl/src/main/java/org/zhibiao/diag/Text.java",
            "dsl/src/main/java/org/zhibiao/diag/Severity.java",
            "dsl/src/main/java/org/zhibiao/groovy/GroovyProblem.java",
            "dsl/src/main/java/org/zhibiao/target/Reason.java",
            "dsl/src/main/java/org/zhibiao/diff/What.java",
            "cli/src/main/java/org/zhibiao/cli/batch/BatchProblem.java",
            // the checker's findings: Message constants and --explain text next to each rule (STYLE.md 9)
            "dsl/src/main/java/org/zhibiao/check/Checker.java",
            "dsl/src/main/java/org/zhibiao/check/CopyRules.java",
            "dsl/src/main/java/org/zhibiao/check/ColumnRules.java",
            "dsl/src/main/java/org/zhibiao/check/CoverageRules.java",
            "dsl/src/main/java/org/zhibiao/check/DefectRules.java",
            "dsl/src/main/java/org/zhibiao/check/EnumRules.java",
            "dsl/src/main/java/org/zhibiao/check/FrameworkRules.java",
            "dsl/src/main/java/org/zhibiao/check/FunctionRules.java",
            "dsl/src/main/java/org/zhibiao/check/FundsRules.java",
            "dsl/src/main/java/org/zhibiao/check/GoalRules.java",
            "dsl/src/main/java/org/zhibiao/check/JudgementRules.java",
            "dsl/src/main/java/org/zhibiao/check/KindRules.java",
            "dsl/src/main/java/org/zhibiao/check/NameRules.java",
            "dsl/src/main/java/org/zhibiao/check/PeriodRules.java",
            "dsl/src/main/java/org/zhibiao/check/ProjectRules.java",
            "dsl/src/main/java/org/zhibiao/check/SatisfactionRules.java",
            "dsl/src/main/java/org/zhibiao/check/StageRules.java",
            "dsl/src/main/java/org/zhibiao/check/ShareRules.java",
            "dsl/src/main/java/org/zhibiao/check/ValueRules.java",
            // the scorer's findings, in the same Message form (issue 16)
            "dsl/src/main/java/org/zhibiao/score/ScoreFindings.java");

    /** Chinese that is not a message: the domain's words, matched against input or written into documents. */
    private static final Set<String> VOCABULARY = Set.of(
            "dsl/src/main/java/org/zhibiao/target/Units.java",
            "dsl/src/main/java/org/zhibiao/target/Vocabulary.java",
            "dsl/src/main/java/org/zhibiao/target/Spelling.java",
            "dsl/src/main/java/org/zhibiao/groovy/Key.java",
            "dsl/src/main/java/org/zhibiao/groovy/AllowList.java",
            "dsl/src/main/java/org/zhibiao/model/Kind.java",
            "dsl/src/main/java/org/zhibiao/model/Direction.java",
            "dsl/src/main/java/org/zhibiao/model/ValueColumn.java",
            // the printed headers of the tree and vocabulary columns, and the 指标表 column (issue 14)
            "dsl/src/main/java/org/zhibiao/model/StandardColumns.java",
            "dsl/src/main/java/org/zhibiao/model/Column.java",
            "dsl/src/main/java/org/zhibiao/shape/LayoutWriter.java",
            "dsl/src/main/java/org/zhibiao/shape/HeaderBlock.java",
            // full-width digits and operators of a 指标值 split over the cells of a printed form
            "dsl/src/main/java/org/zhibiao/shape/TargetParts.java",
            "dsl/src/main/java/org/zhibiao/shape/PrintedDeclaration.java",
            // 黄山's inline layout 【一级-二级】指标n:名称(指标值), and printed 一级 labels' 指标 suffix
            "dsl/src/main/java/org/zhibiao/shape/LayoutReader.java",
            "dsl/src/main/java/org/zhibiao/model/Level2.java",
            "dsl/src/main/java/org/zhibiao/model/Display.java",
            "dsl/src/main/java/org/zhibiao/yaml/DocumentType.java",
            "dsl/src/main/java/org/zhibiao/check/Directions.java",
            // the national scoring rules' 一级 names (产出, 满意度 …), matched against printed labels (issue 16)
            "dsl/src/main/java/org/zhibiao/score/ScoringRules.java",
            // the national monitoring and self-evaluation forms' headers and choices (issue 16)
            "dsl/src/main/java/org/zhibiao/shape/StageForms.java",
            // the suffix of printed 一级 labels, 产出指标 for 产出 (issue 14)
            "dsl/src/main/java/org/zhibiao/check/Framework.java",
            "dsl/src/main/java/org/zhibiao/check/CheckContext.java",
            "dsl/src/main/java/org/zhibiao/check/Money.java",
            "dsl/src/main/java/org/zhibiao/check/Names.java",
            "dsl/src/main/java/org/zhibiao/compile/FundsCalculator.java",
            "dsl/src/main/java/org/zhibiao/diff/TreeDiff.java",
            "dsl/src/main/java/org/zhibiao/diff/FormDiff.java",
            "cli/src/main/java/org/zhibiao/cli/batch/CsvProfiles.java",
            "cli/src/main/java/org/zhibiao/cli/CdsTraining.java",
            // the printed form's labels: the overview sheet written and read back (issue 15)
            "dsl/src/main/java/org/zhibiao/shape/PrintedForms.java",
            // the documents zhibiao writes: schemas' bilingual descriptions, the catalogue's pages
            "schema/src/main/java/org/zhibiao/schema/TableSchema.java",
            "schema/src/main/java/org/zhibiao/schema/RowShape.java",
            "schema/src/main/java/org/zhibiao/schema/TemplateSchemas.java",
            "schema/src/main/java/org/zhibiao/schema/ValuePatterns.java",
            "cli/src/main/java/org/zhibiao/cli/docs/HtmlPage.java",
            "cli/src/main/java/org/zhibiao/cli/docs/HtmlTree.java",
            "cli/src/main/java/org/zhibiao/cli/docs/Labels.java",
            "cli/src/main/java/org/zhibiao/cli/docs/MarkdownPages.java",
            "cli/src/main/java/org/zhibiao/cli/docs/TemplatePage.java");

    /**
     * Messages not yet in the catalogue: none since issue 17 moved the Groovy guard's refusals and
     * SARIF's notes into Text. A file may sit here only while its move is under way.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void issue17_chinese_text_in_main_code_lives_in_the_catalogue() throws IOException {
        // given every main source file of every module
        Map<String, List<String>> chinese = new TreeMap<>();
        for (Path file : mainSources()) {
            List<String> found = literals(Files.readString(file)).stream()
                    .filter(l -> CJK.matcher(l).find())
                    .toList();
            if (!found.isEmpty()) {
                chinese.put(ROOT.relativize(file).toString().replace('\\', '/'), found);
            }
        }

        // then only the listed files have Chinese literals, and each listed file still has some
        Map<String, List<String>> stray = new TreeMap<>(chinese);
        stray.keySet().removeAll(CATALOGUE);
        stray.keySet().removeAll(VOCABULARY);
        stray.keySet().removeAll(NOT_YET_MOVED);
        assertThat(stray)
                .as("Chinese text outside the catalogue: add it to org.zhibiao.diag.Text or Problem")
                .isEmpty();
        Stream.of(CATALOGUE, VOCABULARY, NOT_YET_MOVED).flatMap(Set::stream).forEach(listed -> assertThat(chinese)
                .as(listed + " has no Chinese left: take it off its list")
                .containsKey(listed));
    }

    @Test
    void issue17_no_english_sentence_is_printed_from_a_literal() throws IOException {
        List<String> printed = new ArrayList<>();
        for (Path file : mainSources()) {
            Files.readAllLines(file).stream()
                    .filter(l -> PRINTED_ENGLISH.matcher(l).find())
                    .forEach(l -> printed.add(file.getFileName() + ": " + l.strip()));
        }
        assertThat(printed)
                .as("print catalogue text (org.zhibiao.diag.Text) instead")
                .isEmpty();
    }

    @Test
    void the_scan_sees_literals_but_not_comments() {
        String java = "/** 说明 */ class A { // 注释\n String a = \"甲\\\"乙\"; char c = '\"';"
                + " String b = \"\"\"\n  丙\n  \"\"\"; }";
        assertThat(literals(java)).containsExactly("甲\\\"乙", "\n  丙\n  ");
    }

    @Test
    void batch_problems_have_both_languages_with_the_same_placeholders() {
        for (BatchProblem p : BatchProblem.values()) {
            Object[] args = {"\u0001", "\u0002", "\u0003"};
            String zh = p.format(Lang.ZH, args);
            String en = p.format(Lang.EN, args);
            for (Object arg : args) {
                assertThat(zh.contains((String) arg)).as(p + " " + arg).isEqualTo(en.contains((String) arg));
            }
            assertThat(zh).as(p.name()).containsPattern(CJK.pattern());
            assertThat(en).as(p.name()).doesNotContainPattern(CJK.pattern());
        }
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String module : List.of("dsl", "catalogue", "schema", "cli")) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        return files;
    }

    /** The string literals (and text blocks) of a Java source, escapes kept, comments and chars skipped. */
    static List<String> literals(String java) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < java.length()) {
            if (java.startsWith("//", i)) {
                i = end(java.indexOf('\n', i), java);
            } else if (java.startsWith("/*", i)) {
                i = end(java.indexOf("*/", i + 2), java) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int close = end(java.indexOf("\"\"\"", i + 3), java);
                found.add(java.substring(i + 3, close));
                i = close + 3;
            } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
                int close = closing(java, i);
                if (java.charAt(i) == '"') {
                    found.add(java.substring(i + 1, close));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closing(String java, int open) {
        char quote = java.charAt(open);
        int i = open + 1;
        while (i < java.length() && java.charAt(i) != quote) {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, java.length());
    }

    private static int end(int at, String java) {
        return at < 0 ? java.length() : at;
    }
}
