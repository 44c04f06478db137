package org.zhibiao.cli.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings of {@code zhibiao check} as a SARIF 2.1.0 log: one run, one result per finding with its
 * file, line and column and the row (一级 › 二级 › 三级) as a logical location, and the rule
 * catalogue as the driver's rules, so CI systems and editors can show them.
 *
 * <p>Results are written as they come and the {@code tool} object after them: a province-wide
 * check has a hundred thousand findings, and holding them to write the rules first ran a 384 MB
 * heap out of memory (#7). The driver's rules are every built-in rule, then each other code the
 * results used (a template's own rules, an internal error), in first-use order, which is only
 * known at the end. JSON member order carries no meaning in SARIF.
 *
 * <p>What GitHub code scanning asks of an upload (issue 17) is met here, not left to the reader:
 * every rule has {@code help} (the text of {@code --explain}, as text and Markdown) and a
 * {@code helpUri}; every result a {@code partialFingerprints} that survives lines moving; no more
 * than {@link #MAX_RESULTS} results per run, the rest counted in a notification; files that could
 * not be checked are {@code toolExecutionNotifications} of the one invocation, whose
 * {@code executionSuccessful} is false then.
 */
public final class SarifWriter implements AutoCloseable {

    /** GitHub code scanning keeps at most this many results of a run and refuses a log with more. */
    public static final int MAX_RESULTS = 25_000;

    /**
     * The folder the driver's help links point into when no other is given: where
     * {@code zhibiao catalogue docs -o zhibiao-docs} writes the reference, in the working directory.
     * A relative link ({@code rules.md#CODE}) would be simpler, but SARIF (§3.49.12, and the schema's
     * {@code format: uri}) wants absolute URIs, and validators and viewers refuse relative ones. On
     * GitHub Actions the folder is linked as GitHub shows it in the repository (see {@link #docsBase}).
     */
    public static final String DEFAULT_DOCS = "zhibiao-docs";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String FINGERPRINT = "zhibiaoFinding/v1";
    private static final JsonMapper MAPPER =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;
    private final Writer out;
    private final Lang lang;
    private final String version;
    private final String docs;
    private final String informationPage;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<Diagnostic> unusable = new ArrayList<>();
    private int results;
    private long dropped;

    /** Starts a log on {@code out} whose help links point into {@link #DEFAULT_DOCS}; {@link #close} ends it. */
    public SarifWriter(Writer out, Lang lang, String version) {
        this(out, lang, version, DEFAULT_DOCS);
    }

    /**
     * Starts a log on {@code out}; {@link #close} ends it.
     *
     * @param docs where the reference that {@code zhibiao catalogue docs} writes is (its {@code rules.md}
     *     has an anchor per rule code): a URL, or a folder, linked as {@link #docsBase} says
     */
    public SarifWriter(Writer out, Lang lang, String version, String docs) {
        this(out, lang, version, docs, System.getenv());
    }

    /** As {@link #SarifWriter(Writer, Lang, String, String)}, in the environment {@code env}. */
    SarifWriter(Writer out, Lang lang, String version, String docs, Map<String, String> env) {
        this.out = out;
        this.lang = lang;
        this.version = version;
        this.docs = docsBase(docs, env);
        // GitHub shows an index.html in a repository as source, and renders index.md
        this.informationPage = isUri(docs) || this.docs.startsWith("file:") ? "index.html" : "index.md";
        Rules.all().forEach(rule -> index.put(rule.code(), index.size()));
        json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("$schema", SCHEMA);
        json.writeStringProperty("version", "2.1.0");
        json.writeArrayPropertyStart("runs");
        json.writeStartObject();
        json.writeArrayPropertyStart("results");
    }

    /** The whole log for a list of findings, pretty-printed, with a final newline. */
    public static String render(List<Diagnostic> findings, Lang lang, String version) {
        StringWriter text = new StringWriter();
        try (SarifWriter sarif = new SarifWriter(text, lang, version)) {
            sarif.write(findings);
        }
        return text.toString();
    }

    /**
     * An absolute base ending in {@code /}: a URL as given; a folder inside the repository a GitHub
     * Actions job checked out as that folder's page on GitHub at the commit checked; any other folder
     * as its {@code file:} URI.
     *
     * <p>[#17] Code scanning shows a rule's {@code helpUri} as a link in the browser, where a
     * {@code file:} URI of the runner's disk leads nowhere. GitHub Actions names the server, the
     * repository, the commit and the checkout ({@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY},
     * {@code GITHUB_SHA}, {@code GITHUB_WORKSPACE}), so a reference committed to the repository
     * ({@code zhibiao catalogue docs -o zhibiao-docs}) is linked where GitHub renders it, with each
     * rule's anchor; published elsewhere, {@code --docs-url URL} names it.
     */
    static String docsBase(String docs, Map<String, String> env) {
        if (isUri(docs)) {
            return docs.endsWith("/") ? docs : docs + "/";
        }
        Path folder =
                Path.of(docs.isEmpty() ? DEFAULT_DOCS : docs).toAbsolutePath().normalize();
        String onGitHub = gitHubPage(folder, env);
        String base = onGitHub != null ? onGitHub : folder.toUri().toASCIIString();
        return base.endsWith("/") ? base : base + "/";
    }

    /** {@code folder}'s page on GitHub when a GitHub Actions job runs inside its checkout, else null. */
    private static String gitHubPage(Path folder, Map<String, String> env) {
        String server = env.get("GITHUB_SERVER_URL");
        String repository = env.get("GITHUB_REPOSITORY");
        String commit = env.get("GITHUB_SHA");
        String workspace = env.get("GITHUB_WORKSPACE");
        if (isBlank(server) || isBlank(repository) || isBlank(commit) || isBlank(workspace)) {
            return null;
        }
        Path root = Path.of(workspace).toAbsolutePath().normalize();
        if (!folder.startsWith(root)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        root.relativize(folder).forEach(part -> path.append('/').append(part));
        try {
            String encoded = new URI(null, null, path.toString(), null).toASCIIString();
            return server.replaceFirst("/+$", "") + "/" + repository + "/blob/" + commit + encoded;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isUri(String docs) {
        return docs.matches("[A-Za-z][A-Za-z0-9+.-]+:.*");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Appends results, up to {@link #MAX_RESULTS}; call as often as findings arrive. */
    public void write(List<Diagnostic> findings) {
        for (Diagnostic d : findings) {
            if (results == MAX_RESULTS) {
                dropped++;
                continue;
            }
            results++;
            result(d, index.computeIfAbsent(d.code(), code -> index.size()));
        }
    }

    /** Records why a file could not be checked: a notification of the invocation, not a result. */
    public void unusable(List<Diagnostic> problems) {
        unusable.addAll(problems);
    }

    /** Ends the results, writes the tool with its rules, and ends the log with a newline. */
    @Override
    public void close() {
        json.writeEndArray();
        json.writeObjectPropertyStart("tool");
        json.writeObjectPropertyStart("driver");
        json.writeStringProperty("name", "zhibiao");
        json.writeStringProperty("version", version);
        if (version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            json.writeStringProperty("semanticVersion", version);
        }
        json.writeStringProperty("informationUri", docs + informationPage);
        rules();
        json.writeEndObject();
        json.writeEndObject();
        invocation();
        json.writeStringProperty("language", lang == Lang.ZH ? "zh-CN" : "en");
        json.writeStringProperty("columnKind", "utf16CodeUnits");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        try {
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SARIF's level for a severity: error, warning, or note. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The one invocation: successful unless a file could not be checked, with a notification per
     * such file and one for results left out beyond {@link #MAX_RESULTS}.
     */
    private void invocation() {
        json.writeArrayPropertyStart("invocations");
        json.writeStartObject();
        json.writeBooleanProperty("executionSuccessful", unusable.isEmpty());
        if (!unusable.isEmpty() || dropped > 0) {
            json.writeArrayPropertyStart("toolExecutionNotifications");
            for (Diagnostic d : unusable) {
                notification(d.code(), level(d.severity()), d.message(lang), d.position());
            }
            if (dropped > 0) {
                notification(
                        "results-truncated",
                        "warning",
                        Text.SARIF_TRUNCATED.format(
                                lang,
                                String.format(Locale.ROOT, "%,d", MAX_RESULTS),
                                String.format(Locale.ROOT, "%,d", dropped)),
                        Position.NONE);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private void notification(String id, String level, String text, Position at) {
        json.writeStartObject();
        json.writeObjectPropertyStart("descriptor");
        json.writeStringProperty("id", id);
        json.writeEndObject();
        json.writeStringProperty("level", level);
        json.writeObjectPropertyStart("message");
        json.writeStringProperty("text", cell(at) + text);
        json.writeEndObject();
        if (!at.file().isEmpty()) {
            json.writeArrayPropertyStart("locations");
            json.writeStartObject();
            physical(at);
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Every built-in rule with its explanation, then the other codes the results used. */
    private void rules() {
        json.writeArrayPropertyStart("rules");
        List<Rule> builtIn = Rules.all();
        for (Rule rule : builtIn) {
            String explain = rule.explain(lang);
            rule(rule.code(), firstSentence(explain), explain);
            help(rule.code(), rule.defaultSeverity(), explain);
            json.writeObjectPropertyStart("defaultConfiguration");
            json.writeStringProperty("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        index.keySet().stream().skip(builtIn.size()).forEach(code -> {
            rule(code, code, code);
            help(code, null, Text.SARIF_OTHER_RULE.format(lang));
            json.writeEndObject();
        });
        json.writeEndArray();
    }

    /** Opens a rule's object; the caller closes it. */
    private void rule(String id, String brief, String full) {
        json.writeStartObject();
        json.writeStringProperty("id", id);
        json.writeObjectPropertyStart("shortDescription");
        json.writeStringProperty("text", brief);
        json.writeEndObject();
        json.writeObjectPropertyStart("fullDescription");
        json.writeStringProperty("text", full);
        json.writeEndObject();
    }

    /**
     * A rule's help, as {@code --explain} prints it, and its link: the anchor {@code <a id="CODE">}
     * that {@code catalogue docs} writes in {@code rules.md}; tags and precision, which GitHub shows.
     */
    private void help(String code, Severity severity, String explain) {
        String command = "zhibiao check --explain " + code;
        json.writeObjectPropertyStart("help");
        json.writeStringProperty("text", explain + "\n\n" + command);
        json.writeStringProperty(
                "markdown",
                "**" + code + "**" + (severity == null ? "" : " (" + severity.word() + ")") + "\n\n" + explain + "\n\n`"
                        + command + "`");
        json.writeEndObject();
        json.writeStringProperty("helpUri", docs + "rules.md#" + code);
        json.writeObjectPropertyStart("properties");
        json.writeArrayPropertyStart("tags");
        json.writeString("zhibiao");
        json.writeString("performance-targets");
        json.writeEndArray();
        json.writeStringProperty("precision", "very-high");
        json.writeEndObject();
    }

    private void result(Diagnostic d, int ruleIndex) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", d.code());
        json.writeNumberProperty("ruleIndex", ruleIndex);
        json.writeStringProperty("level", level(d.severity()));
        String hint =
                d.hint().isEmpty() ? "" : Text.SARIF_HINT.format(lang, d.hint().text(lang));
        json.writeObjectPropertyStart("message");
        // a workbook cell: the region holds its row and column (GitHub needs startLine), the message
        // names the cell as Excel does, since code scanning shows the message, not logical locations
        // and a CSV cell by its printed column header (issue 14)
        json.writeStringProperty("text", cell(d.position()) + d.message(lang) + hint);
        json.writeEndObject();
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        Position at = d.position();
        if (!at.file().isEmpty()) {
            physical(at);
        }
        if (!d.path().isEmpty()) {
            json.writeArrayPropertyStart("logicalLocations");
            json.writeStartObject();
            json.writeStringProperty("fullyQualifiedName", d.path());
            json.writeStringProperty("kind", "element");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectPropertyStart("partialFingerprints");
        json.writeStringProperty(FINGERPRINT, fingerprint(d));
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * How a message names a cell the region cannot: a workbook cell as Excel does ({@code 年度!G14: }),
     * a CSV cell by its printed column header; nothing for a YAML or JSON place.
     */
    private static String cell(Position at) {
        if (at.cellReference() != null) {
            return at.cellReference() + ": ";
        }
        return at.header() != null && !at.header().isEmpty() ? at.header() + ": " : "";
    }

    private void physical(Position at) {
        json.writeObjectPropertyStart("physicalLocation");
        json.writeObjectPropertyStart("artifactLocation");
        json.writeStringProperty("uri", uri(at.file()));
        json.writeEndObject();
        if (at.isKnown()) {
            json.writeObjectPropertyStart("region");
            json.writeNumberProperty("startLine", Math.max(at.line(), 1));
            json.writeNumberProperty("startColumn", Math.max(at.column(), 1));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The same finding in the next run, even after rows above it were added: file, rule, row and the
     * Chinese message, without line and column, so that code scanning does not reopen it as new.
     */
    static String fingerprint(Diagnostic d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = d.position().file() + '\0' + d.code() + '\0' + d.path() + '\0' + d.zh();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A relative path stays a relative URI reference (percent-encoded); an absolute one becomes {@code file:}. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.toUri().toASCIIString();
        }
    }

    private static String firstSentence(String text) {
        int end = -1;
        for (Lang language : Lang.values()) {
            String stop = Text.SARIF_SENTENCE_END.template(language);
            int at = text.indexOf(stop);
            if (at >= 0 && (end < 0 || at < end)) {
                end = at + stop.length();
            }
        }
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
