package org.zhibiao.cli.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Escaping and the inlined assets of the HTML reference; the review page ({@code zhibiao report}) escapes with it too. */
public final class Html {

    private Html() {}

    /** Text or attribute value made safe for HTML: {@code & < > " '}. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An element id for a name that may hold slashes and @: kept readable, spaces become dashes. */
    static String id(String prefix, String name) {
        return prefix + name.replaceAll("\\s+", "-");
    }

    /**
     * A bundled asset (docs.css, docs.js), to be inlined. {@code </} is broken up so that the text
     * cannot close its own {@code <style>} or {@code <script>} element.
     */
    static String asset(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path; rebuild zhibiao");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
