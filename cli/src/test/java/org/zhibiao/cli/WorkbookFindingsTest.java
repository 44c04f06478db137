package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.cli.render.SarifWriter;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A finding in a workbook names its sheet and cell in text, JSON and SARIF (issue 15). */
class WorkbookFindingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Diagnostic AT_CELL =
            Problem.TARGET_EMPTY.at(Position.cell("decl.xlsx", "年度", 14, 7)).withPath("产出 › 数量指标 › 案件办结数");

    private static String print(FindingsFormat format) {
        StringWriter out = new StringWriter();
        format.print(new PrintWriter(out), List.of(AT_CELL), Lang.ZH);
        return out.toString();
    }

    @Test
    void text_names_file_sheet_and_cell() {
        assertThat(print(FindingsFormat.TEXT)).startsWith("decl.xlsx:年度!G14: error[target-empty]: 指标值为空");
    }

    @Test
    void json_carries_the_cell_beside_line_and_column() {
        JsonNode finding = JSON.readTree(print(FindingsFormat.JSON)).get(0);
        assertThat(finding.get("cell").asString()).isEqualTo("年度!G14");
        assertThat(finding.get("line").asInt()).isEqualTo(14);
        assertThat(finding.get("column").asInt()).isEqualTo(7);
        assertThat(finding.get("file").asString()).isEqualTo("decl.xlsx");
    }

    @Test
    void json_has_no_cell_for_a_text_file() {
        StringWriter out = new StringWriter();
        FindingsFormat.JSON.print(
                new PrintWriter(out), List.of(Problem.TARGET_EMPTY.at(Position.of("decl.yaml", 3, 5))), Lang.ZH);
        assertThat(JSON.readTree(out.toString()).get(0).has("cell")).isFalse();
    }

    @Test
    void sarif_has_the_row_and_column_as_region_and_the_cell_in_the_message() {
        JsonNode result = JSON.readTree(SarifWriter.render(List.of(AT_CELL), Lang.ZH, "0.1.0"))
                .get("runs")
                .get(0)
                .get("results")
                .get(0);
        JsonNode location = result.get("locations").get(0);
        assertThat(location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("decl.xlsx");
        assertThat(location.get("physicalLocation")
                        .get("region")
                        .get("startLine")
                        .asInt())
                .isEqualTo(14);
        assertThat(location.get("physicalLocation")
                        .get("region")
                        .get("startColumn")
                        .asInt())
                .isEqualTo(7);
        assertThat(result.get("message").get("text").asString()).startsWith("年度!G14: 指标值为空");
        // the logical location stays the row's path, which does not move when rows are added above
        assertThat(location.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asString())
                .isEqualTo("产出 › 数量指标 › 案件办结数");
    }
}
