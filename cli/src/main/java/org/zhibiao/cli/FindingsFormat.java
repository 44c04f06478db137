package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import org.zhibiao.cli.render.SarifWriter;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** How {@code zhibiao check} prints its findings. */
enum FindingsFormat {
    TEXT,
    JSON,
    /** SARIF 2.1.0, for CI systems and editors. */
    SARIF;

    /**
     * Made on first JSON output, not when the enum is initialised: picocli initialises it to list
     * the --format values for every command, and building a mapper cost each start 0.08 s (#7).
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * Findings written as they arrive, file by file, so that a bulk check holds no more than one
     * file's findings whatever the format (#7: gathering 150,000 findings for one JSON document ran
     * a 384 MB heap out of memory). {@link Stream#close} ends the document.
     */
    interface Stream extends AutoCloseable {
        void write(List<Diagnostic> findings);

        /**
         * Why a file could not be checked. Text leaves it to stderr, where the caller prints it; JSON
         * and SARIF carry it too, so that a CI job reading only stdout still sees the file (issue 17).
         */
        default void unusable(List<Diagnostic> problems) {}

        @Override
        void close();
    }

    /** Prints a complete list as one document. */
    void print(PrintWriter out, List<Diagnostic> findings, Lang lang) {
        try (Stream stream = open(out, lang)) {
            stream.write(findings);
        }
    }

    Stream open(PrintWriter out, Lang lang) {
        return open(out, lang, SarifWriter.DEFAULT_DOCS);
    }

    /** @param docs for SARIF, where {@code catalogue docs}' reference is published (the rules' help links) */
    Stream open(PrintWriter out, Lang lang, String docs) {
        return switch (this) {
            case TEXT ->
                new Stream() {
                    @Override
                    public void write(List<Diagnostic> findings) {
                        Console.lines(out, findings, lang);
                    }

                    @Override
                    public void close() {
                        out.flush();
                    }
                };
            case JSON -> new JsonStream(out, lang);
            case SARIF -> {
                SarifWriter sarif =
                        new SarifWriter(out, lang, new Version().getVersion()[0].replaceFirst("^zhibiao ", ""), docs);
                yield new Stream() {
                    @Override
                    public void write(List<Diagnostic> findings) {
                        sarif.write(findings);
                    }

                    @Override
                    public void unusable(List<Diagnostic> problems) {
                        sarif.unusable(problems);
                    }

                    @Override
                    public void close() {
                        sarif.close();
                    }
                };
            }
        };
    }

    /**
     * One pretty-printed JSON array of finding objects. A file that could not be checked adds an
     * object of the same shape with {@code "unusable": true} (its reason: file-unreadable,
     * yaml-syntax, …), so that the array stays the one document a script reads.
     */
    private static final class JsonStream implements Stream {
        private final PrintWriter out;
        private final Lang lang;
        private final JsonGenerator json;

        JsonStream(PrintWriter out, Lang lang) {
            this.out = out;
            this.lang = lang;
            this.json = Json.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
            json.writeStartArray();
        }

        @Override
        public void write(List<Diagnostic> findings) {
            objects(findings, false);
        }

        @Override
        public void unusable(List<Diagnostic> problems) {
            objects(problems, true);
        }

        private void objects(List<Diagnostic> findings, boolean unusable) {
            for (Diagnostic d : findings) {
                json.writeStartObject();
                json.writeStringProperty("file", d.position().file());
                json.writeNumberProperty("line", d.position().line());
                json.writeNumberProperty("column", d.position().column());
                if (d.position().cellReference() != null) {
                    // a workbook cell: the sheet and A1 reference a clerk finds it by (issue 15)
                    json.writeStringProperty("cell", d.position().cellReference());
                }
                if (d.position().header() != null && !d.position().header().isEmpty()) {
                    // a CSV cell: the printed column header a clerk finds it by (issue 14)
                    json.writeStringProperty("header", d.position().header());
                }
                json.writeStringProperty("severity", d.severity().word());
                json.writeStringProperty("code", d.code());
                json.writeStringProperty("message", d.message(lang));
                json.writeStringProperty("zh", d.zh());
                json.writeStringProperty("en", d.en());
                json.writeStringProperty("path", d.path());
                json.writeStringProperty("hint", d.hint().text(lang));
                if (unusable) {
                    json.writeBooleanProperty("unusable", true);
                }
                json.writeEndObject();
            }
        }

        @Override
        public void close() {
            json.writeEndArray();
            json.close();
            out.println();
            out.flush();
        }
    }
}
