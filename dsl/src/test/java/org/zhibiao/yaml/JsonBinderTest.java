package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;

class JsonBinderTest {

    private static final String FILE = "d.json";

    /** The reference path's declaration, or null when it reported anything at all. */
    private static Object reference(String file, byte[] bytes) {
        Diagnostics out = new Diagnostics();
        Object document = Documents.readByTree(file, bytes, DocumentType.DECLARATION, out);
        return out.list().isEmpty() ? document : null;
    }

    private static Object fast(String json) {
        return JsonBinder.read(FILE, json.getBytes(UTF_8), DocumentType.DECLARATION);
    }

    /** Asserts the fast path took the document and built the reference's model, positions included. */
    private static Declaration bindsAsTheTree(String json) {
        Diagnostics out = new Diagnostics();
        Object expected = Documents.readByTree(FILE, json.getBytes(UTF_8), DocumentType.DECLARATION, out);
        assertThat(out.list()).as("the reference reads it cleanly").isEmpty();
        Object actual = fast(json);
        assertThat(actual).as("the fast path takes it").isNotNull();
        SameModel.assertSame(expected, actual);
        return (Declaration) actual;
    }

    @Test
    void every_declaration_in_the_repository_binds_as_the_tree_binds_it_positions_included() {
        // given every declaration fixture, as JSON
        List<DeclarationFixtures.Json> fixtures = DeclarationFixtures.all();
        int clean = 0;
        int reported = 0;
        for (DeclarationFixtures.Json fixture : fixtures) {
            // when
            Object expected = reference(fixture.name(), fixture.bytes());
            Object actual = JsonBinder.read(fixture.name(), fixture.bytes(), DocumentType.DECLARATION);

            // then
            if (expected == null) {
                reported++;
                assertThat(actual)
                        .as(fixture.name() + ": the reference reports, so the fast path gives up")
                        .isNull();
            } else {
                clean++;
                assertThat(actual)
                        .as(fixture.name() + ": clean JSON takes the fast path")
                        .isNotNull();
                String difference = SameModel.firstDifference(expected, actual);
                assertThat(difference).as(fixture.name()).isNull();
            }
        }
        assertThat(clean).as("clean declarations among " + fixtures.size()).isGreaterThanOrEqualTo(5);
        assertThat(reported).as("broken declarations among " + fixtures.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void documents_read_takes_the_fast_path_and_keeps_its_answer() {
        // given
        String json = "{\"kind\":\"declaration\",\"template\":\"t@1\"}";

        // when
        var result = Documents.read(FILE, json.getBytes(UTF_8), Declaration.class);

        // then
        assertThat(result.diagnostics()).isEmpty();
        SameModel.assertSame(fast(json), result.value());
    }

    @Test
    void a_row_written_as_text_is_its_short_form_at_the_texts_position() {
        // given
        String json =
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tables\":[{\"name\":\"年度\",\"rows\":[\"产出指标\", 7]}]}";

        // when
        Declaration d = bindsAsTheTree(json);

        // then
        List<Row> rows = d.tables().get(0).rows();
        assertThat(rows).extracting(Row::level1).containsExactly("产出指标", "7");
        assertThat(rows.get(0).pos().column()).isEqualTo(json.indexOf("\"产出指标\"") + 1);
    }

    @Test
    void numbers_keep_their_spelling_in_text_and_their_scale_in_amounts() {
        // given
        String json = """
                {
                  "kind" : "declaration",
                  "template" : "t@1",
                  "year" : "2024.0",
                  "code" : 10.15e1,
                  "projects" : [ { "name" : 12.50, "total" : 12.50, "currentYear" : " 3 ", "halfYear" : 1E+3 } ]
                }
                """;

        // when
        Declaration d = bindsAsTheTree(json);

        // then
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.code()).isEqualTo("10.15e1");
        assertThat(d.projects().get(0).name()).isEqualTo("12.50");
        assertThat(d.projects().get(0).total()).isEqualTo(new BigDecimal("12.50"));
        assertThat(d.projects().get(0).currentYear()).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void nulls_bind_null_and_null_items_are_dropped() {
        // given
        String json =
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"unit\":null,\"goals\":{\"annual\":[null,\"甲\",null]},"
                        + "\"tables\":[null,{\"name\":\"x\",\"rows\":[{\"level1\":\"一\",\"origin\":\"PERSON\"}]}]}";

        // when
        Declaration d = bindsAsTheTree(json);

        // then
        assertThat(d.unit()).isNull();
        assertThat(d.goals().annual()).containsExactly("甲");
        assertThat(d.tables().get(0).rows().get(0).origin()).isEqualTo(Origin.PERSON);
    }

    @Test
    void lines_and_columns_follow_every_line_end_and_count_bytes() {
        // given
        String json = "{\"kind\":\"declaration\",\r\n\"template\":\"模板@1\",\r\"contact\":\n\t{\"preparer\":\"张三\"},"
                + "\"tables\":[{\"name\":\"年度\",\"rows\":[\r\n  {\"level1\":\"产出\"}, {\"level1\":\"效益\"}]}]}";

        // when, then
        bindsAsTheTree(json);
    }

    @Test
    void anything_the_reference_would_report_gives_up() {
        for (String json : List.of(
                "[]",
                "{\"template\":\"t@1\"}",
                "{\"kind\":\"library\",\"template\":\"t@1\"}",
                "{\"kind\":7,\"template\":\"t@1\"}",
                "{\"kind\":\"declaration\",\"kind\":\"declaration\",\"template\":\"t@1\"}",
                "{\"kind\":\"declaration\"}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"pos\":\"x\"}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tmplate\":\"x\"}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"template\":\"t@2\"}",
                "{\"kind\":\"declaration\",\"template\":{}}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"year\":2024.5}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"year\":\"二〇二四\"}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"contact\":\"张三\"}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tables\":{}}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tables\":[{\"rows\":[]}]}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tables\":[{\"name\":\"x\",\"rows\":[{\"level1\":\"一\",\"origin\":\"robot\"}]}]}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"tables\":[{\"name\":\"x\",\"kind\":\"declaration\"}]}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"functions\":[{\"name\":\"f\",\"indicators\":[{\"target\":\"≥\"}]}]}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"functions\":[{\"name\":\"f\",\"indicators\":[{\"target\":\" \"}]}]}",
                "{\"kind\":\"declaration\",\"template\":\"t@1\"} x")) {
            byte[] bytes = json.getBytes(UTF_8);
            Diagnostics out = new Diagnostics();
            Documents.readByTree(FILE, bytes, DocumentType.DECLARATION, out);
            assertThat(out.list()).as(json).isNotEmpty();
            assertThat(fast(json)).as(json).isNull();
        }
    }

    @Test
    void a_valid_target_is_bound_as_the_reference_parses_it() {
        // given
        String json = "{\"kind\":\"declaration\",\"template\":\"t@1\",\"functions\":[{\"name\":\"f\",\"indicators\":"
                + "[{\"name\":\"出警率\",\"target\":\"≥95%\",\"halfYear\":\"≥90%\"}]}]}";

        // when
        Declaration d = bindsAsTheTree(json);

        // then
        assertThat(d.functions().get(0).indicators().get(0).target()).isNotNull();
    }
}
