package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.yaml.DocumentType;

/** Documents people write are accepted: generic schemas and the Hubei template-specific schema. */
class PositiveFixturesTest {
    private final SchemaExporter exporter = new SchemaExporter();

    @ParameterizedTest
    @EnumSource(Draft.class)
    void hubei_declaration_validates_against_the_generic_declaration_schema(Draft draft) {
        String schema = exporter.generic(DocumentType.DECLARATION, draft);
        assertThat(Validation.validate(schema, draft, HubeiFixture.declaration()))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void hubei_declaration_validates_against_its_template_specific_schema(Draft draft) {
        String schema = exporter.forTemplate(HubeiFixture.template(), draft);
        assertThat(Validation.validate(schema, draft, HubeiFixture.declaration()))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void skeleton_with_a_slot_left_to_fill_validates_against_the_template_specific_schema(Draft draft) {
        // given: the 经济效益 row as `zhibiao new` leaves it when the profile has none
        String skeleton = Mutation.of(HubeiFixture.declaration())
                .set("/tables/0/rows/7", "{level1: 社会效应, level2: 经济效益, origin: todo, slot: economic-effect}")
                .yaml();
        // then
        assertThat(Validation.validate(exporter.forTemplate(HubeiFixture.template(), draft), draft, skeleton))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void hubei_department_overall_template_validates_against_the_generic_template_schema(Draft draft) {
        String template = Mutation.resource("/fixtures/hubei-department-overall.yaml");
        assertThat(Validation.validate(exporter.generic(DocumentType.TEMPLATE, draft), draft, template))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void hubei_public_security_template_validates_against_the_generic_template_schema(Draft draft) {
        String template = Mutation.resource("/fixtures/hubei-public-security.yaml");
        assertThat(Validation.validate(exporter.generic(DocumentType.TEMPLATE, draft), draft, template))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void library_validates_against_the_generic_library_schema(Draft draft) {
        String library = """
                kind: library
                id: common
                version: "2024.1"
                title: 共性指标库
                indicators:
                  - id: budget-execution-rate
                    name: 预算执行率
                    aliases: [预算执行进度]
                    formula: 实际支出 / 预算数 × 100%
                    unit: "%"
                    kind: 定量
                    direction: 正向
                    target: "=100%"
                    basis: 计划标准
                    weight: 5
                """;
        assertThat(Validation.validate(exporter.generic(DocumentType.LIBRARY, draft), draft, library))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Draft.class)
    void profile_validates_against_the_generic_profile_schema(Draft draft) {
        String profile = """
                kind: profile
                department: 鄂州市公安局
                code: "0101"
                year: 2024
                functions:
                  - 维护社会治安秩序
                  - name: 打击违法犯罪
                    keyWork: 严打整治
                    indicators:
                      - {name: 命案破案率, target: "≥90%"}
                indicators:
                  - {slot: core-output, name: 出警率, target: "=100%"}
                  - {slot: core-output, ref: 群体性事件成功处置率}
                projects:
                  - {name: 办案业务经费, category: 常年性项目, total: 300}
                """;
        assertThat(Validation.validate(exporter.generic(DocumentType.PROFILE, draft), draft, profile))
                .isEmpty();
    }
}
