package org.zhibiao.cli.render;

import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
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
 */
public final class SarifWriter implements AutoCloseable {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;
    private final Writer out;
    private final Lang lang;
    private final String version;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    /** Starts a log on {@code out}; {@link #close} ends it. */
    public SarifWriter(Writer out, Lang lang, String version) {
        this.out = out;
        this.lang = lang;
        this.version = version;
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

    /** Appends results; call as often as findings arrive. */
    public void write(List<Diagnostic> findings) {
        for (Diagnostic d : findings) {
            result(d, index.computeIfAbsent(d.code(), code -> index.size()));
        }
    }

    /** Ends the results, writes the tool with its rules, and ends the log with a newline. */
    @Override
    public void close() {
        json.writeEndArray();
        json.writeObjectPropertyStart("tool");
        json.writeObjectPropertyStart("driver");
        json.writeStringProperty("name", "zhibiao");
        json.writeStringProperty("version", version);
        rules();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringProperty("language", lang == Lang.ZH ? "zh-CN" : "en");
        json.writeStringProperty("columnKind", "utf16CodeUnits");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /** Every built-in rule with its explanation, then the other codes the results used. */
    private void rules() {
        json.writeArrayPropertyStart("rules");
        List<Rule> builtIn = Rules.all();
        for (Rule rule : builtIn) {
            String explain = rule.explain(lang);
            rule(rule.code(), firstSentence(explain), explain);
            json.writeObjectPropertyStart("defaultConfiguration");
            json.writeStringProperty("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        index.keySet().stream().skip(builtIn.size()).forEach(code -> {
            rule(code, code, code);
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

    private void result(Diagnostic d, int ruleIndex) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", d.code());
        json.writeNumberProperty("ruleIndex", ruleIndex);
        json.writeStringProperty("level", level(d.severity()));
        String hint = d.hint().isEmpty() ? "" : lang == Lang.ZH ? "（" + d.hint().text(lang) + "）"
                : " (" + d.hint().text(lang) + ")";
        json.writeObjectPropertyStart("message");
        json.writeStringProperty("text", d.message(lang) + hint);
        json.writeEndObject();
        json.writeArrayPropertyStart("locations");
        json.writeStartObject();
        Position at = d.position();
        if (!at.file().isEmpty()) {
            json.writeObjectPropertyStart("physicalLocation");
            json.writeObjectPropertyStart("artifactLocation");
            json.writeStringProperty("uri", uri(at.file()));
            json.writeEndObject();
            if (at.isKnown()) {
                json.writeObjectPropertyStart("region");
                json.writeNumberProperty("startLine", at.line());
                json.writeNumberProperty("startColumn", Math.max(at.column(), 1));
                json.writeEndObject();
            }
            json.writeEndObject();
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
        json.writeEndObject();
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
        for (String stop : new String[] {"。", ". "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && (end < 0 || at < end)) {
                end = at + stop.length();
            }
        }
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
