package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md, "No Groovy on the hot path": {@code zhibiao new} on a built-in template loads no
 * Groovy class even when Groovy is on the class path, and works with Groovy removed from it.
 * Each run is a fresh JVM whose class loading is logged; a Groovy template is the control that
 * shows the log would catch Groovy if it were loaded.
 */
class GroovyOffTheHotPathTest {

    @TempDir
    Path dir;

    private record Jvm(int code, List<String> loaded) {}

    private Jvm run(String classPath, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off",
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                classPath,
                "org.zhibiao.cli.Zhibiao"));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Jvm(process.exitValue(), Files.readAllLines(log));
    }

    private static long groovyClasses(Jvm jvm) {
        return jvm.loaded().stream()
                .filter(l -> l.contains(" groovy.")
                        || l.contains(" org.codehaus.groovy.")
                        || l.contains(" org.apache.groovy."))
                .count();
    }

    @Test
    void new_on_a_built_in_template_loads_no_groovy_class() throws Exception {
        Jvm jvm = run(
                System.getProperty("java.class.path"),
                "new",
                "hubei/public-security",
                "-o",
                dir.resolve("a.yaml").toString());
        assertThat(jvm.code()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        assertThat(groovyClasses(jvm)).isZero();
    }

    @Test
    void new_works_with_groovy_removed_from_the_class_path() throws Exception {
        String withoutGroovy = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("groovy"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(withoutGroovy).isNotEqualTo(System.getProperty("java.class.path"));
        Jvm jvm = run(
                withoutGroovy,
                "new",
                "hubei/public-security",
                "-o",
                dir.resolve("b.yaml").toString());
        assertThat(jvm.code()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        Path same = dir.resolve("in-process/b.yaml");
        Run inProcess = Run.of("new", "hubei/public-security", "-o", same.toString());
        assertThat(inProcess.code()).as(inProcess.err()).isZero();
        assertThat(Files.readString(dir.resolve("b.yaml"))).isEqualTo(Files.readString(same));
    }

    @Test
    void a_groovy_template_does_load_groovy_so_the_log_would_show_it() throws Exception {
        Path template = Files.writeString(
                dir.resolve("t.groovy"),
                "template('test/g') { version '1'; extendsTemplate 'hubei/public-security' }\n");
        Jvm jvm = run(
                System.getProperty("java.class.path"),
                "new",
                template.toString(),
                "-o",
                dir.resolve("c.yaml").toString());
        assertThat(jvm.code()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        assertThat(groovyClasses(jvm)).isPositive();
    }
}
