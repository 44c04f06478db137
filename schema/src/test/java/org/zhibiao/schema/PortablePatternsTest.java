package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.DocumentType;

/**
 * Issue 17: every pattern of every exported schema (each document kind and each built-in
 * template, both drafts) keeps to the portable subset of ECMA-262, so that Python's
 * {@code jsonschema} (whose {@code re} has no {@code \p{Nd}}) compiles it, and the engines agree
 * on what it matches.
 */
class PortablePatternsTest {

    static Stream<Arguments> schemas() {
        SchemaExporter exporter = new SchemaExporter();
        List<Arguments> all = new ArrayList<>();
        for (Draft draft : Draft.values()) {
            for (DocumentType kind : DocumentType.values()) {
                all.add(Arguments.of(SchemaFiles.name(kind, draft), exporter.generic(kind, draft)));
            }
            for (Template template : Catalogue.builtIn().templates()) {
                all.add(Arguments.of(
                        SchemaFiles.name(template, draft),
                        exporter.forTemplate(Shipped.resolved(template.reference()), draft)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void every_pattern_is_portable(String name, String schema) {
        // when
        List<String[]> patterns = PortablePatterns.patterns(Json.MAPPER.readTree(schema));
        // then
        List<String> problems = new ArrayList<>();
        for (String[] p : patterns) {
            PortablePatterns.problems(p[1]).forEach(problem -> problems.add(p[0] + " " + p[1] + ": " + problem));
            Pattern.compile(p[1]); // and Java reads it
        }
        assertThat(problems).as(name).isEmpty();
    }

    @Test
    void the_template_schemas_have_patterns_to_scan() {
        long count = schemas()
                .mapToLong(a -> PortablePatterns.patterns(Json.MAPPER.readTree((String) a.get()[1]))
                        .size())
                .sum();
        assertThat(count).isGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "^核心业务产出\\p{Nd}+$",
                "^\\d+$",
                "\\s*x",
                "(?<=a)b",
                "(?<year>[0-9]+)",
                "a++",
                "[0-9]*+",
                "(?i)abc",
                "(?>ab)",
                "\\Ax",
                "\\u{1F600}",
                "[[a-z]&&[^b]]",
                "\\bword"
            })
    void the_scanner_finds_each_non_portable_construct(String pattern) {
        assertThat(PortablePatterns.problems(pattern)).as(pattern).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "^[≥≤=<>]-?[0-9]+(\\.[0-9]+)?%$",
                "^核心业务产出[0-9０-９]+$",
                "^(?:a|b)$",
                "\\+\\?",
                "[\\t \\u00A0\\u3000]*",
                "a(?=b)",
                "a(?!b)",
                "^[0-9]{4}$",
                "\\.\\+$"
            })
    void the_scanner_passes_the_portable_subset(String pattern) {
        assertThat(PortablePatterns.problems(pattern)).as(pattern).isEmpty();
    }
}
