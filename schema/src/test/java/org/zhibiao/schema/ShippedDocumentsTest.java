package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.DocumentType;

/**
 * Real documents validate (issue 5): every declaration {@code zhibiao new} writes for a built-in
 * template, against the generic declaration schema and its template's own; the catalogue's
 * template and library sources and the example profiles against their generic schemas. Both drafts.
 */
class ShippedDocumentsTest {
    private final SchemaExporter exporter = new SchemaExporter();

    static Stream<Arguments> skeletons() {
        return Shipped.skeletons().stream()
                .flatMap(s -> Stream.of(Draft.values()).map(d -> Arguments.of(s, d)));
    }

    static Stream<Arguments> sources() {
        List<Arguments> all = new ArrayList<>();
        Catalogue catalogue = Catalogue.builtIn();
        List<String> templates = Shipped.sources(
                "templates",
                catalogue.allTemplates().stream().map(Template::id).distinct().toList());
        List<String> libraries = Shipped.sources(
                "libraries", catalogue.libraries().stream().map(Library::id).toList());
        for (Draft draft : Draft.values()) {
            templates.forEach(t -> all.add(Arguments.of(DocumentType.TEMPLATE, t, draft)));
            libraries.forEach(l -> all.add(Arguments.of(DocumentType.LIBRARY, l, draft)));
            all.add(Arguments.of(DocumentType.PROFILE, Shipped.EZHOU, draft));
            all.add(Arguments.of(DocumentType.PROFILE, Shipped.SUZHOU, draft));
        }
        return all.stream();
    }

    static Stream<Arguments> templates() {
        return Catalogue.builtIn().templates().stream()
                .flatMap(t -> Stream.of(Draft.values()).map(d -> Arguments.of(t.reference(), d)));
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("templates")
    void built_in_template_schema_is_valid_and_uses_only_its_drafts_keywords(String template, Draft draft) {
        // when
        String schema = exporter.forTemplate(Shipped.resolved(template), draft);
        // then
        assertThat(Validation.againstMetaSchema(schema, draft)).isEmpty();
        assertThat(Vocabulary.unknownKeywords(schema, draft)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("skeletons")
    void new_declaration_validates_against_the_generic_declaration_schema(Shipped.Skeleton skeleton, Draft draft) {
        // given
        String declaration = Shipped.compiled(skeleton);
        // when
        var errors = Validation.validate(exporter.generic(DocumentType.DECLARATION, draft), draft, declaration);
        // then
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}, draft {1}")
    @MethodSource("skeletons")
    void new_declaration_validates_against_its_template_specific_schema(Shipped.Skeleton skeleton, Draft draft) {
        // given
        String declaration = Shipped.compiled(skeleton);
        String schema = exporter.forTemplate(Shipped.resolved(skeleton.template()), draft);
        // when
        var errors = Validation.validate(schema, draft, declaration);
        // then
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{1} as {0}, draft {2}")
    @MethodSource("sources")
    void shipped_source_validates_against_its_generic_schema(DocumentType kind, String resource, Draft draft) {
        // when
        var errors = Validation.validate(exporter.generic(kind, draft), draft, Shipped.text(resource));
        // then
        assertThat(errors).isEmpty();
    }
}
