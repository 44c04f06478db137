package org.zhibiao.cli.render;

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings of {@code zhibiao check} as a SARIF 2.1.0 log: one run, the rule catalogue as the
 * driver's rules, one result per finding with its file, line and column, and the row
 * (一级 › 二级 › 三级) as a logical location, so CI systems and editors can show them.
 */
public final class SarifRenderer {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SarifRenderer() {
    }

    /** The log as pretty-printed JSON, with a final newline. */
    public static String render(List<Diagnostic> findings, Lang lang, String version) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "zhibiao");
        driver.put("version", version);
        Map<String, Integer> index = rules(driver.putArray("rules"), findings, lang);
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : findings) {
            result(results.addObject(), d, lang, index.get(d.code()));
        }
        run.put("language", lang == Lang.ZH ? "zh-CN" : "en");
        run.put("columnKind", "utf16CodeUnits");
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
    }

    /** SARIF's level for a severity: error, warning, or note. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Every built-in rule, then any other code the findings use (reader problems, a template's own rules). */
    private static Map<String, Integer> rules(ArrayNode rules, List<Diagnostic> findings, Lang lang) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            String explain = rule.explain(lang);
            ObjectNode node = rule(rules, index, rule.code(), firstSentence(explain), explain);
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        for (Diagnostic d : findings) {
            if (!index.containsKey(d.code())) {
                rule(rules, index, d.code(), d.code(), d.code());
            }
        }
        return index;
    }

    private static ObjectNode rule(ArrayNode rules, Map<String, Integer> index, String id, String brief, String full) {
        index.put(id, rules.size());
        ObjectNode node = rules.addObject();
        node.put("id", id);
        node.putObject("shortDescription").put("text", brief);
        node.putObject("fullDescription").put("text", full);
        return node;
    }

    private static void result(ObjectNode result, Diagnostic d, Lang lang, int ruleIndex) {
        result.put("ruleId", d.code());
        result.put("ruleIndex", ruleIndex);
        result.put("level", level(d.severity()));
        String hint = d.hint().isEmpty() ? "" : lang == Lang.ZH ? "（是不是“" + d.hint() + "”？）"
                : " (did you mean '" + d.hint() + "'?)";
        result.putObject("message").put("text", d.message(lang) + hint);
        ObjectNode location = result.putArray("locations").addObject();
        Position at = d.position();
        if (!at.file().isEmpty()) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(at.file()));
            if (at.isKnown()) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", at.line());
                region.put("startColumn", Math.max(at.column(), 1));
            }
        }
        if (!d.path().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", d.path());
            logical.put("kind", "element");
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
        for (String stop : new String[] {"。", ". "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && (end < 0 || at < end)) {
                end = at + stop.length();
            }
        }
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
