package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.model.Template;

/** Issue 13 §1: the grammar a department's {@code template:} must follow; no path fits it. */
class TemplateIdsTest {

    static Stream<String> builtInReferences() {
        return Catalogue.builtIn().allTemplates().stream().flatMap(t -> Stream.of(t.id(), t.reference()));
    }

    @ParameterizedTest
    @MethodSource("builtInReferences")
    void every_built_in_id_and_reference_is_well_formed(String reference) {
        assertThat(TemplateIds.isReference(reference)).isTrue();
    }

    @Test
    void a_reference_longer_than_any_id_is_refused_without_running_the_pattern_out_of_stack() {
        String longest = "a/" + "b".repeat(TemplateIds.MAX_LENGTH - 2);
        assertThat(TemplateIds.isReference(longest)).isTrue();
        assertThat(TemplateIds.isReference(longest + "b")).isFalse();
        for (String hostile : new String[] {
            "a-".repeat(100_000) + "a", "a/".repeat(100_000) + "a", "a/b@" + "1.".repeat(100_000) + "1"
        }) {
            assertThat(TemplateIds.isReference(hostile)).isFalse();
            assertThat(TemplateIds.isId(hostile)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hubei/public-security",
                "hubei/public-security@2024.1",
                "national/project-101@2021.1",
                "a/b/c",
                "x1/y-2@3",
                "test/dup@1.0.2-rc1"
            })
    void ids_and_pinned_ids_are_accepted(String reference) {
        assertThat(TemplateIds.isReference(reference)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "./evil.groovy",
                "evil.groovy",
                "/abs/x.yaml",
                "../x.yaml",
                "mine.yaml",
                "C:\\x.yaml",
                "C:/x",
                "~/x",
                "hubei/public-security.yaml",
                "hubei/../etc",
                "hubei//x",
                "/hubei/x",
                "hubei/x/",
                "hubei",
                "Hubei/X",
                "hubei/x_y",
                "hubei/x@",
                "hubei/x@1.yaml",
                "hubei/x@../y",
                "hubei/x@1/2",
                "hubei/-x",
                "hubei/x-",
                "",
                " hubei/x",
                "hubei/x ",
                "hubei/x\n",
                "hubei\\x",
                "hubei/x@1@2",
                "file:hubei/x",
                "hubei/ｘ"
            })
    void paths_file_names_and_malformed_ids_are_refused(String reference) {
        assertThat(TemplateIds.isReference(reference)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei/x@1", "hubei/x@2024.1"})
    void an_id_is_a_reference_without_its_version(String reference) {
        assertThat(TemplateIds.isId(reference)).isFalse();
        assertThat(TemplateIds.isId(reference.substring(0, reference.indexOf('@'))))
                .isTrue();
    }

    @Test
    void null_is_neither() {
        assertThat(TemplateIds.isId(null)).isFalse();
        assertThat(TemplateIds.isReference(null)).isFalse();
        assertThat(Catalogue.builtIn().templates()).extracting(Template::id).allMatch(TemplateIds::isId);
    }
}
