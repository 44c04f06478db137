package org.zhibiao.resolve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Library;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;
import org.zhibiao.target.Quantity;
import org.zhibiao.yaml.Documents;

class ResolverTest {

    private static final String LIBRARY = """
            kind: library
            id: lib
            indicators:
              - id: budget-execution-rate
                name: 预算执行率
                aliases: [预算完成率]
                unit: "%"
                kind: 定量
                direction: 等于
                target: =100%
                basis: 计划标准
              - id: public-satisfaction
                name: 群众满意度
                unit: "%"
                kind: 定量
                direction: 正向
                target: ≥95%
            """;

    private static final String PARENT = """
            kind: template
            id: base
            version: "1"
            libraries: [lib]
            form:
              tables:
                - name: 年度
                  columns: [指标值]
              basis: 历史标准
              category: 绩效基本型
            indicators:
              - name: 管理效率
                children:
                  - name: 预算执行
                    entries:
                      - ref: 预算完成率
                      - name: 结转结余率
                        target: =0%
              - name: 满意度
                children:
                  - name: 服务对象满意度
                    entries:
                      - ref: public-satisfaction
                      - slot: own
                        min: 1
            """;

    /** An in-memory source: the core needs nothing but documents (STYLE.md 1). */
    private static final class Source implements TemplateSource {
        final List<Template> templates = new ArrayList<>();
        final List<Library> libraries = new ArrayList<>();

        Source(String... documents) {
            for (String d : documents) {
                Object read = Documents.read("mem.yaml", d.getBytes(UTF_8)).value();
                if (read instanceof Template t) {
                    templates.add(t);
                } else {
                    libraries.add((Library) read);
                }
            }
        }

        @Override
        public Optional<Template> template(String id, String version) {
            return templates.stream()
                    .filter(t -> t.id().equals(id) && (version == null || version.equals(t.version())))
                    .reduce((a, b) -> b);
        }

        @Override
        public List<String> versions(String id) {
            return templates.stream()
                    .filter(t -> t.id().equals(id))
                    .map(Template::version)
                    .toList();
        }

        @Override
        public Optional<Library> library(String id) {
            return libraries.stream().filter(l -> l.id().equals(id)).findFirst();
        }
    }

    private static Template child(String yaml) {
        return Documents.readTemplate("child.yaml", yaml.getBytes(UTF_8)).value();
    }

    private static List<Entry> entries(Template t, int l1, int l2) {
        return t.indicators().get(l1).children().get(l2).entries();
    }

    @Test
    void library_references_become_complete_rows_with_the_form_defaults() {
        Source source = new Source(LIBRARY, PARENT);
        Result<Template> result = Resolver.resolve(source.template("base", null).orElseThrow(), source);
        assertThat(result.diagnostics()).isEmpty();
        Inline row = (Inline) entries(result.value(), 0, 0).get(0);
        assertThat(row.name()).isEqualTo("预算执行率");
        assertThat(row.ref()).isEqualTo("budget-execution-rate");
        assertThat(row.target().print()).isEqualTo("=100%");
        assertThat(row.basis()).as("library basis wins over the form default").isEqualTo("计划标准");
        assertThat(row.category()).isEqualTo("绩效基本型");
        Inline own = (Inline) entries(result.value(), 0, 0).get(1);
        assertThat(own.basis()).as("form default").isEqualTo("历史标准");
        assertThat(own.target()).isInstanceOf(Quantity.class);
    }

    @Test
    void a_child_adds_overrides_removes_and_fills_by_path() {
        Source source = new Source(LIBRARY, PARENT);
        Template written = child("""
                kind: template
                id: child
                version: "1"
                extends: base@1
                remove: [管理效率/预算执行/结转结余率]
                add:
                  - to: 管理效率/预算执行
                    entries:
                      - name: 政府采购执行率
                        target: =100%
                override:
                  - path: 满意度/服务对象满意度/群众满意度
                    target: ≥98%
                fill:
                  - slot: own
                    entries:
                      - name: 社会治安满意度
                        target: ≥95%
                """);
        Result<Template> result = Resolver.resolve(written, source);
        assertThat(result.diagnostics()).isEmpty();
        Template t = result.value();
        assertThat(entries(t, 0, 0)).extracting(e -> ((Inline) e).name()).containsExactly("预算执行率", "政府采购执行率");
        assertThat(((Inline) entries(t, 1, 0).get(0)).target().print()).isEqualTo("≥98%");
        Slot slot = (Slot) entries(t, 1, 0).get(1);
        assertThat(slot.defaults()).extracting(e -> ((Inline) e).name()).containsExactly("社会治安满意度");
        assertThat(t.form())
                .as("inherited")
                .isEqualTo(source.template("base", "1").orElseThrow().form());
        assertThat(t.add()).isEmpty();
        assertThat(t.overrides()).isEmpty();
    }

    @Test
    void an_edit_naming_a_missing_path_is_reported_at_its_line_with_the_nearest_name() {
        Source source = new Source(LIBRARY, PARENT);
        Template written = child("""
                kind: template
                id: child
                extends: base
                override:
                  - path: 满意度/服务对象满意度/群众满意
                    target: ≥98%
                """);
        Result<Template> result = Resolver.resolve(written, source);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("unknown-path");
        assertThat(d.position().line()).isEqualTo(5);
        assertThat(d.hint()).isEqualTo(Hint.didYouMean("群众满意度"));
        assertThat(result.value()).isNull();
    }

    @Test
    void an_unknown_library_reference_suggests_the_nearest_name() {
        Source source = new Source(LIBRARY, PARENT.replace("ref: 预算完成率", "ref: 预算执行律"));
        Result<Template> result = Resolver.resolve(source.template("base", null).orElseThrow(), source);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-indicator");
        assertThat(result.diagnostics().get(0).hint()).isEqualTo(Hint.didYouMean("预算执行率"));
    }

    @Test
    void a_pinned_version_that_does_not_exist_lists_the_versions() {
        Source source = new Source(LIBRARY, PARENT);
        Result<Template> result = Resolver.resolve(child("kind: template\nid: c\nextends: base@7\n"), source);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-version");
        assertThat(result.diagnostics().get(0).en()).contains("available: 1");
    }

    @Test
    void templates_that_extend_each_other_are_a_cycle_not_a_stack_overflow() {
        Source source = new Source(
                LIBRARY,
                "kind: template\nid: a\nversion: \"1\"\nextends: b\n",
                "kind: template\nid: b\nversion: \"1\"\nextends: a\n");
        Result<Template> result = Resolver.resolve(source.template("a", null).orElseThrow(), source);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("extends-cycle");
        assertThat(result.diagnostics().get(0).en()).contains("a → b → a");
    }

    @Test
    void adding_a_row_that_exists_is_refused() {
        Source source = new Source(LIBRARY, PARENT);
        Result<Template> result = Resolver.resolve(child("""
                kind: template
                id: c
                extends: base
                add:
                  - to: 管理效率/预算执行
                    entries:
                      - name: 结转结余率
                """), source);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-path");
    }
}
