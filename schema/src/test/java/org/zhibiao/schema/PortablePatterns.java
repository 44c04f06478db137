package org.zhibiao.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What makes a regular expression mean different things, or nothing, in ajv (ECMA-262, unicode
 * mode), @hyperjump, Python's {@code re} and Java: the constructs outside the portable subset.
 */
final class PortablePatterns {
    private PortablePatterns() {}

    /** Every {@code pattern} value and {@code patternProperties} key in a schema, with its location. */
    static List<String[]> patterns(JsonNode schema) {
        List<String[]> found = new ArrayList<>();
        walk(schema, "#", found);
        return found;
    }

    private static void walk(JsonNode node, String at, List<String[]> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, found);
            }
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals("pattern") && e.getValue().isString()) {
                found.add(new String[] {at + "/pattern", e.getValue().asString()});
            }
            if (e.getKey().equals("patternProperties") && e.getValue().isObject()) {
                e.getValue().properties().forEach(p -> found.add(new String[] {at + "/patternProperties", p.getKey()}));
            }
            walk(e.getValue(), at + "/" + e.getKey(), found);
        }
    }

    /** The non-portable constructs in {@code pattern}, empty when it keeps to the portable subset. */
    static List<String> problems(String pattern) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                escape(pattern, ++i, problems);
            } else if (c == '(' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
                group(pattern.substring(i + 2), problems);
            } else if (c == '+' && i > 0 && "*+?}".indexOf(pattern.charAt(i - 1)) >= 0 && !escaped(pattern, i - 1)) {
                problems.add("possessive quantifier");
            } else if (c == '[' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '[') {
                problems.add("nested class or set operation");
            }
        }
        return problems;
    }

    /** The escape whose letter is at {@code at}, just after its backslash. */
    private static void escape(String pattern, int at, List<String> problems) {
        char next = pattern.charAt(at);
        switch (next) {
            case 'p', 'P' -> problems.add("\\" + next + "{…} Unicode property (Python re has none)");
            case 'd', 'D', 'w', 'W', 's', 'S', 'b', 'B' ->
                problems.add("\\" + next + " (ASCII in Java and ECMA-262, Unicode in Python)");
            case 'A', 'Z', 'z', 'G', 'Q', 'E', 'h', 'H', 'R', 'X', 'K' -> problems.add("\\" + next + " (not ECMA-262)");
            case 'u' -> {
                if (at + 1 < pattern.length() && pattern.charAt(at + 1) == '{') {
                    problems.add("\\u{…} (ECMA-262 unicode mode only)");
                }
            }
            case 'x', 'k', 'c', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ->
                problems.add("\\" + next + " (read differently across engines)");
            case 't', 'n', 'r', 'f', 'v' -> {
                // control escapes: the same in every engine
            }
            default -> {
                if (Character.isLetterOrDigit(next)) {
                    problems.add("\\" + next + " (unknown escape)");
                }
            }
        }
    }

    /** A group that opens with {@code (?}; {@code rest} is what follows the question mark. */
    private static void group(String rest, List<String> problems) {
        if (rest.startsWith("<=") || rest.startsWith("<!")) {
            problems.add("lookbehind (?<…)");
        } else if (rest.startsWith("<") || rest.startsWith("P")) {
            problems.add("named group");
        } else if (rest.startsWith(">")) {
            problems.add("atomic group (?>…)");
        } else if (!rest.startsWith(":") && !rest.startsWith("=") && !rest.startsWith("!")) {
            problems.add("inline flag (?…)");
        }
    }

    private static boolean escaped(String pattern, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
