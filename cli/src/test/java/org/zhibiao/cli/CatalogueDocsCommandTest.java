package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Rules;
import org.zhibiao.model.Entry;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Library;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;

class CatalogueDocsCommandTest {

    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)#]*)(#[^)]*)?\\)");

    @TempDir
    Path dir;

    @Test
    void every_template_and_library_has_a_page_and_the_index_links_them() throws IOException {
        // when
        Run run = Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        Path site = dir.resolve("site");
        assertThat(site.resolve("index.md")).isRegularFile();
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("rules.md")).isRegularFile();
        String index = read(site.resolve("index.md"));
        for (Template t : Catalogue.builtIn().allTemplates()) {
            String page = "templates/" + t.reference() + ".md";
            assertThat(site.resolve(page)).as(page).isRegularFile();
            assertThat(index).contains("](" + page + ")");
        }
        for (Library l : Catalogue.builtIn().libraries()) {
            String page = "libraries/" + l.id() + ".md";
            assertThat(site.resolve(page)).as(page).isRegularFile();
            assertThat(index).contains("](" + page + ")");
            String text = read(site.resolve(page));
            l.indicators().forEach(d -> assertThat(text).contains("<a id=\"" + d.id() + "\"></a>"));
        }
    }

    @Test
    void the_html_page_names_every_indicator_and_fetches_nothing() throws IOException {
        // given
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        // when
        String html = read(dir.resolve("site/index.html"));
        // then
        for (String name : indicatorNames()) {
            assertThat(html).as(name).contains(escaped(name));
        }
        assertThat(html).doesNotContain("http://", "https://", "<link", " src=", "@import", "url(");
        assertThat(html)
                .contains(
                        "<input id=\"q\" type=\"search\"",
                        "<style>",
                        "<script>",
                        "Content-Security-Policy\" content=\"default-src 'none';");
        Rules.all().forEach(r -> assertThat(html).contains("<code>" + r.code() + "</code>"));
    }

    @Test
    void a_template_page_shows_its_resolved_tree_with_targets_and_slot_defaults() throws IOException {
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        String page = read(dir.resolve("site/templates/jiangsu/public-security@2024.1.md"));
        assertThat(page)
                .contains(
                        "### 过程（必填）",
                        "| 人员管理 | [在职人员控制率](../../libraries/common.md#staff-control-rate) | =100% |",
                        "| 社会效益 | ↳ [苏州市移动上网用户电信诈骗拦截覆盖率](../../libraries/police.md#telecom-fraud-interception-coverage)（槽位默认） | ≥100% |",
                        "| {职能} | *填报槽位 duty：本职能的年度重点工作及其三级指标（每项重点工作至少一个三级指标）（至少 1 条）* |");
    }

    @Test
    void a_template_page_leaves_out_the_framework_columns_no_row_of_the_template_fills() throws IOException {
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        String project = read(dir.resolve("site/templates/national/project@2020.1.md"));
        assertThat(project)
                .contains("| 二级指标 | 三级指标 | 指标值 | 类型 | 方向 | 单位 | 确定依据 |\n")
                .doesNotContain("半年指标值 |", "| 分类 |");
        String hubei = read(dir.resolve("site/templates/hubei/public-security@2024.1.md"));
        assertThat(hubei).contains("| 确定依据 | 分类 |");
    }

    @Test
    void every_relative_markdown_link_points_at_a_page_that_exists() throws IOException {
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        Path site = dir.resolve("site");
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher m = MD_LINK.matcher(read(page));
                while (m.find()) {
                    if (!m.group(1).isEmpty()
                            && !Files.exists(
                                    page.getParent().resolve(m.group(1)).normalize())) {
                        broken.add(site.relativize(page) + " → " + m.group(1));
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void issue17_no_page_cites_a_document_outside_the_repository() throws IOException {
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        List<String> cited = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(dir.resolve("site"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                for (String outside : List.of("DOMAIN", "DESIGN.md", "STYLE.md", "shared/")) {
                    if (text.contains(outside)) {
                        cited.add(dir.resolve("site").relativize(page) + ": " + outside);
                    }
                }
            }
        }
        assertThat(cited).isEmpty();
    }

    @Test
    void issue17_no_rule_cites_a_numbered_rule_of_a_list_the_repository_does_not_have() throws IOException {
        // the explanations said "（第7条）" / "(rule 7)": the numbering of a rule list kept outside the repository
        Run.of("catalogue", "docs", "-o", dir.resolve("site").toString());
        String rules = Files.readString(dir.resolve("site").resolve("rules.md"), StandardCharsets.UTF_8);

        assertThat(rules).doesNotContainPattern("第[0-9、]+条").doesNotContainPattern("[Rr]ules? [0-9]+");
        assertThat(Run.of("check", "--explain", "kind-mismatch").out()).doesNotContainPattern("第[0-9、]+条");
    }

    @Test
    void the_same_catalogue_gives_the_same_bytes() throws IOException {
        Run.of("catalogue", "docs", "-o", dir.resolve("a").toString());
        Run.of("catalogue", "docs", "-o", dir.resolve("b").toString());
        assertThat(files(dir.resolve("a"))).isEqualTo(files(dir.resolve("b"))).isNotEmpty();
    }

    @Test
    void refuses_a_non_empty_directory_without_force_and_with_force_when_it_holds_files_docs_did_not_write()
            throws IOException {
        // given
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("mine.txt"), "keep me");
        // when
        Run refused = Run.of("catalogue", "docs", "-o", site.toString());
        Run forced = Run.of("catalogue", "docs", "-o", site.toString(), "--force");
        // then
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("error[output-not-empty]", "--force");
        // #13: --force replaces a site docs wrote, never a folder holding anything else
        assertThat(forced.code()).isEqualTo(2);
        assertThat(forced.err()).contains("error[output-foreign-files]", "mine.txt");
        assertThat(site.resolve("mine.txt")).hasContent("keep me");
        assertThat(site.resolve("index.html")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temp or backup directory is left behind").containsExactly(site);
        }
    }

    @Test
    void force_replaces_a_site_docs_wrote_before() throws IOException {
        // given
        Path site = dir.resolve("site");
        assertThat(Run.of("catalogue", "docs", "-o", site.toString()).code()).isZero();
        Files.writeString(site.resolve("index.html"), "edited");
        // when
        Run forced = Run.of("catalogue", "docs", "-o", site.toString(), "--force");
        // then
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(site.resolve("index.html"))).isNotEqualTo("edited");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temp or backup directory is left behind").containsExactly(site);
        }
    }

    @Test
    void an_existing_empty_directory_is_filled() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Run run = Run.of("catalogue", "docs", "-o", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(site.resolve("index.md")).isRegularFile();
    }

    /** Every library entry's name and every row name of every resolved template. */
    private static List<String> indicatorNames() {
        Catalogue catalogue = Catalogue.builtIn();
        List<String> names = new ArrayList<>();
        catalogue
                .libraries()
                .forEach(l -> l.indicators().stream().map(IndicatorDef::name).forEach(names::add));
        for (Template t : catalogue.allTemplates()) {
            catalogue.resolve(t.reference()).value().indicators().forEach(l1 -> l1.children()
                    .forEach(l2 -> {
                        for (Entry e : l2.entries()) {
                            if (e instanceof Inline row) {
                                names.add(row.name());
                            } else if (e instanceof Slot s) {
                                s.defaults().stream()
                                        .filter(Inline.class::isInstance)
                                        .map(d -> ((Inline) d).name())
                                        .forEach(names::add);
                            }
                        }
                    }));
        }
        assertThat(names).hasSizeGreaterThan(100);
        return names;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                all.put(root.relativize(p).toString(), read(p));
            }
        }
        return all;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
