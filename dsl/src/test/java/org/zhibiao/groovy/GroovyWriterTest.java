package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

class GroovyWriterTest {

    private final GroovyWriter writer = new GroovyWriter();
    private final GroovyReader reader = new GroovyReader();

    static Stream<Template> templates() {
        return Stream.of(
                Fixtures.hubeiParent(),
                Fixtures.everything(),
                new Template("bare", null, null, null, null, null, null, null, null, null, null, null, null, null),
                LargeTemplate.generate(40));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("templates")
    void template_written_as_groovy_reads_back_equal(Template template) {
        // when
        String source = writer.write(template);
        Result<Template> back = reader.readTemplate("written.groovy", source);

        // then
        assertThat(back.diagnostics()).as(source).isEmpty();
        assertThat(back.value()).as(source).isEqualTo(template);
    }

    @Test
    void library_written_as_groovy_reads_back_equal() {
        String source = writer.write(Fixtures.library());

        Result<Library> back = reader.readLibrary("written.groovy", source);

        assertThat(back.diagnostics()).as(source).isEmpty();
        assertThat(back.value()).isEqualTo(Fixtures.library());
    }

    @Test
    void output_is_deterministic_and_reads_like_the_hand_written_dsl() {
        String once = writer.write(Fixtures.hubeiParent());

        assertThat(writer.write(reader.readTemplate("x.groovy", once).value())).isEqualTo(once);
        assertThat(once).isEqualTo("""
                template('hubei/department-overall') {
                    version '2024.1'
                    title '湖北省部门整体绩效目标申报表'
                    scope 'department-overall'
                    libraries 'common'
                    form {
                        table('长期') {
                            columns '指标值'
                        }
                        table('年度') {
                            columns '前年', '上年', '指标值'
                        }
                        bases '计划标准', '行业标准', '历史标准', '其他标准'
                        basis '计划标准'
                        categories '绩效基本型'
                    }
                    level1('运行成本', required: true) {
                        level2('公用经费控制') {
                            ref '公用经费控制率'
                        }
                    }
                    level1('履职效能') {
                        level2('核心业务产出{n}') {
                            slot('core-output', label: '本部门核心业务产出', min: 1)
                        }
                    }
                }
                """);
    }
}
