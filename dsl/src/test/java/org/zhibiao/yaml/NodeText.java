package org.zhibiao.yaml;

import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;

/**
 * Node trees as text, every position spelled out, so two readers' trees compare as strings and a
 * failure shows the first line where they differ ({@link Position#equals} is always true, so
 * record equality would hide a wrong position).
 */
final class NodeText {

    static final String FILE = "t.json";

    private NodeText() {}

    /** The tree of the reference reader, Jackson, or null where it reports a problem. */
    static Node jackson(byte[] bytes) {
        try {
            return new TreeReader(FILE, new Diagnostics()).readJsonWithJackson(bytes, "test");
        } catch (TreeReader.Abort e) {
            return null;
        }
    }

    static String render(Node node) {
        if (node == null) {
            return "<null>";
        }
        StringBuilder out = new StringBuilder();
        render(node, "", out);
        return out.toString();
    }

    private static void render(Node node, String indent, StringBuilder out) {
        if (node instanceof Node.Mapping m) {
            out.append("{ ").append(at(m.pos())).append('\n');
            m.entries().forEach((key, entry) -> {
                out.append(indent)
                        .append("  ")
                        .append(quote(entry.key()))
                        .append(' ')
                        .append(at(entry.keyPos()));
                if (!key.equals(entry.key())) {
                    out.append(" under map key ").append(quote(key));
                }
                out.append(" = ");
                render(entry.value(), indent + "  ", out);
            });
            out.append(indent).append("}\n");
        } else if (node instanceof Node.Sequence s) {
            out.append("[ ").append(at(s.pos())).append('\n');
            for (Node item : s.items()) {
                out.append(indent).append("  ");
                render(item, indent + "  ", out);
            }
            out.append(indent).append("]\n");
        } else if (node instanceof Node.Scalar s) {
            out.append(s.number() ? "number " + s.text() : "text " + quote(s.text()))
                    .append(' ')
                    .append(at(s.pos()))
                    .append('\n');
        } else {
            out.append("null ").append(at(node.pos())).append('\n');
        }
    }

    private static String at(Position pos) {
        return "@" + pos.file() + ":" + pos.line() + ":" + pos.column();
    }

    /** Quoted, with anything unprintable, surrogates included, as a \\u escape. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c == 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
