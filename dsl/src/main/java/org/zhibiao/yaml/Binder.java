package org.zhibiao.yaml;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Labelled;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.NonNegative;
import org.zhibiao.model.Places;
import org.zhibiao.model.Required;
import org.zhibiao.model.Rest;
import org.zhibiao.model.Slot;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * Binds a located {@link Node} tree onto the model records, one record component per key.
 *
 * <p>One generic binder instead of a reader per type keeps the documents and the Java model in
 * step: a key exists exactly when a record component does (or its {@link JsonProperty} name),
 * {@link Required} says what must be given, and each record gets the position of its mapping.
 * Unknown keys, wrong shapes, bad numbers, bad enum labels and bad 指标值 are reported where
 * they stand and binding carries on, so one run shows every problem.
 */
final class Binder {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Diagnostics out;

    Binder(Diagnostics out) {
        this.out = out;
    }

    /** Binds a mapping to a record, ignoring the keys in {@code skip} (such as {@code kind}). */
    <T extends Record> T bind(Node node, Class<T> type, String... skip) {
        return type.cast(record(node, type, List.of(skip)));
    }

    private Object value(Node node, Binding binding) {
        if (node instanceof Node.Null) {
            return null;
        }
        return switch (binding.kind()) {
            case LIST -> list(node, binding.item());
            case MAP -> stringMap(node);
            case ENTRY -> entry(node);
            case RECORD -> record(node, binding.raw(), List.of());
            default -> scalarOrWrongType(node, binding);
        };
    }

    private Object scalarOrWrongType(Node node, Binding binding) {
        if (!(node instanceof Node.Scalar scalar)) {
            wrongType(node, binding.raw());
            return null;
        }
        return scalar(scalar, binding);
    }

    private Object scalar(Node.Scalar scalar, Binding binding) {
        String text = scalar.text();
        Class<?> raw = binding.raw();
        return switch (binding.kind()) {
            case STRING -> text;
            case TARGET -> target(scalar);
            case NUMBER -> number(scalar, binding);
            case BOOLEAN -> {
                Boolean value = bool(text);
                if (value == null) {
                    wrongType(scalar, raw);
                }
                yield value;
            }
            case ENUM -> enumValue(scalar, binding);
            default -> throw new IllegalStateException("no binding for " + raw);
        };
    }

    /** A Boolean component's value: only the words true and false, or null. */
    static Boolean bool(String text) {
        return ("true".equals(text) || "false".equals(text)) ? Boolean.valueOf(text) : null;
    }

    /**
     * A number component's value, spelling and scale kept; throws for text that is not a number,
     * one beyond {@link Decimals}' bounds ({@link Decimals.OutOfRange}), a negative one where the
     * component is {@link NonNegative} ({@link Negative}) or, for an Integer, not a whole one in range.
     */
    static Object number(String text, Binding binding) {
        BigDecimal number = Decimals.parse(text);
        if (binding.nonNegative() && number.signum() < 0) {
            throw new Negative();
        }
        return binding.raw() == Integer.class ? Integer.valueOf(number.intValueExact()) : number;
    }

    /** A negative value for a {@link NonNegative} component. */
    static final class Negative extends NumberFormatException {
        private static final long serialVersionUID = 1L;

        Negative() {
            super("negative");
        }
    }

    private Object number(Node.Scalar scalar, Binding binding) {
        try {
            return number(scalar.text(), binding);
        } catch (Decimals.OutOfRange e) {
            out.report(
                    Problem.NUMBER_OUT_OF_RANGE,
                    scalar.pos(),
                    abbreviated(scalar.text()),
                    Decimals.MAX_INTEGER_DIGITS,
                    Decimals.MAX_FRACTION_DIGITS);
        } catch (Negative e) {
            out.report(Problem.NEGATIVE_NUMBER, scalar.pos(), scalar.text());
        } catch (NumberFormatException | ArithmeticException e) {
            out.report(Problem.BAD_NUMBER, scalar.pos(), abbreviated(scalar.text()));
        }
        return null;
    }

