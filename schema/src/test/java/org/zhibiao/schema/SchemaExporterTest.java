package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Addition;
import org.zhibiao.model.Change;
import org.zhibiao.model.Column;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Fill;
import org.zhibiao.model.Form;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.Goals;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Library;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Profile;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.DocumentType;

class SchemaExporterTest {
    @Test
    void ids_are_absolute_and_name_the_kind_or_the_template_pin() {
        assertThat(SchemaExporter.id(DocumentType.DECLARATION))
                .isEqualTo("https://zhibiao.org/schema/2024/declaration.json");
        assertThat(SchemaExporter.id(HubeiFixture.template()))
                .isEqualTo("https://zhibiao.org/schema/2024/templates/hubei/public-security-2024.1.json");
        assertThat(SchemaExporter.id(HubeiFixture.template(), Stage.MONITORING))
                .isEqualTo("https://zhibiao.org/schema/2024/templates/hubei/public-security-2024.1-monitoring.json");
        assertThat(SchemaExporter.id(HubeiFixture.template(), null))
                .isEqualTo(SchemaExporter.id(HubeiFixture.template()));
    }

    @Test
    void issue17_each_draft_of_a_schema_has_its_own_id_so_one_validator_can_load_both() {
        // given every schema the exporter writes, in both drafts
        SchemaExporter exporter = new SchemaExporter();
        List<String> ids = new ArrayList<>();
        for (Draft draft : Draft.values()) {
            for (DocumentType kind : DocumentType.values()) {
                ids.add(Json.MAPPER
                        .readTree(exporter.generic(kind, draft))
                        .get("$id")
                        .asString());
            }
            ids.add(Json.MAPPER
                    .readTree(exporter.forTemplate(HubeiFixture.template(), draft))
                    .get("$id")
                    .asString());
            for (Stage stage : Stage.values()) {
                ids.add(Json.MAPPER
                        .readTree(exporter.forTemplate(HubeiFixture.template(), stage, draft))
                        .get("$id")
                        .asString());
            }
        }
        // then no $id is used twice, and the default draft keeps the plain one
        assertThat(ids)
                .doesNotHaveDuplicates()
                .hasSize(2 * (DocumentType.values().length + 1 + Stage.values().length))
                .contains(
                        SchemaExporter.id(DocumentType.DECLARATION),
                        "https://zhibiao.org/schema/2024/draft-07/declaration.json");
    }

    @Test
    void draft_2020_12_is_the_default_and_command_line_words_name_drafts() {
        assertThat(Draft.defaultDraft()).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(Draft.fromLabel("7")).isEqualTo(Draft.DRAFT_7);
        assertThat(Draft.fromLabel("draft-07")).isEqualTo(Draft.DRAFT_7);
        assertThat(Draft.fromLabel("2020-12")).isEqualTo(Draft.DRAFT_2020_12);
        assertThat(Draft.fromLabel("4")).isNull();
    }

    @Test
    void every_component_of_every_document_record_has_a_zh_en_text() {
        for (DocumentType kind : DocumentType.values()) {
            String schema = new SchemaExporter().generic(kind, Draft.DRAFT_2020_12);
            // every $defs record is ours; check its components through the model classes
            for (Class<?> type : reachable()) {
                assertThat(Texts.has(type.getSimpleName()))
                        .as(type.getSimpleName())
                        .isTrue();
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!component.getName().equals("pos")) {
                        assertThat(Texts.has(type.getSimpleName() + "." + component.getName()))
                                .as(type.getSimpleName() + "." + component.getName())
                                .isTrue();
                    }
                }
            }
            assertThat(schema).doesNotContain("\"pos\"");
        }
    }

    @Test
    void an_unresolved_template_is_refused_with_the_reference_named() {
        Template unresolved = new Template(
                "t",
                "1",
                null,
                null,
                null,
                null,
                HubeiFixture.template().form(),
                List.of(new Level1(
                        "运行成本",
                        true,
                        null,
                        List.of(new Level2(
                                "公用经费控制",
                                List.of(new LibraryRef("公用经费控制率", null, null, null, null, null, null, null)),
                                null)),
                        null)),
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> new SchemaExporter().forTemplate(unresolved, Draft.DRAFT_7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("公用经费控制率");
    }

    private static List<Class<?>> reachable() {
        return List.of(
                Declaration.class,
                Table.class,
                Row.class,
                Contact.class,
                Function.class,
                ProfileIndicator.class,
                Funds.class,
                FundBlock.class,
                FundLine.class,
                Project.class,
                Goals.class,
                Profile.class,
                Library.class,
                IndicatorDef.class,
                Template.class,
                Form.class,
                TableDef.class,
                FundsForm.class,
                Level1.class,
                Level2.class,
                LibraryRef.class,
                Inline.class,
                Slot.class,
                Addition.class,
                Change.class,
                Fill.class,
                RuleSetting.class,
                Column.class);
    }
}
