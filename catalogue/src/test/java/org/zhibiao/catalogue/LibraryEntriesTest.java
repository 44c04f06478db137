package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Direction;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Library;
import org.zhibiao.target.Level;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.Targets;
import org.zhibiao.yaml.Documents;

/**
 * Every entry of every built-in indicator library, one by one (issue 4): its default 指标值
 * parses, its unit fits its kind, its direction fits its default operator; and across libraries,
 * no id, name or alias belongs to two entries.
 */
class LibraryEntriesTest {

    private static final Set<String> BASES = Set.of("计划标准", "行业标准", "历史标准", "其他标准");

    static Stream<Arguments> entries() {
        return Catalogue.builtIn().libraries().stream()
                .flatMap(l -> l.indicators().stream().map(d -> Arguments.of(l.id() + ":" + d.id(), d)));
    }

    static Stream<String> librarySources() {
        return Catalogue.builtIn().libraries().stream().map(l -> "zhibiao/libraries/" + l.id() + ".yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("librarySources")
    void each_library_source_reads_without_any_diagnostic(String resource) throws IOException {
        // given
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }
        // when
        Result<Library> read = Documents.readLibrary(resource, bytes);
        // then
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().indicators()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void default_target_parses_and_prints_back_to_itself(String key, IndicatorDef def) throws Exception {
        assertThat(def.target()).as("%s has a default 指标值", key).isNotNull();
        Target reparsed = Targets.parse(def.target().print());
        assertThat(reparsed).isEqualTo(def.target());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void unit_matches_kind(String key, IndicatorDef def) {
        assertThat(def.kind()).as("%s declares 定量 or 定性", key).isNotNull();
        if (def.kind() == Kind.QUANTITATIVE) {
            assertThat(def.unit()).as("%s is 定量 and needs a unit", key).isNotBlank();
            assertThat(Targets.unitFamily(def.unit()))
                    .as("%s: unit %s is known", key, def.unit())
                    .isPresent();
            assertThat(def.target())
                    .as("%s is 定量; its default must be a quantity", key)
                    .isInstanceOf(Quantity.class);
            Quantity q = (Quantity) def.target();
            assertThat(q.operator())
                    .as("%s: default %s has an operator", key, q.print())
                    .isNotNull();
            boolean sameUnit = q.unit().equals(def.unit());
            boolean sameFamily = Targets.unitFamily(q.unit()).equals(Targets.unitFamily(def.unit()));
            assertThat(sameUnit || sameFamily)
                    .as("%s: default %s is not in the unit %s", key, q.print(), def.unit())
                    .isTrue();
        } else {
            assertThat(def.target())
                    .as("%s is 定性; its default must not be operator + number", key)
                    .isNotInstanceOf(Quantity.class);
            assertThat(def.unit()).as("%s is 定性 and has no unit", key).isNullOrEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void direction_agrees_with_the_default_operator(String key, IndicatorDef def) {
        assertThat(def.direction()).as("%s declares its direction", key).isNotNull();
        if (def.target() instanceof Quantity q && q.operator() != null) {
            assertThat(def.direction()).as("%s: default %s", key, q.print()).isEqualTo(directionOf(q.operator()));
        } else {
            // qualitative scales are listed best first (library header), so higher is better
            assertThat(def.direction()).as("%s is 定性", key).isEqualTo(Direction.POSITIVE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void explanation_basis_and_scope_are_given(String key, IndicatorDef def) {
        assertThat(def.explanation()).as("%s 指标解释", key).isNotBlank();
        assertThat(def.basis()).as("%s 指标值确定依据", key).isIn(BASES);
        assertThat(def.scope()).as("%s 适用范围", key).isNotBlank();
        // a seed's sentence (公安服务质量逐步提升) or placeholder (定性) may stand as the default; a grade word must be on the
        // scale
        if (def.target() instanceof Level level && !def.scale().isEmpty()) {
            assertThat(def.scale()).as("%s: default is one of its grades", key).contains(level.word());
        }
    }

    @Test
    void ids_are_unique_across_libraries() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Library l : Catalogue.builtIn().libraries()) {
            l.indicators().forEach(d -> owners.computeIfAbsent(d.id(), k -> new ArrayList<>())
                    .add(l.id()));
        }
        assertThat(owners).allSatisfy((id, libs) -> assertThat(libs).as(id).hasSize(1));
    }

    @Test
    void no_name_or_alias_is_shared_by_two_entries() {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        for (Library l : Catalogue.builtIn().libraries()) {
            for (IndicatorDef d : l.indicators()) {
                Stream.concat(Stream.of(d.name()), d.aliases().stream())
                        .distinct()
                        .forEach(n -> owners.computeIfAbsent(n, k -> new ArrayList<>())
                                .add(l.id() + ":" + d.id()));
            }
        }
        assertThat(owners).allSatisfy((name, defs) -> assertThat(defs).as(name).hasSize(1));
    }

    @Test
    void the_libraries_hold_at_least_one_hundred_entries() {
        assertThat(entries()).hasSizeGreaterThanOrEqualTo(100);
    }

    private static Direction directionOf(Operator op) {
        return switch (op) {
            case GE, GT -> Direction.POSITIVE;
            case LE, LT -> Direction.NEGATIVE;
            case EQ -> Direction.EXACT;
        };
    }
}
