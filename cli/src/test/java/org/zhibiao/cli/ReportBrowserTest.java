package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser (issue 16): Debian's Chromium, headless, loads the page from
 * disk and dumps the DOM it built, while writing every network request it makes to a NetLog.
 * Skipped with a message where Chromium is not installed ({@code apt-get install chromium};
 * {@code .ci/run} installs it). No browser is downloaded.
 */
class ReportBrowserTest {

    /** Where Debian puts it; {@code ZHIBIAO_CHROMIUM} names another. */
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    /**
     * Chromium's own service hosts: it calls them at start-up (component updates, time, spelling
     * dictionaries) even with background networking off. Requests to them are the browser's, not
     * the page's; anything else in the log is the page's.
     */
    private static final Pattern BROWSER_OWN = Pattern.compile(
            "^https?://([\\w-]+\\.)*(google\\.com|googleapis\\.com|gvt1\\.com|gstatic\\.com|chromium\\.org)(/.*)?$");

    private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void the_page_renders_offline_with_a_row_per_department_charts_and_escaped_names() throws Exception {
        // given
        Path chromium = chromium();
        Path decls = ReportCommandTest.corpus(dir, 3);
        Path page = dir.resolve("report.html");
        Run.of("report", decls.toString(), "-o", page.toString(), "-q");
        // when
        Loaded loaded = load(chromium, page);
        // then
        String tbody = ReportCommandTest.between(loaded.dom(), "<table id=\"departments\">", "</table>");
        tbody = tbody.substring(tbody.indexOf("<tbody>"));
        assertThat(ReportCommandTest.count(tbody, "<tr")).isEqualTo(4);
        assertThat(loaded.dom())
                .contains("<svg id=\"chart-findings\"")
                .contains("<svg id=\"chart-grades\"")
                .contains("<rect class=\"bar\"");
        assertThat(loaded.dom())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script");
        assertThat(pageRequests(loaded.requests())).as("requests the page made").isEmpty();
    }

    @Test
    void the_network_log_would_show_a_request_of_the_page() throws Exception {
        // given a page that does fetch something (the control: the assertion above can fail)
        Path chromium = chromium();
        Path page = Files.writeString(
                dir.resolve("fetching.html"),
                "<!DOCTYPE html><html><body><img src=\"http://zhibiao-test.invalid/x.png\"></body></html>");
        // when
        Loaded loaded = load(chromium, page);
        // then
        assertThat(pageRequests(loaded.requests())).contains("http://zhibiao-test.invalid/x.png");
    }

    /** The DOM after load and the URLs of every request the browser logged. */
    private record Loaded(String dom, Set<String> requests) {}

    private Loaded load(Path chromium, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        Path netLog = dir.resolve(page.getFileName() + ".netlog.json");
        Path dom = dir.resolve(page.getFileName() + ".dom.html");
        Path log = dir.resolve(page.getFileName() + ".stderr.txt");
        Process process = new ProcessBuilder(
                        chromium.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--disable-sync",
                        "--disable-extensions",
                        "--user-data-dir=" + profile,
                        // nothing leaves the machine even if something were requested; the request is still logged
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--log-net-log=" + netLog,
                        "--dump-dom",
                        page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("Chromium did not finish in 120 s; its log: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        Set<String> urls = new TreeSet<>();
        if (Files.exists(netLog)) {
            Matcher m = URL.matcher(Files.readString(netLog, StandardCharsets.UTF_8));
            while (m.find()) {
                urls.add(m.group(1));
            }
        }
        assertThat(netLog).as("Chromium wrote no network log").exists();
        return new Loaded(Files.readString(dom, StandardCharsets.UTF_8), urls);
    }

    private static Set<String> pageRequests(Set<String> urls) {
        Set<String> page = new TreeSet<>();
        for (String url : urls) {
            if (!BROWSER_OWN.matcher(url).matches() && !url.startsWith("file:") && !url.startsWith("data:")) {
                page.add(url);
            }
        }
        return page;
    }

    private static Path chromium() {
        String named = System.getenv("ZHIBIAO_CHROMIUM");
        for (String candidate : named != null ? List.of(named) : CHROMIUM) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        Assumptions.assumeTrue(
                false,
                "Chromium is not installed (Debian: apt-get install chromium; .ci/run does it);"
                        + " the review page's browser test is skipped");
        return null;
    }
}
