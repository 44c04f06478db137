package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.cli.office.WorkbookReader;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.Workbook;

/** {@code zhibiao new … -o decl.xlsx | decl.docx}, single and bulk (issue 15). */
class OfficeOutputTest {

    @TempDir
    Path dir;

    @Test
    void new_writes_the_excel_form_when_the_output_is_named_xlsx() {
        // given
        Path target = dir.resolve("decl.xlsx");
        // when
        Run run = Run.of(
                "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", target.toString());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        Workbook book = WorkbookReader.read(target, target.toString()).value();
        assertThat(book.template()).startsWith("hubei/public-security@");
        assertThat(book.sheets()).extracting(Sheet::name).containsExactly("申报表", "长期", "年度");
        Sheet annual = book.sheets().get(2);
        assertThat(annual.texts().stream().filter(r -> r.contains("鄂州市公安局"))).hasSize(1);
        // every indicator row of the seed's annual table, under the printed header
        int header = indexOfRowStartingWith(annual, "一级指标");
        assertThat(annual.texts().get(header)).contains("三级指标", "指标值", "指标值确定依据", "指标分类");
        assertThat(annual.rows().size() - header - 1).isGreaterThan(30);
    }

    private static int indexOfRowStartingWith(Sheet sheet, String text) {
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (sheet.text(i, 0).equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"national/project", "national/project-101"})
    void a_project_form_prints_the_columns_its_template_declares(String id) throws IOException {
        // given the project templates, whose tables declare 指标性质, a 指标值 in three cells, 分值 and 备注
        Path xlsx = dir.resolve("p.xlsx");
        Path docx = dir.resolve("p.docx");
        // when both forms are written
        Run excel = Run.of("new", id, "--department", "示例单位", "--year", "2024", "-o", xlsx.toString());
        Run word = Run.of("new", id, "--department", "示例单位", "--year", "2024", "-o", docx.toString());
        // then the indicator sheet's header row is the template's columns, in its order
        assertThat(excel.code()).as(excel.err()).isIn(0, 1);
        assertThat(word.code()).as(word.err()).isIn(0, 1);
        Sheet annual = WorkbookReader.read(xlsx, "p.xlsx").value().sheets().get(1);
        List<String> header = annual.texts().get(indexOfRowStartingWith(annual, "一级指标"));
        assertThat(header).containsSubsequence("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位", "分值", "备注");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            List<String> headers = doc.getTables().stream()
                    .map(t -> t.getRow(0).getTableCells().stream()
                            .map(c -> c.getText())
                            .toList())
                    .filter(h -> h.contains("三级指标"))
                    .findFirst()
                    .orElseThrow();
            assertThat(headers).containsSubsequence("三级指标", "指标性质", "指标方向", "指标值", "计量单位", "分值", "备注");
        }
    }

    @Test
    void writing_a_workbook_in_a_jvm_of_its_own_prints_nothing_on_stderr() throws Exception {
        // POI logs through log4j-api: without log4j-to-slf4j it warned of a missing logging
        // implementation on stderr, which the clerk's terminal would show on every run
        Process zhibiao = Subprocess.start(
                dir,
                List.of(),
                "new",
                "hubei/public-security",
                "-o",
                dir.resolve("decl.xlsx").toString());
        assertThat(zhibiao.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(zhibiao.exitValue()).isZero();
        assertThat(Files.readString(dir.resolve("stderr.txt"))).isEmpty();
        assertThat(WorkbookReader.read(dir.resolve("decl.xlsx"), "decl.xlsx").diagnostics())
                .isEmpty();
    }

    @Test
    void new_writes_the_word_form_with_format_docx() throws IOException {
        Path target = dir.resolve("form.out");
        Run run = Run.of("new", "jiangsu/public-security", "--format", "docx", "-o", target.toString());
        assertThat(run.code()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(target);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void an_office_format_to_standard_output_is_a_usage_error() {
        Run run = Run.of("new", "hubei/public-security", "--format", "xlsx");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("xlsx 是二进制文件，不能写到标准输出");
        assertThat(run.out()).isEmpty();
        Run en = Run.of("new", "hubei/public-security", "--format", "docx", "-o", "-", "--lang", "en");
        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err()).contains("docx is a binary file");
    }

    @Test
    void an_existing_workbook_is_not_overwritten_without_force() throws IOException {
        Path target = Files.writeString(dir.resolve("decl.xlsx"), "mine");
        Run run = Run.of("new", "hubei/public-security", "-o", target.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[output-exists]");
        assertThat(Files.readString(target)).isEqualTo("mine");
        assertThat(Run.of("new", "hubei/public-security", "-o", target.toString(), "--force")
                        .code())
                .isZero();
        assertThat(WorkbookReader.read(target, "x").value()).isNotNull();
    }

    @Test
    void bulk_new_writes_one_workbook_per_profile() throws IOException {
        // given
        Path csv = Csvs.write(dir.resolve("p.csv"), 3);
        Path out = dir.resolve("out");
        // when
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                out.toString(),
                "--format",
                "xlsx",
                "-q");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).hasSize(3).allSatisfy(f -> {
                assertThat(f.toString()).endsWith(".xlsx");
                assertThat(WorkbookReader.read(f, f.toString()).diagnostics()).isEmpty();
            });
        }
    }

    @Test
    void the_drop_downs_of_a_real_template_offer_its_vocabularies() throws IOException {
        // given
        Path target = dir.resolve("decl.xlsx");
        assertThat(Run.of("new", "hubei/public-security", "-o", target.toString())
                        .code())
                .isZero();
        // when
        try (var book = new XSSFWorkbook(Files.newInputStream(target))) {
            var annual = book.getSheet("年度");
            var template = Catalogue.builtIn().resolve("hubei/public-security").value();
            // then: 指标值确定依据 and 指标分类 offer exactly the form's lists
            assertThat(annual.getDataValidations())
                    .extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(
                            template.form().bases(), template.form().categories());
            assertThat(annual.getProtect()).isTrue();
            // the projects table has open rows to fill, though the department declared none yet
            var first = book.getSheet("申报表");
            int header = -1;
            for (var row : first) {
                if (row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals("项目名称")) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isPositive();
            for (int r = header + 1; r <= header + 5; r++) {
                assertThat(first.getRow(r).getCell(0).getCellStyle().getLocked())
                        .as("row %s", r)
                        .isFalse();
            }
        }
    }
}
