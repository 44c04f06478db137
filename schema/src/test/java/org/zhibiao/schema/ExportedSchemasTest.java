package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.yaml.DocumentType;

/**
 * Every exported schema, generic and template-specific, in both drafts: equal to its golden file,
 * valid against its meta-schema, and free of keywords outside its draft.
 * Rewrite the golden files with {@code mvn -pl schema test -Dzhibiao.updateGolden=true}.
 */
class ExportedSchemasTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> schemas() {
        SchemaExporter exporter = new SchemaExporter();
        List<Arguments> all = new ArrayList<>();
        for (Draft draft : Draft.values()) {
            for (DocumentType kind : DocumentType.values()) {
                all.add(Arguments.of(SchemaFiles.name(kind, draft), draft, exporter.generic(kind, draft)));
            }
            all.add(Arguments.of(
                    "hubei-public-security-" + draft.label() + ".json",
                    draft,
                    exporter.forTemplate(HubeiFixture.template(), draft)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schema_equals_its_golden_file(String name, Draft draft, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("zhibiao.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Dzhibiao.updateGolden=true. Actual:\n" + actual);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(name + " differs from its golden file; actual:\n" + actual);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schema_is_valid_against_its_meta_schema(String name, Draft draft, String actual) {
        assertThat(Validation.againstMetaSchema(actual, draft)).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schema_uses_only_its_drafts_keywords(String name, Draft draft, String actual) {
        assertThat(Vocabulary.unknownKeywords(actual, draft)).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schema_is_printed_deterministically_with_lf_and_final_newline(String name, Draft draft, String actual) {
        assertThat(actual).endsWith("}\n").doesNotContain("\r");
        assertThat(actual).contains("\"$schema\" : \"" + draft.metaSchema() + "\"");
    }
}
