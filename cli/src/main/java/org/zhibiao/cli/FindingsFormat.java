package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import org.zhibiao.cli.render.SarifRenderer;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** How {@code zhibiao check} prints its findings. */
enum FindingsFormat {
    TEXT,
    JSON,
    /** SARIF 2.1.0, for CI systems and editors. */
    SARIF;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    void print(PrintWriter out, List<Diagnostic> findings, Lang lang) {
        if (this == TEXT) {
            Console.print(out, findings, lang);
            return;
        }
        if (this == SARIF) {
            out.print(SarifRenderer.render(findings, lang, new Version().getVersion()[0].replaceFirst("^zhibiao ", "")));
            out.flush();
            return;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (Diagnostic d : findings) {
            ObjectNode node = array.addObject();
            node.put("file", d.position().file());
            node.put("line", d.position().line());
            node.put("column", d.position().column());
            node.put("severity", d.severity().word());
            node.put("code", d.code());
            node.put("message", d.message(lang));
            node.put("zh", d.zh());
            node.put("en", d.en());
            node.put("path", d.path());
            node.put("hint", d.hint());
        }
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        out.flush();
    }
}
