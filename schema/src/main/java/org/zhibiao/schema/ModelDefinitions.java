package org.zhibiao.schema;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Column;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Function;
import org.zhibiao.model.Inline;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Slot;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.target.Target;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model types whose document form differs from their Java shape: a 指标值 is a string, an
 * entry is told apart by its key ({@code ref}, {@code slot}, else {@code name}), and a 职能 may be
 * written as its bare name, and so may a standard column (前年, 指标值).
 */
final class ModelDefinitions implements CustomDefinitionProviderV2 {
    private final Nodes nodes;

    ModelDefinitions(Nodes nodes) {
        this.nodes = nodes;
    }

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (Target.class.isAssignableFrom(erased)) {
            return new CustomDefinition(
                    nodes.text(), CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        if (erased == Integer.class || erased == int.class || erased == BigDecimal.class) {
            return new CustomDefinition(
                    numeric(erased == BigDecimal.class),
                    CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
        }
        if (erased == Entry.class) {
            return new CustomDefinition(
                    entry(context), CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
        }
        if (Map.class.isAssignableFrom(erased)) {
            return new CustomDefinition(
                    parameters(), CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        if (erased == Column.class) {
            // a bare word names a standard column; any other column is declared in full
            ObjectNode either = nodes.object();
            ObjectNode word =
                    nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(StandardColumns.words()));
            nodes.list(either, Keyword.ONE_OF).add(word).add(context.createStandardDefinitionReference(type, this));
            return new CustomDefinition(
                    either, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
        }
        if (erased == Function.class) {
            ObjectNode either = nodes.object();
            nodes.list(either, Keyword.ONE_OF)
                    .add(nodes.text())
                    .add(context.createStandardDefinitionReference(type, this));
            return new CustomDefinition(
                    either, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
        }
        return null;
    }

    /**
     * A number as the reader takes it: the reader binds the scalar's text, so {@code year: 2024}
     * and {@code year: "2024"} are the same year, and the schema accepts both (a number, or its
     * plain decimal digits as text). The first type is the number, so a form shows a number field.
     */
    private ObjectNode numeric(boolean fraction) {
        ObjectNode node = nodes.object();
        String type = nodes.key(fraction ? Keyword.TYPE_NUMBER : Keyword.TYPE_INTEGER);
        node.set(nodes.key(Keyword.TYPE), nodes.array().add(type).add(nodes.key(Keyword.TYPE_STRING)));
        nodes.put(node, Keyword.PATTERN, fraction ? "^-?[0-9]+(\\.[0-9]+)?$" : "^-?[0-9]+$");
        return node;
    }

    /**
     * A code of digits ({@code 单位编码}): the reader keeps its text as written, so an unquoted
     * {@code code: 0101} is {@code "0101"}, while a YAML 1.2 validator reads it as the number 101.
     * The schema accepts both, as the checker does; {@code zhibiao new} writes it quoted.
     */
    ObjectNode code() {
        ObjectNode node = nodes.object();
        node.set(
                nodes.key(Keyword.TYPE),
                nodes.array().add(nodes.key(Keyword.TYPE_STRING)).add(nodes.key(Keyword.TYPE_INTEGER)));
        return nodes.put(node, Keyword.MIN_LENGTH, 1);
    }

    /** Rule parameters: YAML 1.2 reads {@code min: 50} as a number, the reader takes it as text. */
    private ObjectNode parameters() {
        ObjectNode scalar = nodes.object();
        ArrayNode anyOf = nodes.list(scalar, Keyword.ANY_OF);
        for (Keyword type : List.of(Keyword.TYPE_STRING, Keyword.TYPE_NUMBER, Keyword.TYPE_BOOLEAN)) {
            anyOf.add(nodes.typed(type));
        }
        return nodes.put(nodes.typed(Keyword.TYPE_OBJECT), Keyword.ADDITIONAL_PROPERTIES, scalar);
    }

    /** {@code oneOf} the three entry shapes; each requires its key, an inline row has neither. */
    private ObjectNode entry(SchemaGenerationContext context) {
        ObjectNode entry = nodes.object();
        nodes.put(entry, Keyword.TITLE, Texts.title("Entry"));
        nodes.put(entry, Keyword.DESCRIPTION, Texts.description("Entry"));
        ArrayNode oneOf = nodes.list(entry, Keyword.ONE_OF);
        for (Class<?> shape : List.of(LibraryRef.class, Slot.class, Inline.class)) {
            oneOf.add(context.createDefinitionReference(context.getTypeContext().resolve(shape)));
        }
        return entry;
    }
}
