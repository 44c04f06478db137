package org.zhibiao.cli.report;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.cli.docs.Html;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Messages;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;
import org.zhibiao.score.Grade;
import org.zhibiao.score.Scorecard;

/**
 * The review page of {@code zhibiao report} (审核汇总): one static, self-contained HTML page for a
 * finance reviewer with a table of departments, the rules most often broken, two bar charts and a
 * section per document listing its findings. Documents are added one at a time, in the order they
 * should appear, and only their {@link Summary} is kept.
 *
 * <p>The page fetches nothing: no script, no external style, font or image, and a content security
 * policy ({@code default-src 'none'}) that forbids any request should a value ever slip through.
 * Every value from a document is escaped.
 */
public final class ReviewPage {

    /** Findings listed per document; the rest are counted ("N more") so one broken file cannot swell the page. */
    public static final int LISTED = 100;

    /** Rules shown in the most-often-broken table. */
    static final int TOP_RULES = 15;

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";

    private static final String[] BUCKETS = {"0", "1–5", "6–10", "11–20", "21–50", "51+"};
    private static final int[] BUCKET_FLOORS = {0, 1, 6, 11, 21, 51};

    private final Lang lang;
    private final List<Path> roots;
    private final List<Summary> summaries = new ArrayList<>();
    /** Per code: how often it was reported, and the first message seen (the title of a code that is no rule). */
    private final Map<String, long[]> counts = new HashMap<>();

    private final Map<String, String> samples = new HashMap<>();
    private long errors;
    private long warnings;
    private long unusable;

    /** A page in {@code lang}; files are shown relative to the folder (of {@code roots}) they were found under. */
    public ReviewPage(Lang lang, List<Path> roots) {
        this.lang = lang;
        this.roots = List.copyOf(roots);
    }

    /**
     * Adds one document: its findings, or the problems that made it unusable, and its scorecard
     * once it is a scored self-evaluation (null until then).
     */
    public void add(
            Path file,
            String department,
            String template,
            List<Diagnostic> findings,
            List<Diagnostic> problems,
            boolean usable,
            Scorecard card) {
        List<Diagnostic> all = new ArrayList<>(findings);
        all.addAll(problems);
        int e = 0;
        int w = 0;
        List<Summary.Finding> listed = new ArrayList<>();
        String shown = shown(file);
        for (Diagnostic d : all) {
            e += d.severity() == Severity.ERROR ? 1 : 0;
            w += d.severity() == Severity.WARNING ? 1 : 0;
            counts.computeIfAbsent(d.code(), c -> new long[1])[0]++;
            samples.putIfAbsent(d.code(), d.message(lang));
            if (listed.size() < LISTED) {
                listed.add(finding(d, file.toString(), shown));
            }
        }
        errors += e;
        warnings += w;
        unusable += usable ? 0 : 1;
        BigDecimal score = card == null ? null : card.total();
        Grade grade = card == null ? null : card.grade();
        summaries.add(new Summary(
                "d" + (summaries.size() + 1),
                shown,
                department == null ? "" : department,
                template == null ? "" : template,
                e,
                w,
                usable,
                listed,
                all.size() - listed.size(),
                score,
                grade));
    }

    private Summary.Finding finding(Diagnostic d, String file, String shown) {
        String position = d.position().toString();
        if (position.startsWith(file)) {
            position = shown + position.substring(file.length());
        }
        String message = d.message(lang);
        if (!d.path().isEmpty()) {
            message += Messages.quoting(Text.DIAGNOSTIC_AT.template(lang), d.path());
        }
        if (!d.hint().isEmpty()) {
            message += " " + Text.CONSOLE_HINT.format(lang, d.hint().text(lang)).strip();
        }
        return new Summary.Finding(d.severity().word(), d.code(), position, message);
    }

    /** The file relative to the folder it was found under; a file named on its own as it was named. */
    private String shown(Path file) {
        for (Path root : roots) {
            if (!root.equals(file) && file.startsWith(root) && Files.isDirectory(root)) {
                return root.relativize(file).toString().replace('\\', '/');
            }
        }
        return file.toString();
    }