    /**
     * A value as a message quotes it: a long one cut, so that one finding stays one line (#13: a
     * million-character 指标值 was quoted whole, twice).
     */
    static String abbreviated(String text) {
        if (text == null || text.length() <= 60) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(56)) ? 56 : 57;
        return text.substring(0, cut) + "…";
    }

    private Target target(Node.Scalar scalar) {
        try {
            return Targets.parse(scalar.text());
        } catch (TargetException e) {
            if (scalar.text().isBlank()) {
                out.report(Problem.TARGET_EMPTY, scalar.pos());
            } else {
                Position at = scalar.pos();
                String text = abbreviated(scalar.text());
                out.add(Problem.TARGET_SYNTAX.at(
                        at.at(at.line(), at.column() + Math.max(e.offset(), 0)),
                        new Object[] {text, e.zh()},
                        new Object[] {text, e.getMessage()}));
            }
            return null;
        }
    }

    private Object enumValue(Node.Scalar scalar, Binding binding) {
        Object constant = binding.constant(scalar.text());
        if (constant == null) {
            out.report(Problem.BAD_ENUM, scalar.pos(), abbreviated(scalar.text()), String.join(", ", binding.labels()));
        }
        return constant;
    }

    private List<Object> list(Node node, Binding itemType) {
        if (!(node instanceof Node.Sequence sequence)) {
            wrongType(node, List.class);
            return null;
        }
        List<Object> items = new ArrayList<>(sequence.items().size());
        for (Node item : sequence.items()) {
            Object value = value(item, itemType);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private Map<String, String> stringMap(Node node) {
        if (!(node instanceof Node.Mapping mapping)) {
            wrongType(node, Map.class);
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Node.Entry e : mapping.entries().values()) {
            if (e.value() instanceof Node.Scalar s) {
                map.put(e.key(), s.text());
            } else {
                wrongType(e.value(), String.class);
            }
        }
        return map;
    }

    /** An entry is a library reference ({@code ref:}), a slot ({@code slot:}) or an inline row. */
    private Object entry(Node node) {
        if (!(node instanceof Node.Mapping mapping)) {
            wrongType(node, Inline.class);
            return null;
        }
        if (mapping.entries().containsKey("ref")) {
            return record(node, LibraryRef.class, List.of());
        }
        if (mapping.entries().containsKey("slot")) {
            return record(node, Slot.class, List.of());
        }
        return record(node, Inline.class, List.of());
    }

    private Object record(Node node, Class<?> type, List<String> skip) {
        Shape shape = shape(type);
        if (node instanceof Node.Scalar scalar && shape.shortForm()) {
            Object[] args = new Object[shape.keys().size()];
            args[0] = scalar.text();
            args[args.length - 1] = scalar.pos();
            return shape.create(args);
        }
        if (!(node instanceof Node.Mapping mapping)) {
            wrongType(node, type);
            return null;
        }
        int errorsBefore = errorCount();
        Object[] args = members(mapping, shape, skip);
        required(mapping, shape);
        args[args.length - 1] = mapping.pos();
        return errorCount() > errorsBefore ? null : shape.create(args);
    }

    /** The constructor arguments from a mapping's keys: components, the rest and the places. */
    private Object[] members(Node.Mapping mapping, Shape shape, List<String> skip) {
        Object[] args = new Object[shape.keys().size()];
        Map<String, Cell> rest = shape.rest() >= 0 ? new LinkedHashMap<>() : null;
        Map<String, Position> places = shape.places() >= 0 ? Binder.placesMap(shape) : null;
        for (Node.Entry e : mapping.entries().values()) {
            int index = shape.index(e.key());
            if (index < 0 || index == shape.keys().size() - 1) {
                if (!skip.contains(e.key())) {
                    other(e, shape, rest);
                }
                continue;
            }
            if (places != null) {
                places.put(e.key(), e.value().pos());
            }
            args[index] = value(e.value(), shape.bindings().get(index));
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
        return args;
    }

    /** A key that names no component: a template-declared column's value where the record keeps them, else unknown. */
    private void other(Node.Entry e, Shape shape, Map<String, Cell> rest) {
        if (rest == null) {
            unknownKey(e, shape);
        } else if (e.value() instanceof Node.Scalar scalar) {
            rest.put(e.key(), new Cell(scalar.text(), scalar.pos()));
        } else if (!(e.value() instanceof Node.Null)) {
            wrongType(e.value(), String.class, e.key());
        }
    }

    /** Reports each required component that is missing or null. */
    private void required(Node.Mapping mapping, Shape shape) {
        for (int i = 0; i < shape.required().size(); i++) {
            int index = shape.required().get(i);
            Node.Entry given = mapping.entries().get(shape.keys().get(index));
            if (given == null) {
                out.report(Problem.MISSING_KEY, mapping.pos(), shape.keys().get(index));
            } else if (given.value() instanceof Node.Null) {
                // #13: `template: null` got through as a missing value and failed later, unlocated
                wrongType(given.value(), shape.bindings().get(index).raw(), given.key());
            }
        }
    }

    /**
     * The map a record's {@link org.zhibiao.model.Places} are gathered in: sized for every
     * component and a few template columns, so that it never grows. [#14] Growing it was a
     * twentieth of reading 2,000 JSON declarations.
     */
    static Map<String, Position> placesMap(Shape shape) {
        return new HashMap<>((shape.keys().size() + 8) * 4 / 3 + 1);
    }

    /**
     * How {@code type} is bound, worked out once per type. Read before computeIfAbsent, which
     * locks its bin even when the type is there: the binder asks for every record it reads (#7).
     */
    static Shape shape(Class<?> type) {
        Shape known = SHAPES.get(type);
        return known != null ? known : SHAPES.computeIfAbsent(type, Shape::of);
    }

    private void unknownKey(Node.Entry e, Shape shape) {
        List<String> keys = shape.keys().subList(0, shape.keys().size() - 1);
        out.add(Problem.UNKNOWN_KEY
                .at(e.keyPos(), e.key(), String.join(", ", keys))
                .withHint(DidYouMean.hint(e.key(), keys)));
    }

    private void wrongType(Node node, Class<?> expected) {
        wrongType(node, expected, null);
    }

    /** As {@link #wrongType(Node, Class)}, naming the key when it is known. */
    private void wrongType(Node node, Class<?> expected, String key) {
        Text word =
                switch (kindOf(expected)) {
                    case 0 -> Text.WORD_MAPPING;
                    case 1 -> Text.WORD_LIST;
                    case 2 -> Text.WORD_NUMBER;
                    case 3 -> Text.WORD_BOOLEAN;
                    default -> Text.WORD_TEXT;
                };
        out.add(Problem.WRONG_TYPE.at(
                node.pos(),
                new Object[] {
                    key == null ? Text.WORD_VALUE.template(Lang.ZH) : key, word.template(Lang.ZH), node.shape(true)
                },
                new Object[] {
                    key == null ? Text.WORD_VALUE.template(Lang.EN) : key, word.template(Lang.EN), node.shape(false)
                }));
    }

    private static int kindOf(Class<?> expected) {
        if (expected.isRecord() || expected == Map.class || expected == Entry.class) {
            return 0;
        }
        if (expected == List.class) {
            return 1;
        }
        if (expected == BigDecimal.class || expected == Integer.class) {
            return 2;
        }
        return expected == Boolean.class ? 3 : 4;
    }

    private int errorCount() {
        return out.errorCount();
    }

    /**
     * How one record type is written: its keys in component order (the last is the position),
     * how each is bound, which are required, and its canonical constructor. Shared with
     * {@link JsonBinder}, so the two binders cannot disagree on what a key means.
     */
    record Shape(
            List<String> keys,
            Map<String, Integer> indexes,
            List<Binding> bindings,
            List<Integer> required,
            Constructor<?> constructor,
            boolean shortForm,
            int rest,
            int places) {

        int index(String key) {
            Integer index = indexes.get(key);
            return index == null ? -1 : index;
        }

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<String> keys = new ArrayList<>();
            List<Binding> bindings = new ArrayList<>();
            List<Integer> required = new ArrayList<>();
            Class<?>[] raw = new Class<?>[components.length];
            int rest = -1;
            int places = -1;
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                if (c.isAnnotationPresent(Rest.class)) {
                    rest = i;
                } else if (c.getType() == Places.class) {
                    places = i;
                }
                // the rest and the places are filled by the reader, never named by a key
                boolean bound = rest != i && places != i;
                keys.add(!bound ? "\0" + c.getName() : renamed == null ? c.getName() : renamed.value());
                Binding binding = Binding.of(c.getGenericType());
                bindings.add(c.isAnnotationPresent(NonNegative.class) ? binding.nonNegative(true) : binding);
                raw[i] = c.getType();
                if (c.isAnnotationPresent(Required.class)) {
                    required.add(i);
                }
            }
            try {
                boolean shortForm = components.length > 1 && raw[0] == String.class && required.equals(List.of(0));
                Map<String, Integer> indexes = new HashMap<>();
                for (int i = 0; i < keys.size(); i++) {
                    indexes.put(keys.get(i), i);
                }
                Constructor<?> constructor = type.getDeclaredConstructor(raw);
                // [#7] without this, every newInstance asks the stack for its caller to check access
                constructor.setAccessible(true);
                return new Shape(
                        List.copyOf(keys),
                        Map.copyOf(indexes),
                        List.copyOf(bindings),
                        List.copyOf(required),
                        constructor,
                        shortForm,
                        rest,
                        places);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }

        Object create(Object[] args) {
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        }
    }

    /** What a component's value is bound as, worked out once per type rather than per value. */
    enum Kind {
        STRING,
        TARGET,
        NUMBER,
        BOOLEAN,
        ENUM,
        LIST,
        MAP,
        ENTRY,
        RECORD,
        POSITION
    }

    /**
     * How to bind one component type, decided when its record's {@link Shape} is made. [#7] deciding
     * per value asked {@code Class.isRecord()}, a native call, for every string of every row.
     *
     * @param item the binding of a list's items, else null
     * @param constants an enum's constants, else empty
     * @param labels the words an enum constant is written as, in the same order
     */
    record Binding(
            Kind kind, Class<?> raw, Binding item, List<Object> constants, List<String> labels, boolean nonNegative) {

        Binding(Kind kind, Class<?> raw, Binding item, List<Object> constants, List<String> labels) {
            this(kind, raw, item, constants, labels, false);
        }

        /** The same binding, refusing negative numbers or not. */
        Binding nonNegative(boolean refuse) {
            return new Binding(kind, raw, item, constants, labels, refuse);
        }

        /** The enum constant written as {@code text} (its label, or its name in any case), or null. */
        Object constant(String text) {
            for (int i = 0; i < labels.size(); i++) {
                Object constant = constants.get(i);
                if (labels.get(i).equals(text) || ((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            return null;
        }

        static Binding of(Type type) {
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (raw == List.class) {
                return new Binding(
                        Kind.LIST,
                        raw,
                        of(((ParameterizedType) type).getActualTypeArguments()[0]),
                        List.of(),
                        List.of());
            }
            if (raw.isEnum()) {
                List<Object> constants = List.of(raw.getEnumConstants());
                List<String> labels = constants.stream()
                        .map(c -> c instanceof Labelled l
                                ? l.label()
                                : ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                        .toList();
                return new Binding(Kind.ENUM, raw, null, constants, labels);
            }
            return new Binding(kindOf(raw), raw, null, List.of(), List.of());
        }

        private static Kind kindOf(Class<?> raw) {
            if (raw == String.class) {
                return Kind.STRING;
            }
            if (raw == Target.class) {
                return Kind.TARGET;
            }
            if (raw == BigDecimal.class || raw == Integer.class) {
                return Kind.NUMBER;
            }
            if (raw == Boolean.class) {
                return Kind.BOOLEAN;
            }
            if (raw == Map.class) {
                return Kind.MAP;
            }
            if (raw == Entry.class) {
                return Kind.ENTRY;
            }
            if (raw.isRecord()) {
                return Kind.RECORD;
            }
            // the trailing Position component is never bound from a key; anything else is a model bug
            return Kind.POSITION;
        }
    }
}
