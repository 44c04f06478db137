package org.zhibiao.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: a rule's {@code helpUri} resolves for the people who follow it. In a GitHub Actions job
 * (code scanning's users open the link in a browser) a reference committed to the checked-out
 * repository is linked as GitHub shows it at the commit checked; elsewhere a folder is a
 * {@code file:} URI and a URL stays as given.
 */
class SarifHelpLinksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workspace;

    private Map<String, String> actions() {
        return Map.of(
                "GITHUB_SERVER_URL", "https://github.com",
                "GITHUB_REPOSITORY", "finance/declarations",
                "GITHUB_SHA", "0123abcd",
                "GITHUB_WORKSPACE", workspace.toString());
    }

    @Test
    void issue17_on_github_actions_a_folder_in_the_checkout_is_linked_on_github_at_the_commit() {
        String base = SarifWriter.docsBase(workspace.resolve("zhibiao-docs").toString(), actions());

        assertThat(base).isEqualTo("https://github.com/finance/declarations/blob/0123abcd/zhibiao-docs/");
    }

    @Test
    void issue17_every_rule_links_to_its_anchor_on_github_and_the_tool_to_the_rendered_index() {
        // given: a log written in a GitHub Actions job with the reference in docs/rules of the checkout
        StringWriter out = new StringWriter();
        try (SarifWriter sarif = new SarifWriter(
                out, Lang.ZH, "1.0.0", workspace.resolve("docs/规则").toString(), actions())) {
            sarif.write(List.of());
        }
        JsonNode driver =
                JSON.readTree(out.toString()).get("runs").get(0).get("tool").get("driver");

        // then
        String base = "https://github.com/finance/declarations/blob/0123abcd/docs/%E8%A7%84%E5%88%99/";
        assertThat(driver.get("informationUri").asString()).isEqualTo(base + "index.md");
        assertThat(driver.get("rules")).isNotEmpty();
        for (JsonNode rule : driver.get("rules")) {
            assertThat(rule.get("helpUri").asString())
                    .isEqualTo(base + "rules.md#" + rule.get("id").asString());
        }
    }

    @Test
    void a_folder_outside_the_checkout_stays_a_file_uri() {
        Path elsewhere = workspace.getParent().resolve("elsewhere-docs");

        String base = SarifWriter.docsBase(elsewhere.toString(), actions());

        assertThat(base).isEqualTo(elsewhere.toUri().toASCIIString().replaceFirst("/?$", "/"));
    }

    @Test
    void without_github_actions_a_folder_is_a_file_uri_and_a_url_stays_as_given() {
        Path folder = workspace.resolve("zhibiao-docs");

        assertThat(SarifWriter.docsBase(folder.toString(), Map.of()))
                .isEqualTo(folder.toUri().toASCIIString().replaceFirst("/?$", "/"));
        assertThat(SarifWriter.docsBase("https://intranet.example/zhibiao", actions()))
                .isEqualTo("https://intranet.example/zhibiao/");
    }

    @Test
    void a_url_keeps_index_html_as_the_tool_page() {
        StringWriter out = new StringWriter();
        try (SarifWriter sarif = new SarifWriter(out, Lang.EN, "1.0.0", "https://intranet.example/z/", actions())) {
            sarif.write(List.of());
        }

        assertThat(JSON.readTree(out.toString())
                        .at("/runs/0/tool/driver/informationUri")
                        .asString())
                .isEqualTo("https://intranet.example/z/index.html");
    }
}