    /** The whole page. */
    public String html() {
        StringBuilder out = new StringBuilder(4096 + summaries.size() * 2048);
        String title = Text.REPORT_TITLE.template(lang);
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang == Lang.ZH ? "zh-CN" : "en")
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CSP)
                .append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(Html.esc(title))
                .append("</title>\n<style>")
                .append(Style.CSS)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(Html.esc(title))
                .append("</h1>\n<p id=\"summary\">")
                .append(Html.esc(Text.REPORT_SUMMARY.format(lang, summaries.size(), errors, warnings, unusable)))
                .append("</p>\n");
        departments(out);
        rules(out);
        charts(out);
        sections(out);
        return out.append("</body>\n</html>\n").toString();
    }

    private void departments(StringBuilder out) {
        out.append("<h2>")
                .append(text(Text.REPORT_DEPARTMENTS))
                .append("</h2>\n<table id=\"departments\">\n<thead><tr>");
        for (Text head : List.of(
                Text.REPORT_COL_DEPARTMENT,
                Text.REPORT_COL_FILE,
                Text.REPORT_COL_TEMPLATE,
                Text.REPORT_COL_ERRORS,
                Text.REPORT_COL_WARNINGS,
                Text.REPORT_COL_SCORE,
                Text.REPORT_COL_GRADE)) {
            out.append("<th>").append(text(head)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Summary s : summaries) {
            out.append("<tr")
                    .append(s.usable() ? "" : " class=\"unusable\"")
                    .append("><td><a href=\"#")
                    .append(s.anchor())
                    .append("\">")
                    .append(Html.esc(department(s)))
                    .append("</a></td><td>")
                    .append(Html.esc(s.file()))
                    .append("</td><td>")
                    .append(Html.esc(s.template()))
                    .append("</td><td class=\"n\">")
                    .append(s.usable() ? String.valueOf(s.errors()) : text(Text.REPORT_UNUSABLE))
                    .append("</td><td class=\"n\">")
                    .append(s.warnings())
                    .append("</td><td class=\"n\">")
                    .append(s.score() == null ? "" : s.score().toPlainString())
                    .append("</td><td>")
                    .append(s.grade() == null ? "" : Html.esc(s.grade().label(lang)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void rules(StringBuilder out) {
        out.append("<h2>")
                .append(text(Text.REPORT_RULES))
                .append("</h2>\n<table id=\"rules\">\n<thead><tr><th>")
                .append(text(Text.REPORT_COL_CODE))
                .append("</th><th>")
                .append(text(Text.REPORT_COL_COUNT))
                .append("</th><th>")
                .append(text(Text.REPORT_COL_TITLE))
                .append("</th></tr></thead>\n<tbody>\n");
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_RULES)
                .forEach(e -> out.append("<tr><td><code>")
                        .append(Html.esc(e.getKey()))
                        .append("</code></td><td class=\"n\">")
                        .append(e.getValue()[0])
                        .append("</td><td>")
                        .append(Html.esc(title(e.getKey())))
                        .append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    /** A rule's first sentence of explanation; for a code that is no rule (reading problems), its first message. */
    private String title(String code) {
        return Rules.byCode(code)
                .map((Rule r) -> firstSentence(r.explain(lang)))
                .orElse(samples.get(code));
    }

    static String firstSentence(String text) {
        int stop = text.indexOf('。');
        int dot = text.indexOf(". ");
        int end = stop >= 0 ? stop + 1 : dot >= 0 ? dot + 1 : text.length();
        return text.substring(0, end);
    }

    private void charts(StringBuilder out) {
        long[] byBucket = new long[BUCKETS.length];
        long broken = 0;
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        long ungraded = 0;
        for (Summary s : summaries) {
            if (!s.usable()) {
                broken++;
            } else {
                int b = BUCKET_FLOORS.length - 1;
                while (s.errors() < BUCKET_FLOORS[b]) {
                    b--;
                }
                byBucket[b]++;
            }
            if (s.grade() == null) {
                ungraded++;
            } else {
                grades.merge(s.grade(), 1L, Long::sum);
            }
        }
        List<BarChart.Bar> findings = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            findings.add(new BarChart.Bar(BUCKETS[i], byBucket[i]));
        }
        findings.add(new BarChart.Bar(Text.REPORT_UNUSABLE.template(lang), broken));
        List<BarChart.Bar> graded = new ArrayList<>();
        for (Grade g : Grade.values()) {
            graded.add(new BarChart.Bar(g.label(lang), grades.getOrDefault(g, 0L)));
        }
        graded.add(new BarChart.Bar(Text.REPORT_UNGRADED.template(lang), ungraded));
        out.append("<h2>")
                .append(text(Text.REPORT_CHARTS))
                .append("</h2>\n<div class=\"charts\">\n<figure>")
                .append(BarChart.svg("chart-findings", Text.REPORT_CHART_FINDINGS.template(lang), findings))
                .append("<figcaption>")
                .append(text(Text.REPORT_CHART_FINDINGS))
                .append("</figcaption></figure>\n<figure>")
                .append(BarChart.svg("chart-grades", Text.REPORT_CHART_GRADES.template(lang), graded))
                .append("<figcaption>")
                .append(text(Text.REPORT_CHART_GRADES))
                .append("</figcaption></figure>\n</div>\n");
    }

    private void sections(StringBuilder out) {
        out.append("<h2>").append(text(Text.REPORT_SECTIONS)).append("</h2>\n");
        for (Summary s : summaries) {
            out.append("<section id=\"")
                    .append(s.anchor())
                    .append("\">\n<h3>")
                    .append(Html.esc(department(s)))
                    .append("</h3>\n<p class=\"file\">")
                    .append(Html.esc(s.file()));
            if (!s.template().isEmpty()) {
                out.append(" · ").append(Html.esc(s.template()));
            }
            out.append("</p>\n");
            if (s.listed().isEmpty()) {
                out.append("<p>").append(text(Text.REPORT_NO_FINDINGS)).append("</p>\n</section>\n");
                continue;
            }
            out.append("<ul>\n");
            int i = 0;
            for (Summary.Finding f : s.listed()) {
                String id = s.anchor() + "-" + ++i;
                out.append("<li id=\"")
                        .append(id)
                        .append("\" class=\"")
                        .append(f.severity())
                        .append("\"><a href=\"#")
                        .append(id)
                        .append("\">")
                        .append(Html.esc(f.position()))
                        .append("</a> <b>")
                        .append(Html.esc(f.severity()))
                        .append('[')
                        .append(Html.esc(f.code()))
                        .append("]</b> ")
                        .append(Html.esc(f.message()))
                        .append("</li>\n");
            }
            out.append("</ul>\n");
            if (s.unlisted() > 0) {
                out.append("<p class=\"more\">")
                        .append(Html.esc(Text.REPORT_MORE.format(lang, s.unlisted(), s.file())))
                        .append("</p>\n");
            }
            out.append("</section>\n");
        }
    }

    private String department(Summary s) {
        return s.department().isBlank() ? Text.REPORT_NO_DEPARTMENT.template(lang) : s.department();
    }

    private String text(Text text) {
        return Html.esc(text.template(lang));
    }
}
