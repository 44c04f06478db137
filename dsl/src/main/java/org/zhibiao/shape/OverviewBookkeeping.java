package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The declaration fields the printed overview has no place for, as the text of a hidden cell on
 * the row they belong to (issue 15's round trip): a funds line's {@code computed} list and a
 * function's profile indicators. A hidden cell travels with its row when a clerk inserts, deletes
 * or sorts rows, and a row the clerk adds has none, so nothing is attached to the wrong line.
 *
 * <p>The indicators are a JSON array of objects with string fields (a target as it prints), the
 * one notation here that needs no escaping rules of its own; a cell someone broke is reported at
 * the cell, not guessed at.
 */
final class OverviewBookkeeping {

    /** The hidden column of a funds line's computed fields, comma-separated ({@code amount,share}). */
    static final String COMPUTED = "computed";

    /** The hidden column of a function's profile indicators. */
    static final String INDICATORS = "indicators";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OverviewBookkeeping() {}

    /** A funds line's computed fields as one cell; "" for none. */
    static String computed(List<String> fields) {
        return String.join(",", fields);
    }

    /** The computed fields in a cell; empty for a blank one. */
    static List<String> computed(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A function's profile indicators as one cell; "" for none. */
    static String indicators(List<ProfileIndicator> indicators) {
        if (indicators.isEmpty()) {
            return "";
        }
        ArrayNode array = JSON.createArrayNode();
        for (ProfileIndicator p : indicators) {
            ObjectNode o = array.addObject();
            put(o, "slot", p.slot());
            put(o, "name", p.name());
            put(o, "ref", p.ref());
            put(o, "target", p.target() == null ? null : p.target().print());
            put(o, "halfYear", p.halfYear() == null ? null : p.halfYear().print());
            put(o, "basis", p.basis());
            put(o, "category", p.category());
        }
        return JSON.writeValueAsString(array);
    }

    private static void put(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    /** The profile indicators in a cell at {@code at}; a cell that is no such list is reported there. */
    static List<ProfileIndicator> indicators(String cell, Position at, Diagnostics out) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        JsonNode array;
        try {
            array = JSON.readTree(cell);
        } catch (JacksonException e) {
            out.report(Problem.JSON_SYNTAX, at, e.getOriginalMessage());
            return List.of();
        }
        if (!array.isArray()) {
            out.report(Problem.JSON_SYNTAX, at, INDICATORS);
            return List.of();
        }
        List<ProfileIndicator> list = new ArrayList<>();
        for (JsonNode o : array) {
            list.add(new ProfileIndicator(
                    text(o, "slot"),
                    text(o, "name"),
                    text(o, "ref"),
                    target(text(o, "target"), at, out),
                    target(text(o, "halfYear"), at, out),
                    text(o, "basis"),
                    text(o, "category"),
                    at));
        }
        return list;
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || !v.isString() ? null : v.stringValue();
    }

    private static Target target(String text, Position at, Diagnostics out) {
        if (text == null) {
            return null;
        }
        try {
            return Targets.parse(text);
        } catch (TargetException e) {
            out.add(Problem.TARGET_SYNTAX.at(at, new Object[] {text, e.zh()}, new Object[] {text, e.getMessage()}));
            return null;
        }
    }
}
