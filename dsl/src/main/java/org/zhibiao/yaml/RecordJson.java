package org.zhibiao.yaml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Labelled;
import org.zhibiao.target.Target;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes a document record through Jackson's {@link JsonGenerator}, walking its record components
 * as {@link Binder} reads them ({@link Binder.Shape}): the same text as Jackson's databind writer
 * ({@link Documents#toJsonByJackson}), without its serializers. [#7] a bulk {@code new --format
 * json} spent a fifth of its time in Jackson's serialiser under C1. [#14] this replaced a writer
 * that restated every record of a declaration by hand: a component added to the model is written
 * with no change here.
 *
 * <p>The rules are Jackson's with the mapper's settings: components in order, {@link JsonIgnore}d
 * ones left out, {@code NON_EMPTY} (no null, empty string or empty list; zero and empty records
 * kept), enums by their label, a 指标值 by its {@code print()} (TargetMixin), a record's
 * {@link org.zhibiao.model.Rest} cells after its own keys (the any-getter). Whatever it cannot be
 * sure to write as Jackson does (an {@code Entry}, a map, an enum without a label …) it declines
 * with null, and the caller asks Jackson; {@code RecordJsonTest} holds the two to byte equality.
 */
final class RecordJson {

    private static final Map<Class<?>, List<Component>> COMPONENTS = new ConcurrentHashMap<>();

    private final JsonGenerator out;

    private RecordJson(JsonGenerator out) {
        this.out = out;
    }

    /** The record as {@code mapper} writes it with {@code kind} first, final newline included, or null. */
    static String write(ObjectMapper mapper, String kind, Record document) {
        StringWriter text = new StringWriter(32 * 1024);
        try (JsonGenerator out = mapper.createGenerator(text)) {
            out.writeStartObject();
            out.writeStringProperty("kind", kind);
            new RecordJson(out).members(document);
            out.writeEndObject();
        } catch (RuntimeException e) {
            // Unsupported, or Jackson refusing a value (a number it will not write plain …): the
            // caller's databind writer says what it has to
            return null;
        }
        return text.append('\n').toString();
    }

    private void record(Object value) {
        out.writeStartObject();
        members(value);
        out.writeEndObject();
    }

    private void members(Object record) {
        for (Component c : components(record.getClass())) {
            Object value = c.get(record);
            if (c.rest()) {
                cells(value);
            } else if (!isEmpty(value)) {
                out.writeName(c.key());
                value(value, c.binding());
            }
        }
    }

    /** A record's template-declared columns, after its own keys as Jackson's any-getter writes them. */
    private void cells(Object cells) {
        for (Map.Entry<?, ?> cell : ((Map<?, ?>) cells).entrySet()) {
            String text = ((Cell) cell.getValue()).text();
            if (!text.isEmpty()) {
                out.writeName((String) cell.getKey());
                out.writeString(text);
            }
        }
    }

    private void value(Object value, Binder.Binding binding) {
        switch (binding.kind()) {
            case STRING -> out.writeString((String) value);
            case TARGET -> out.writeString(((Target) value).print());
            case NUMBER -> number(value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case ENUM -> out.writeString(label(value));
            case LIST -> list((List<?>) value, binding.item());
            case RECORD -> record(value);
            default -> throw new Unsupported();
        }
    }

    private void number(Object value) {
        if (value instanceof Integer i) {
            out.writeNumber(i);
        } else {
            out.writeNumber((BigDecimal) value);
        }
    }

    /** Items are written as they are, empty strings too: content inclusion does not reach list items. */
    private void list(List<?> items, Binder.Binding item) {
        out.writeStartArray();
        for (Object value : items) {
            if (value == null) {
                throw new Unsupported();
            }
            value(value, item);
        }
        out.writeEndArray();
    }

    private static String label(Object constant) {
        if (constant instanceof Labelled labelled) {
            return labelled.label();
        }
        throw new Unsupported();
    }

    /** NON_EMPTY: null, an empty string, list or map, and a 指标值 that prints as nothing. */
    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isEmpty())
                || (value instanceof List<?> l && l.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty())
                || (value instanceof Target t && t.print().isEmpty());
    }

    private static List<Component> components(Class<?> type) {
        List<Component> known = COMPONENTS.get(type);
        return known != null ? known : COMPONENTS.computeIfAbsent(type, RecordJson::of);
    }

    /** A record's written components, in order, from its {@link Binder.Shape}. */
    private static List<Component> of(Class<?> type) {
        Binder.Shape shape = Binder.shape(type);
        RecordComponent[] components = type.getRecordComponents();
        List<Component> written = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            boolean rest = i == shape.rest();
            if (rest || !accessor.isAnnotationPresent(JsonIgnore.class)) {
                accessor.setAccessible(true);
                written.add(new Component(shape.keys().get(i), shape.bindings().get(i), accessor, rest));
            }
        }
        return List.copyOf(written);
    }

    /** One written component: its key, how its value is written, its accessor, whether it holds the cells. */
    private record Component(String key, Binder.Binding binding, Method accessor, boolean rest) {

        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unsupported();
            }
        }
    }

    /** Something this writer cannot be sure to write as Jackson does. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }
}
