package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.groovy.GroovyWriter;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * One model, two front ends (STYLE.md 4): every built-in template and library, written in one
 * source format, converted to the other and read back, is the same model — before and after
 * resolution.
 */
class FrontEndEquivalenceTest {

    private static final Path SOURCES = Path.of("src/main/resources/zhibiao");

    static Stream<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk
                    .filter(Sources::isSource)
                    .filter(p -> !p.toString().contains("examples"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static Object read(Path file) throws IOException {
        Result<Object> read = Sources.read(file, file.toString());
        assertThat(read.diagnostics()).as(file.toString()).isEmpty();
        return read.value();
    }

    /** The document in the other format, read back. */
    private static Object converted(Object document, boolean fromGroovy) {
        if (fromGroovy) {
            Result<Object> back =
                    Documents.read("converted.yaml", Documents.toYaml(document).getBytes(StandardCharsets.UTF_8));
            assertThat(back.diagnostics()).isEmpty();
            return back.value();
        }
        GroovyWriter writer = new GroovyWriter();
        String groovy = document instanceof Template t ? writer.write(t) : writer.write((Library) document);
        Result<Object> back = new GroovyReader().read("converted.groovy", groovy);
        assertThat(back.diagnostics()).as(groovy).isEmpty();
        return back.value();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void converting_to_the_other_front_end_and_back_gives_an_equal_model(Path file) throws IOException {
        Object original = read(file);
        Object other = converted(original, file.toString().endsWith(".groovy"));
        assertThat(other).isEqualTo(original);
        assertThat(converted(other, !file.toString().endsWith(".groovy"))).isEqualTo(original);
    }

    @Test
    void every_template_resolves_to_the_same_model_from_either_front_end() throws IOException {
        List<Object> swapped = new ArrayList<>();
        for (Path file : sources().toList()) {
            swapped.add(converted(read(file), file.toString().endsWith(".groovy")));
        }
        Catalogue other = Catalogue.of(swapped);
        Catalogue builtIn = Catalogue.builtIn();
        assertThat(other.allTemplates()).hasSameSizeAs(builtIn.allTemplates());
        for (Template t : builtIn.allTemplates()) {
            assertThat(other.resolve(t.reference()).value())
                    .as(t.reference())
                    .isNotNull()
                    .isEqualTo(builtIn.resolve(t.reference()).value());
        }
    }

    @Test
    void at_least_one_built_in_template_is_authored_in_groovy() throws IOException {
        assertThat(sources().filter(p -> p.toString().endsWith(".groovy"))).isNotEmpty();
    }
}
