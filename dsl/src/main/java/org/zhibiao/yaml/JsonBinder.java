package org.zhibiao.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Places;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Binds a clean JSON document from Jackson's streaming parser straight onto the model records,
 * with no {@link Node} tree in between, or gives up with null.
 *
 * <p>Why: [#7] the tree (a map, a position and an entry per key) and {@link Binder}'s walk over it
 * were about a quarter of {@code zhibiao check} on 10,000 declarations; binding while the tokens
 * arrive makes a position only per value and looks each key up once. [#14] the bytes are read by
 * Jackson's own parser ({@link TreeReader#JSON}, the tree path's factory and limits), which
 * replaced a hand-written scanner: one JSON grammar in the project, not two. They are read as
 * bytes, the way the tree path reads them: Jackson's UTF-8 parser decodes only the strings,
 * where decoding the whole file to characters first was a sixth of checking 2,000 declarations,
 * and it accepts and rejects exactly the bytes the reference path does. Its byte columns become
 * UTF-16 columns in {@link JsonPositions}, as the tree path's do.
 *
 * <p>The tree and {@link Binder} stay the only error reporter: this never reports and never throws.
 * Whatever would make that path say anything at all (a syntax error, a limit, a wrong or missing
 * {@code kind}, an unknown, repeated or missing key, a value of the wrong shape, a bad number, enum
 * word or 指标值, an {@code Entry} component …) makes it return null, and the caller reads the same
 * bytes the reference way. Keys, bindings and value rules come from {@link Binder.Shape} and
 * {@link Binder}, the record components themselves, so the two cannot drift apart;
 * {@code JsonBinderTest} holds them to the same records, positions included.
 */
final class JsonBinder {

    private final JsonParser parser;
    private final JsonPositions positions;

    private JsonBinder(JsonParser parser, JsonPositions positions) {
        this.parser = parser;
        this.positions = positions;
    }

    /**
     * The document of kind {@code type} bound to its model record, or null when anything but
     * plain binding would happen: then read it the reference way.
     */
    static Object read(String file, byte[] bytes, DocumentType type) {
        if (StrictUtf8.firstInvalid(bytes) >= 0) {
            return null; // the reference path says where the bytes stop being UTF-8
        }
        try (JsonParser parser = TreeReader.JSON.createParser(ObjectReadContext.empty(), bytes)) {
            return new JsonBinder(parser, new JsonPositions(file, bytes)).document(type);
        } catch (RuntimeException e) {
            // GiveUp, a JacksonException (a syntax error, bytes that are not UTF-8, a limit), or
            // any surprise (a record constructor refusing its values …): the reference path meets
            // the same and says what it has to
            return null;
        }
    }

    private Object document(DocumentType type) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new GiveUp();
        }
        Object root = record(Binder.shape(type.modelClass()), 0, type.kind());
        if (parser.nextToken() != null) {
            throw new GiveUp(); // the reference path reports what follows the document
        }
        return root;
    }

    /** The value of the token at the cursor, bound as {@code binding} says. */
    private Object value(Binder.Binding binding, int depth) {
        if (depth > TreeReader.MAX_DEPTH) {
            throw new GiveUp();
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return switch (binding.kind()) {
            case LIST -> token == JsonToken.START_ARRAY ? list(binding.item(), depth) : giveUp();
            case MAP -> token == JsonToken.START_OBJECT ? stringMap(depth) : giveUp();
            case RECORD -> record(binding.raw(), token, depth);
            case ENTRY, POSITION -> giveUp();
            default -> scalar(scalarText(token), binding);
        };
    }

    /** A string, number or boolean as the tree path's {@code Node.Scalar} holds it; else gives up. */
    private String scalarText(JsonToken token) {
        if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            throw new GiveUp();
        }
        return text();
    }

    /** The current string, number or boolean token's text, shared with other files' ({@link SharedStrings}). */
    private String text() {
        return SharedStrings.of(parser);
    }

    private static Object scalar(String text, Binder.Binding binding) {
        try {
            return switch (binding.kind()) {
                case STRING -> text;
                case TARGET -> Targets.parse(text);
                case NUMBER -> Binder.number(text, binding);
                case BOOLEAN -> orGiveUp(Binder.bool(text));
                case ENUM -> orGiveUp(binding.constant(text));
                default -> giveUp();
            };
        } catch (TargetException | NumberFormatException | ArithmeticException e) {
            throw new GiveUp();
        }
    }

    private List<Object> list(Binder.Binding item, int depth) {
        List<Object> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Object value = value(item, depth + 1);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private Map<String, String> stringMap(int depth) {
        if (depth + 1 > TreeReader.MAX_DEPTH) {
            throw new GiveUp();
        }
        Map<String, String> map = new LinkedHashMap<>();
        String key;
        while ((key = parser.nextName()) != null) {
            if (map.put(key, scalarText(parser.nextToken())) != null) {
                throw new GiveUp(); // the reference path reports the repeated key
            }
        }
        return map;
    }

    /** A record from a mapping, or from a scalar where the record has a short form. */
    private Object record(Class<?> type, JsonToken token, int depth) {
        Binder.Shape shape = Binder.shape(type);
        if (token == JsonToken.START_OBJECT) {
            return record(shape, depth, null);
        }
        if (!shape.shortForm()) {
            throw new GiveUp();
        }
        Object[] args = new Object[shape.keys().size()];
        args[args.length - 1] = here();
        args[0] = scalarText(token);
        return shape.create(args);
    }

    /**
     * The record of the mapping at the cursor. {@code kind}, for a document's root, is the word its
     * {@code kind:} key must have; elsewhere null, and a {@code kind} key is unknown as any other.
     */
    private Object record(Binder.Shape shape, int depth, String kind) {
        Members members = new Members(shape, here(), kind);
        String key;
        while ((key = parser.nextName()) != null) {
            JsonToken token = parser.nextToken();
            int index = members.index(key);
            if (index >= 0) {
                members.given(index, here());
                members.args[index] = value(shape.bindings().get(index), depth + 1);
            } else if (members.isKind(key, token) && members.kind.equals(parser.getString())) {
                members.kindGiven = true;
            } else if (members.rest != null && token.isScalarValue()) {
                members.rest(key, token == JsonToken.VALUE_NULL ? null : new Cell(text(), here()));
            } else {
                throw new GiveUp();
            }
        }
        return members.create();
    }

    /** Where the current token stands, its column in UTF-16 units ({@link JsonPositions}). */
    private Position here() {
        return positions.of(parser.currentTokenLocation());
    }

    private static Object orGiveUp(Object value) {
        if (value == null) {
            throw new GiveUp();
        }
        return value;
    }

    private static Object giveUp() {
        throw new GiveUp();
    }

    /** The members of one mapping as they arrive: the constructor's arguments and what was given. */
    private static final class Members {
        final Binder.Shape shape;
        final Object[] args;
        final Position at;
        final String kind;
        final Map<String, Cell> rest;
        final Map<String, Position> places;
        final int last;
        /** Which components were given, one bit each: a record has fewer than 64. */
        long given;
        /** The index after the previous key's: writers put keys in component order. */
        int next;

        boolean kindGiven;

        Members(Binder.Shape shape, Position at, String kind) {
            this.shape = shape;
            this.last = shape.keys().size() - 1;
            if (last >= Long.SIZE) {
                throw new GiveUp();
            }
            this.args = new Object[last + 1];
            this.at = at;
            this.kind = kind;
            this.rest = shape.rest() >= 0 ? new LinkedHashMap<>() : null;
            this.places = shape.places() >= 0 ? Binder.placesMap(shape) : null;
        }

        /**
         * The component {@code key} names, or -1. Names come from the parser interned, as record
         * component names are: so a key is nearly always found by reference among the components
         * after the previous key's, without hashing; else it is looked up.
         */
        @SuppressWarnings("ReferenceEquality") // keys are interned: identity is the fast path, equals the fallback
        int index(String key) {
            List<String> keys = shape.keys();
            for (int i = next; i < last; i++) {
                if (keys.get(i) == key) {
                    return i;
                }
            }
            int index = shape.index(key);
            return index < last ? index : -1;
        }

        void given(int index, Position valueAt) {
            long bit = 1L << index;
            if ((given & bit) != 0) {
                throw new GiveUp(); // the reference path reports the repeated key
            }
            given |= bit;
            next = index + 1;
            if (places != null) {
                places.put(shape.keys().get(index), valueAt);
            }
        }

        /** Whether this is the root's {@code kind} key, given once with the expected word. */
        boolean isKind(String key, JsonToken token) {
            return kind != null && !kindGiven && "kind".equals(key) && token == JsonToken.VALUE_STRING;
        }

        /**
         * A template-declared column's value; null for a JSON null, which the reference skips too
         * but still counts as given: the same key again, after a null, is a repeated key.
         */
        void rest(String key, Cell cell) {
            if (rest.containsKey(key)) {
                throw new GiveUp(); // the reference path reports the repeated key
            }
            rest.put(key, cell);
        }

        Object create() {
            if (rest != null) {
                rest.values().removeIf(Objects::isNull);
                args[shape.rest()] = rest;
                if (places != null) {
                    rest.forEach((k, c) -> places.put(k, c.pos()));
                }
            }
            if (places != null) {
                args[shape.places()] = Places.adopt(places);
            }
            if (kind != null && !kindGiven) {
                throw new GiveUp();
            }
            for (int index : shape.required()) {
                if (args[index] == null) {
                    throw new GiveUp(); // the reference path reports the missing key, or its null
                }
            }
            args[last] = at;
            return shape.create(args);
        }
    }

    /** Unwinds the binder to its entry point; never escapes it, so it needs no stack trace. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }
}
