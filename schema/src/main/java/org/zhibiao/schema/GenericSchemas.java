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
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/** Generates the schema of one document kind from the model records with victools. */
final class GenericSchemas {
    /**
     * The keys a document must have. Kept small on purpose: writers omit empty values, and a
     * skeleton from {@code zhibiao new} carries little more than these.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry(org.zhibiao.model.Declaration.class, Set.of("template", "department", "year", "tables")),
            Map.entry(org.zhibiao.model.Table.class, Set.of("name", "rows")),
            Map.entry(org.zhibiao.model.Row.class, Set.of("level1", "level2")),
            Map.entry(org.zhibiao.model.Library.class, Set.of("id", "indicators")),
            Map.entry(org.zhibiao.model.IndicatorDef.class, Set.of("id", "name")),
            Map.entry(org.zhibiao.model.Template.class, Set.of("id")),
            Map.entry(org.zhibiao.model.TableDef.class, Set.of("name", "columns")),
            Map.entry(org.zhibiao.model.Level1.class, Set.of("name")),
            Map.entry(org.zhibiao.model.Level2.class, Set.of("name")),
            Map.entry(org.zhibiao.model.LibraryRef.class, Set.of("ref")),
            Map.entry(org.zhibiao.model.Inline.class, Set.of("name")),
            Map.entry(org.zhibiao.model.Slot.class, Set.of("slot")),
            Map.entry(org.zhibiao.model.Change.class, Set.of("path")),
            Map.entry(org.zhibiao.model.Fill.class, Set.of("slot")),
            Map.entry(org.zhibiao.model.RuleSetting.class, Set.of("rule")),
            Map.entry(org.zhibiao.model.Function.class, Set.of("name")),
            Map.entry(org.zhibiao.model.FundLine.class, Set.of("name")),
            Map.entry(org.zhibiao.model.Project.class, Set.of("name")));

    private GenericSchemas() {
    }

    /** The raw victools schema of {@code kind}'s record, before the document envelope is added. */
    static ObjectNode generate(DocumentKind kind, Draft draft) {
        Nodes nodes = new Nodes(draft);
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                Json.MAPPER, draft.version(), OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.SKIP_SUBTYPE_LOOKUP))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral()
                .withCustomDefinitionProvider(new ModelDefinitions(nodes))
                .withPropertySorter(GenericSchemas::byRecordOrder)
                .withTitleResolver(scope -> Texts.title(typeKey(scope)))
                .withDescriptionResolver(scope -> Texts.description(typeKey(scope)));
        config.forFields()
                .withTitleResolver(field -> field.isFakeContainerItemScope() ? null : Texts.title(memberKey(field)))
                .withDescriptionResolver(field -> field.isFakeContainerItemScope()
                        ? null : Texts.description(memberKey(field)))
                .withRequiredCheck(field -> REQUIRED.getOrDefault(declaring(field), Set.of())
                        .contains(field.getDeclaredName()));
        return new SchemaGenerator(config.build()).generateSchema(kind.model());
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
        return Comparator.<MemberScope<?, ?>>comparingInt(GenericSchemas::componentIndex).compare(a, b);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = declaring(member).getRecordComponents();
        if (components == null) {
            return Integer.MAX_VALUE;
        }
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        int index = names.indexOf(member.getDeclaredName());
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
