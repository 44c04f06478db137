package org.zhibiao.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.model.Template;

/**
 * Reproducible output (issue 13): {@code catalogue show} of every built-in template and
 * {@code convert} of every built-in template and library (and of a fixture rule with sixteen
 * parameters) print the same bytes in every JVM. {@code Map.copyOf} and {@code Set.of} iterate in
 * an order salted once per JVM, so only separate JVMs can show it: two of them and this one are
 * compared (the fixture's sixteen keys make a chance agreement of salted orders negligible).
 */
class StableOutputTest {

    private static final Path FIXTURE = Path.of("src/test/resources/stable/many-params.yaml");

    @TempDir
    Path dir;

    /** The built-in catalogue's sources, found in the repository (the jar holds only the bundle). */
    private static Path catalogueSources() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("catalogue/src/main/resources/zhibiao");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("catalogue/src/main/resources/zhibiao not found");
    }

    private static List<List<String>> commands() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("catalogue", "list"));
        for (Template t : Catalogue.builtIn().templates()) {
            commands.add(List.of("catalogue", "show", t.id() + "@" + t.version()));
        }
        Path sources = catalogueSources();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("templates", "libraries")) {
            try (Stream<Path> walk = Files.walk(sources.resolve(folder))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        files.sort(null);
        files.add(FIXTURE.toAbsolutePath());
        for (Path file : files) {
            // a Groovy source costs seconds to read; once is enough, the writers are exercised by the others
            boolean groovy = file.toString().endsWith(".groovy");
            for (String to : groovy ? List.of("yaml") : List.of("yaml", "json", "groovy")) {
                commands.add(List.of("convert", file.toString(), "--to", to));
            }
        }
        return commands;
    }

    private String dumpInNewJvm(Path commandFile, int n) throws Exception {
        Path work = Files.createDirectories(dir.resolve("jvm" + n));
        Path out = work.resolve("dump.txt");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                OutputDump.class.getName(),
                commandFile.toString(),
                out.toString());
        Process jvm = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("console.txt").toFile())
                .start();
        assertThat(jvm.waitFor(300, TimeUnit.SECONDS)).as("JVM %d finished", n).isTrue();
        assertThat(jvm.exitValue())
                .as(Files.readString(work.resolve("console.txt")))
                .isZero();
        return Files.readString(out, UTF_8);
    }

    @Test
    void show_and_convert_print_the_same_bytes_in_every_jvm() throws Exception {
        // given every built-in template and library, and the fixture
        List<List<String>> commands = commands();
        Path commandFile = dir.resolve("commands.tsv");
        Files.write(
                commandFile, commands.stream().map(c -> String.join("\t", c)).toList(), UTF_8);

        // when
        String here = OutputDump.dump(commands);
        List<String> others = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            others.add(dumpInNewJvm(commandFile, n));
        }

        // then every command worked, and printed what it printed here
        assertThat(here)
                .doesNotContain("\nexit 1\n", "\nexit 2\n", "\nexit 70\n")
                .contains("catalogue show hubei/public-security@2024.1")
                .contains(
                        "      total: \"100\"\n      budgetExecution: \"10\"\n      zeta: \"1\"\n      alpha: \"2\"\n");
        for (String other : others) {
            assertThat(other).isEqualTo(here);
        }
    }
}
