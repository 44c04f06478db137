package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Template;

class SchemaExporterTest {
    @Test
    void ids_are_absolute_and_name_the_kind_or_the_template_pin() {
        assertThat(SchemaExporter.id(DocumentKind.DECLARATION)).isEqualTo("https://zhibiao.org/schema/2024/declaration.json");
        assertThat(SchemaExporter.id(HubeiFixture.template()))
                .isEqualTo("https://zhibiao.org/schema/2024/templates/hubei/public-security-2024.1.json");
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
        for (DocumentKind kind : DocumentKind.values()) {
            String schema = new SchemaExporter().generic(kind, Draft.DRAFT_2020_12);
            // every $defs record is ours; check its components through the model classes
            for (Class<?> type : reachable()) {
                assertThat(Texts.has(type.getSimpleName())).as(type.getSimpleName()).isTrue();
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!component.getName().equals("pos")) {
                        assertThat(Texts.has(type.getSimpleName() + "." + component.getName()))
                                .as(type.getSimpleName() + "." + component.getName()).isTrue();
                    }
                }
            }
            assertThat(schema).doesNotContain("\"pos\"");
        }
    }

    @Test
    void an_unresolved_template_is_refused_with_the_reference_named() {
        Template unresolved = new Template("t", "1", null, null, null, null, HubeiFixture.template().form(),
                List.of(new Level1("运行成本", true, null, List.of(new Level2("公用经费控制",
                        List.of(new LibraryRef("公用经费控制率", null, null, null, null, null, null, null)), null)), null)),
                null, null, null, null, null, null);
        assertThatThrownBy(() -> new SchemaExporter().forTemplate(unresolved, Draft.DRAFT_7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("公用经费控制率");
    }

    private static List<Class<?>> reachable() {
        return List.of(org.zhibiao.model.Declaration.class, org.zhibiao.model.Table.class, org.zhibiao.model.Row.class,
                org.zhibiao.model.Contact.class, org.zhibiao.model.Function.class,
                org.zhibiao.model.ProfileIndicator.class, org.zhibiao.model.Funds.class,
                org.zhibiao.model.FundBlock.class, org.zhibiao.model.FundLine.class, org.zhibiao.model.Project.class,
                org.zhibiao.model.Goals.class, org.zhibiao.model.Profile.class, org.zhibiao.model.Library.class,
                org.zhibiao.model.IndicatorDef.class, Template.class, org.zhibiao.model.Form.class,
                org.zhibiao.model.TableDef.class, org.zhibiao.model.FundsForm.class, Level1.class, Level2.class,
                LibraryRef.class, org.zhibiao.model.Inline.class, org.zhibiao.model.Slot.class,
                org.zhibiao.model.Addition.class, org.zhibiao.model.Change.class, org.zhibiao.model.Fill.class,
                org.zhibiao.model.RuleSetting.class, org.zhibiao.model.Column.class);
    }
}
