package org.zhibiao.yaml;

import static org.zhibiao.yaml.JsonScanner.GIVE_UP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Places;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * Binds a perfectly clean JSON document from its bytes straight onto the model records, in one
 * pass and with no {@link Node} tree, or gives up with null.
 *
 * <p>Why: [#7] once {@link JsonTreeReader} had made reading cheap, the tree it builds (a map, a
 * position and an entry per key) and {@link Binder}'s walk over it were about a quarter of
 * {@code zhibiao check} on 10,000 declarations. Binding while scanning makes a position only per
 * record and looks each key up once.
 *
 * <p>The tree and {@link Binder} stay the reference and the only error reporter: this never
 * reports and never throws. Whatever would make that path say anything at all (everything
 * {@link JsonTreeReader} gives up on, a wrong or missing {@code kind}, an unknown, repeated or
 * missing key, a value of the wrong shape, a bad number, enum word or 指标值, an {@code Entry}
 * component …) makes it return null, and the caller reads the same bytes the reference way. Keys,
 * bindings and the value rules come from {@link Binder.Shape} and {@link Binder}, so the two
 * cannot drift apart; {@code JsonBinderTest} holds them to the same records, positions included.
 */
final class JsonBinder {

    private final JsonScanner scan;

    private JsonBinder(String file, byte[] bytes) {
        this.scan = new JsonScanner(file, bytes);
    }

    /**
     * The document of kind {@code type} bound to its model record, or null when anything but
     * plain binding would happen: then read it the reference way.
     */
    static Object read(String file, byte[] bytes, DocumentType type) {
        try {
            return new JsonBinder(file, bytes).document(type);
        } catch (RuntimeException e) {
            // GIVE_UP, or any surprise (a record constructor refusing its values …): the
            // reference path meets the same and says what it has to
            return null;
        }
    }

    private Object document(DocumentType type) {
        scan.start();
        if (scan.peek() != '{') {
            throw GIVE_UP;
        }
        Object root = record(Binder.shape(type.modelClass()), 0, type.kind());
        scan.finish();
        return root;
    }

    private Object value(Binder.Binding binding, int depth) {
        if (depth > TreeReader.MAX_DEPTH) {
            throw GIVE_UP;
        }
        byte first = scan.peek();
        if (first == 'n') {
            scan.nullLiteral();
            return null;
        }
        switch (binding.kind()) {
            case LIST:
                return first == '[' ? list(binding.item(), depth) : giveUp();
            case MAP:
                return first == '{' ? stringMap(depth) : giveUp();
            case RECORD:
                return record(binding.raw(), first, depth);
            case ENTRY:
            case POSITION:
                return giveUp();
            default:
                return first == '{' || first == '[' ? giveUp() : scalar(scan.scalar(), binding);
        }
    }

    private Object scalar(String text, Binder.Binding binding) {
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
            throw GIVE_UP;
        }
    }

    private List<Object> list(Binder.Binding item, int depth) {
        List<Object> items = new ArrayList<>();
        if (!scan.openEmpty(']')) {
            do {
                Object value = value(item, depth + 1);
                if (value != null) {
                    items.add(value);
                }
            } while (scan.more(']'));
        }
        return items;
    }

    private Map<String, String> stringMap(int depth) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!scan.openEmpty('}')) {
            do {
                String key = scan.memberKey();
                byte first = scan.peek();
                if (depth + 1 > TreeReader.MAX_DEPTH
                        || first == '{'
                        || first == '['
                        || first == 'n'
                        || map.put(key, scan.scalar()) != null) {
                    throw GIVE_UP;
                }
            } while (scan.more('}'));
        }
        return map;
    }

    /** Whether a value starting with this byte is a string or a number (not null, a list or a mapping). */
    private static boolean isScalar(byte first) {
        return first == '"' || first == '-' || (first >= '0' && first <= '9');
    }

    /** A record from a mapping, or from a scalar where the record has a short form. */
    private Object record(Class<?> type, byte first, int depth) {
        Binder.Shape shape = Binder.shape(type);
        if (first == '{') {
            return record(shape, depth, null);
        }
        if (!shape.shortForm() || first == '[') {
            throw GIVE_UP;
        }
        Object[] args = new Object[shape.keys().size()];
        args[args.length - 1] = scan.here();
        args[0] = scan.scalar();
        return shape.create(args);
    }

    /**
     * The record of the mapping at the cursor. {@code kind}, for a document's root, is the word its
     * {@code kind:} key must have; elsewhere null, and a {@code kind} key is unknown as any other.
     */
    private Object record(Binder.Shape shape, int depth, String kind) {
        int last = shape.keys().size() - 1;
        if (last >= Long.SIZE) {
            throw GIVE_UP;
        }
        Position at = scan.here();
        Object[] args = new Object[last + 1];
        List<String> keys = shape.keys();
        long given = 0;
        int next = 0;
        boolean kindGiven = false;
        Map<String, Cell> rest = shape.rest() >= 0 ? new LinkedHashMap<>() : null;
        Map<String, Position> places = shape.places() >= 0 ? Binder.placesMap(shape) : null;
        if (!scan.openEmpty('}')) {
            do {
                int index = scan.memberKey(shape.utf8Keys(), next, last);
                String key = null;
                if (index < 0) {
                    key = scan.memberKey();
                    index = index(shape, keys, next, last, key);
                }
                if (index >= 0 && index < last) {
                    next = index + 1;
                    long bit = 1L << index;
                    if ((given & bit) != 0) {
                        throw GIVE_UP; // the reference path reports the repeated key
                    }
                    given |= bit;
                    if (places != null) {
                        places.put(keys.get(index), scan.here());
                    }
                    args[index] = value(shape.bindings().get(index), depth + 1);
                } else if (kind != null
                        && !kindGiven
                        && "kind".equals(key)
                        && scan.peek() == '"'
                        && kind.equals(scan.scalar())) {
                    kindGiven = true;
                } else if (rest != null && key != null && isScalar(scan.peek())) {
                    Position valueAt = scan.here();
                    if (rest.put(key, new Cell(scan.scalar(), valueAt)) != null) {
                        throw GIVE_UP;
                    }
                } else {
                    throw GIVE_UP;
                }
            } while (scan.more('}'));
        }
        if (rest != null) {
            args[shape.rest()] = rest;
            if (places != null) {
                rest.forEach((k, c) -> places.put(k, c.pos()));
            }
        }
        if (places != null) {
            args[shape.places()] = Places.adopt(places);
        }
        if (kind != null && !kindGiven) {
            throw GIVE_UP;
        }
        for (int index : shape.required()) {
            if (args[index] == null) {
                throw GIVE_UP; // the reference path reports the missing key, or its null
            }
        }
        args[last] = at;
        return shape.create(args);
    }

    /**
     * The component {@code key} names. Writers put keys in component order, leaving empty ones
     * out, and a key read is the interned name itself: so it is nearly always found by reference
     * among the components after the previous key's, without hashing; else it is looked up.
     */
    @SuppressWarnings("ReferenceEquality") // keys are interned: identity is the fast path, equals the fallback
    private static int index(Binder.Shape shape, List<String> keys, int from, int last, String key) {
        for (int i = from; i < last; i++) {
            if (keys.get(i) == key) {
                return i;
            }
        }
        return shape.index(key);
    }

    private static Object orGiveUp(Object value) {
        if (value == null) {
            throw GIVE_UP;
        }
        return value;
    }

    private static Object giveUp() {
        throw GIVE_UP;
    }
}
