package org.zhibiao.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar ({@code cli/target/zhibiao.jar}) carries the licence and notice texts of the
 * libraries it bundles (issue 13). Run by failsafe after {@code package} has shaded the jar; run
 * any earlier (from an IDE, or surefire's {@code -Dtest=…}) it skips, saying why.
 */
class FatJarIT {

    private static final Path JAR = Path.of("target", "zhibiao.jar");

    @BeforeAll
    static void theJarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is not built yet: run mvn verify");
    }

    private static String text(String entry) throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            ZipEntry e = jar.getEntry(entry);
            assertThat(e).as(entry + " in " + JAR).isNotNull();
            try (var in = jar.getInputStream(e)) {
                return new String(in.readAllBytes(), UTF_8);
            }
        }
    }

    @Test
    void the_apache_licence_and_every_bundled_licence_text_are_in_the_jar() throws IOException {
        // the Apache text, with the third-party terms groovy adds to it
        assertThat(text("META-INF/LICENSE"))
                .contains("Apache License", "Version 2.0")
                .contains("ANTLR 4 License");
        // slf4j's MIT licence
        assertThat(text("META-INF/LICENSE.txt")).contains("QOS.ch", "Permission is hereby granted");
        assertThat(text("META-INF/licenses/asm-license.txt")).isNotBlank();
        assertThat(text("META-INF/FastDoubleParser-LICENSE")).isNotBlank();
    }

    @Test
    void one_notice_holds_every_bundled_librarys_notice() throws IOException {
        // without ApacheNoticeResourceTransformer the jar kept groovy's NOTICE alone
        String notice = text("META-INF/NOTICE");
        assertThat(notice)
                .startsWith("\nzhibiao\n")
                .contains("Apache Groovy", "Jackson JSON processor", "Java ClassMate library", "Schubfach")
                .doesNotContain("Copyright 2006-");
    }
}
