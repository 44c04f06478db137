package org.zhibiao.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.cli.office.WorkbookReader;
import org.zhibiao.model.Template;
import org.zhibiao.sheet.CsvText;

/**
 * What we write opens in a real office suite (issue 15): the xlsx and docx of every built-in
 * template convert to PDF in LibreOffice headless, and CSV cells such as {@code =100%} or
 * {@code 0101} open as the text typed. LibreOffice comes from the distribution's packages (see
 * {@code .ci/run}); where {@code soffice} is absent the test is skipped, saying so.
 */
class OfficeFilesOpenInLibreOfficeTest {

    private static final long TIME_LIMIT_SECONDS = 300;

    private static String soffice;

    @TempDir
    Path dir;

    @BeforeAll
    static void libreOfficeIsInstalled() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                soffice = candidate.toString();
            }
        }
        assumeTrue(
                soffice != null,
                "skipped: no soffice on the PATH (apt-get install libreoffice-calc-nogui"
                        + " libreoffice-writer-nogui, as .ci/run does)");
    }

    /** Converts the files in one LibreOffice run with a fresh profile, within the time limit. */
    private void convert(String to, List<Path> files, Path outdir, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                soffice,
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                to,
                "--outdir",
                outdir.toString()));
        command.addAll(List.of(options));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        boolean done = process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("soffice finished within %s s", TIME_LIMIT_SECONDS).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dir.resolve("soffice.log")))
                .isZero();
    }

    @Test
    void the_xlsx_and_docx_of_every_built_in_template_convert_to_pdf() throws Exception {
        // given
        List<Path> files = new ArrayList<>();
        for (Template template : Catalogue.builtIn().templates()) {
            String name = template.id().replace('/', '-');
            for (String format : List.of("xlsx", "docx")) {
                Path file = dir.resolve(name + "-" + format + "." + format);
                Run run = Run.of(
                        "new",
                        template.id() + "@" + template.version(),
                        "--department",
                        "测试单位",
                        "--year",
                        "2024",
                        "-o",
                        file.toString());
                assertThat(run.code())
                        .as(template.id() + " " + format + ": " + run.err())
                        .isZero();
                files.add(file);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        // when
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        convert("pdf", files, pdf);
        // then
        for (Path file : files) {
            String base = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            Path out = pdf.resolve(base + ".pdf");
            assertThat(out).as(file.getFileName() + " opened and printed").exists();
            assertThat(Files.size(out)).as(out.getFileName().toString()).isGreaterThan(1000);
            assertThat(new String(Files.readAllBytes(out), 0, 5, UTF_8)).isEqualTo("%PDF-");
        }
    }

    @Test
    void csv_cells_open_in_libreoffice_as_the_text_typed() throws Exception {
        // given: cells a spreadsheet would otherwise take for a formula, number, percent or date
        List<String> tricky = List.of(
                "=100%",
                "-5%",
                "+1",
                "@x",
                "0101",
                "2021-12-31",
                "TRUE",
                "=1+1",
                "≥95%",
                "1,000",
                "12.50",
                "a \"quoted\" word",
                "两行\n文本",
                "-" + "长".repeat(300));
        List<List<String>> rows = List.of(List.of("单元格"), tricky);
        Path csv = Files.writeString(dir.resolve("cells.csv"), CsvText.write(rows), UTF_8);
        // when: LibreOffice opens the CSV as a person would (comma, double quote, UTF-8, which its
        // import dialog offers for a file with a BOM; headless it takes the locale's charset
        // otherwise) and saves it as a workbook
        Path out = Files.createDirectories(dir.resolve("xlsx"));
        convert("xlsx", List.of(csv), out, "--infilter=CSV:44,34,76");
        // then: every cell shows exactly what was typed
        var book = WorkbookReader.read(out.resolve("cells.xlsx"), "cells.xlsx");
        assertThat(book.diagnostics()).isEmpty();
        assertThat(book.value().sheets().get(0).texts().get(1)).isEqualTo(tricky);
    }
}
