package org.zhibiao.schema;

import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Required;
import org.zhibiao.yaml.DocumentType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generates the schema of one document kind from the model records with victools. */
final class GenericSchemas {
    private GenericSchemas() {}

    /** The raw victools schema of {@code kind}'s record, before the document envelope is added. */
    static ObjectNode generate(DocumentType kind, Draft draft) {
        Nodes nodes = new Nodes(draft);
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        Json.MAPPER, draft.version(), OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.SKIP_SUBTYPE_LOOKUP))
                .with(
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        ModelDefinitions definitions = new ModelDefinitions(nodes);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider(definitions)
                .withPropertySorter(GenericSchemas::byRecordOrder)
                .withTitleResolver(scope -> Texts.title(typeKey(scope)))
                .withDescriptionResolver(scope -> Texts.description(typeKey(scope)));
        config.forFields()
                .withTitleResolver(field -> field.isFakeContainerItemScope() ? null : Texts.title(memberKey(field)))
                .withDescriptionResolver(
                        field -> field.isFakeContainerItemScope() ? null : Texts.description(memberKey(field)))
                // the reader's own mark: a key is required in the schema exactly when the reader requires it
                .withRequiredCheck(field -> field.getAnnotation(Required.class) != null)
                .withInstanceAttributeOverride((node, field, context) -> {
                    if (isCode(field)) {
                        node.setAll(definitions.code());
                    }
                });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(kind.modelClass());
        openRows(schema, nodes);
        return schema;
    }

    /**
     * A row takes the keys of the columns its template declares (指标性质, 分值 …), which the generic
     * schema cannot know: any other key holds text or a number, as the reader takes it. The
     * template-specific schema names them (issue 14). A funds line likewise takes the columns a
     * stage's form adds to it (执行数, 分值, 得分; issue 16).
     */
    private static void openRows(ObjectNode schema, Nodes nodes) {
        if (!(schema.get(nodes.key(Keyword.DEFS)) instanceof ObjectNode defs)) {
            return;
        }
        for (String open : new String[] {"Row", "FundLine"}) {
            if (defs.get(open) instanceof ObjectNode row) {
                ObjectNode cell = nodes.object();
                ArrayNode anyOf = nodes.list(cell, Keyword.ANY_OF);
                anyOf.add(nodes.typed(Keyword.TYPE_STRING));
                anyOf.add(nodes.typed(Keyword.TYPE_NUMBER));
                nodes.put(row, Keyword.ADDITIONAL_PROPERTIES, cell);
            }
        }
    }

    /** A department's {@code code} (单位编码), in a declaration or a profile. */
    private static boolean isCode(MemberScope<?, ?> field) {
        Class<?> owner = declaring(field);
        return "code".equals(field.getDeclaredName())
                && field.getType().getErasedType() == String.class
                && (owner == Declaration.class || owner == Profile.class);
    }

    private static String typeKey(TypeScope scope) {
        Class<?> type = scope.getType().getErasedType();
        boolean ours = type.getPackageName().equals("org.zhibiao.model");
        return ours ? type.getSimpleName() : "";
    }

    private static String memberKey(MemberScope<?, ?> member) {
        return declaring(member).getSimpleName() + "." + member.getDeclaredName();
    }

    private static Class<?> declaring(MemberScope<?, ?> member) {
        return member.getDeclaringType().getErasedType();
    }

    /** Properties in record-component order, the order the writers print them. */
    private static int byRecordOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        return Comparator.<MemberScope<?, ?>>comparingInt(GenericSchemas::componentIndex)
                .compare(a, b);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = declaring(member).getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        List<String> names =
                Arrays.stream(components).map(RecordComponent::getName).toList();
        int index = names.indexOf(member.getDeclaredName());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
