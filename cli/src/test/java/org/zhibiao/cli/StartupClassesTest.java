package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast start (issue 7): {@code zhibiao new} on a built-in template loads nothing slow — no Groovy,
 * no schema generator or validator, no POI — which only {@code -Xlog:class+load} in a JVM of its
 * own can show.
 */
class StartupClassesTest {

    @TempDir
    Path dir;

    @Test
    void new_on_a_built_in_template_loads_no_groovy_schema_or_office_classes() throws Exception {
        // given
        Path log = dir.resolve("classes.txt");
        // when
        Process zhibiao = Subprocess.start(
                dir,
                List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log),
                "new",
                "hubei/public-security",
                "-o",
                dir.resolve("decl.yaml").toString());
        // then
        assertThat(zhibiao.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(zhibiao.exitValue())
                .as(Files.readString(dir.resolve("stderr.txt")))
                .isZero();
        List<String> loaded = Files.readAllLines(log).stream()
                .filter(l -> l.contains("[class,load]"))
                .map(l -> l.replaceFirst(".*\\[class,load] (\\S+).*", "$1"))
                .toList();
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(500).contains("org.zhibiao.compile.Compiler");
        assertThat(loaded)
                .filteredOn(c -> c.startsWith("groovy.")
                        || c.startsWith("org.codehaus.groovy.")
                        || c.startsWith("org.apache.groovy.")
                        || c.startsWith("com.github.victools.")
                        || c.startsWith("com.networknt.")
                        || c.startsWith("org.apache.poi."))
                .isEmpty();
    }
}
