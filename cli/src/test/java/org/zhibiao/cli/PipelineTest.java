package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;

/**
 * The one driver (issue 14): read by the file's type → resolve → check, the same for a single
 * file and a batch, and each template resolved once per run.
 */
class PipelineTest {

    private static final String BAD_ROW = """
            一级指标,二级指标,三级指标,指标性质,指标方向,指标值,计量单位,分值,备注
            产出指标,数量指标,培训人次,正向,≥,abc,人次,10,
            """;

    @TempDir
    Path dir;

    @Test
    void a_batch_reads_printed_layouts_as_a_single_check_does() throws IOException {
        // given two CSV files in a form's printed layout
        Path first = Files.writeString(dir.resolve("a.csv"), BAD_ROW);
        Path second = Files.writeString(dir.resolve("b.csv"), BAD_ROW);

        // when each is checked alone, and both in one run
        Run alone = Run.of("check", first.toString(), "--template", "national/project");
        Run batch = Run.of("check", first.toString(), second.toString(), "--template", "national/project", "-q");

        // then the batch says of each what the single check says of it
        assertThat(alone.out()).contains("a.csv:2:指标值:");
        assertThat(batch.code()).as(batch.err()).isEqualTo(alone.code());
        assertThat(batch.out()).contains(alone.out().strip());
        assertThat(batch.out()).contains(alone.out().strip().replace("a.csv", "b.csv"));
    }

    @Test
    void a_printed_layout_without_template_is_unusable_in_a_batch_too() throws IOException {
        Path first = Files.writeString(dir.resolve("a.csv"), BAD_ROW);
        Path second = Files.writeString(dir.resolve("b.csv"), BAD_ROW);

        Run batch = Run.of("check", first.toString(), second.toString(), "-q");

        assertThat(batch.code()).isEqualTo(ExitCode.USAGE);
        assertThat(batch.err()).contains("a.csv:1:1", "b.csv:1:1", "--template");
    }

    @Test
    void each_template_is_resolved_once_and_files_naming_it_share_its_checker() throws IOException {
        Path first = seed("ezhou-2024.yaml", "first.yaml");
        Path second = seed("ezhou-2024.yaml", "second.yaml");
        Pipeline pipeline = new Pipeline(Catalogue.builtIn(), null);

        Pipeline.Loaded a = pipeline.load(first);
        Pipeline.Loaded b = pipeline.load(second);

        assertThat(a.usable()).as("%s", a.problems()).isTrue();
        assertThat(b.checker()).isSameAs(a.checker());
        assertThat(b.check()).hasSameSizeAs(a.check());
    }

    @Test
    void a_declaration_naming_no_catalogue_template_is_unusable_at_its_template_value() throws IOException {
        Path file = seed("ezhou-2024.yaml", "wrong.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("template: hubei/public-security@2024.1", "template: hubei/public-security@1999.1"));

        Pipeline.Loaded loaded = new Pipeline(Catalogue.builtIn(), null).load(file);

        assertThat(loaded.usable()).isFalse();
        assertThat(loaded.check()).isEmpty();
        assertThat(loaded.problems()).extracting(Diagnostic::code).containsExactly("template-not-in-catalogue");
        assertThat(loaded.problems()
                        .get(loaded.problems().size() - 1)
                        .position()
                        .line())
                .as("the template: line of the file")
                .isGreaterThan(1);
    }

    @Test
    void score_and_upgrade_refuse_such_a_declaration_as_check_does() throws IOException {
        Path file = seed("ezhou-2024.yaml", "wrong.yaml");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("template: hubei/public-security@2024.1", "template: hubei/public-security@1999.1"));

        Run check = Run.of("check", file.toString());
        Run score = Run.of("score", file.toString());
        Run upgrade = Run.of("upgrade", file.toString(), "--to", "hubei/public-security", "-o", "-");

        assertThat(check.code()).isEqualTo(ExitCode.USAGE);
        assertThat(score.code()).isEqualTo(ExitCode.USAGE);
        assertThat(upgrade.code()).isEqualTo(ExitCode.USAGE);
        assertThat(check.err()).contains("wrong.yaml:6:11: error[template-not-in-catalogue]");
        assertThat(score.err()).isEqualTo(check.err().substring(0, check.err().indexOf('\n') + 1));
        assertThat(upgrade.err()).isEqualTo(score.err());
    }

    private Path seed(String name, String as) throws IOException {
        Path target = dir.resolve(as);
        try (InputStream in = PipelineTest.class.getResourceAsStream("/seeds/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
