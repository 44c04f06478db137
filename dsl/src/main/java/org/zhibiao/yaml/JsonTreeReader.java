package org.zhibiao.yaml;

import static org.zhibiao.yaml.JsonScanner.GIVE_UP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;

/**
 * Reads a perfectly clean JSON document from its bytes straight into the {@link Node} tree that
 * {@link TreeReader}'s Jackson path would build, positions included, or gives up with null.
 *
 * <p>Why: [#7] {@code zhibiao check} on a province's 10,000 JSON declarations spent about half its
 * CPU reading them, mostly in Jackson's general-purpose string decoding, one location object per
 * token and map building. Nearly every file in a bulk check is clean, machine-written JSON, and a
 * tight loop over the bytes reads those in a fraction of the time.
 *
 * <p>Jackson stays the reference and the only error reporter: this reader never reports and never
 * throws. Anything that is not plainly valid (a syntax error, empty input, trailing content,
 * control characters or bytes that are not well-formed UTF-8, an escape or number Jackson would
 * refuse, nesting beyond {@link TreeReader#MAX_DEPTH}, a duplicate key …) makes it return null,
 * and the caller lets Jackson read the same bytes, so every message, code and position stays
 * exactly what Jackson reports.
 *
 * <p>The bytes are walked by {@link JsonScanner}, which {@link JsonBinder} shares, so both agree on
 * what is clean and where each token stands.
 */
final class JsonTreeReader {

    private final JsonScanner scan;

    private JsonTreeReader(String file, byte[] in) {
        this.scan = new JsonScanner(file, in);
    }

    /** The document's tree, or null if the bytes are anything but clean JSON: then ask Jackson. */
    static Node read(String file, byte[] bytes) {
        try {
            return new JsonTreeReader(file, bytes).document();
        } catch (JsonScanner.GiveUp e) {
            return null;
        }
    }

    private Node document() {
        scan.start();
        Node root = value(0);
        scan.finish();
        return root;
    }

    private Node value(int depth) {
        if (depth > TreeReader.MAX_DEPTH) {
            throw GIVE_UP;
        }
        Position at = scan.here();
        switch (scan.peek()) {
            case '{' -> {
                return mapping(depth, at);
            }
            case '[' -> {
                return sequence(depth, at);
            }
            case 'n' -> {
                scan.nullLiteral();
                return new Node.Null(at);
            }
            default -> {
                boolean number = scan.atNumber();
                return new Node.Scalar(scan.scalar(), number, at);
            }
        }
    }

    private Node mapping(int depth, Position at) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        if (scan.openEmpty('}')) {
            return new Node.Mapping(entries, at);
        }
        do {
            Position keyPos = scan.here();
            String key = scan.memberKey();
            Node value = value(depth + 1);
            if (entries.put(key, new Node.Entry(key, keyPos, value)) != null) {
                throw GIVE_UP; // Jackson's path reports the duplicate key
            }
        } while (scan.more('}'));
        return new Node.Mapping(entries, at);
    }

    private Node sequence(int depth, Position at) {
        List<Node> items = new ArrayList<>();
        if (!scan.openEmpty(']')) {
            do {
                items.add(value(depth + 1));
            } while (scan.more(']'));
        }
        return new Node.Sequence(items, at);
    }
}
