package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * A checker prepared once per template and shared by a batch's threads (#7) must find exactly what
 * a one-off check finds, for every declaration, whatever ran before it and on whichever thread.
 */
class PreparedCheckerTest {

    private static final Catalogue CATALOGUE = Catalogue.builtIn();

    private static Declaration seed(String name) throws IOException {
        Path file = Path.of("src/test/resources/seeds", name);
        return Documents.read(file.toString(), Files.readAllBytes(file), Declaration.class)
                .value();
    }

    private static Template template(Declaration declaration) {
        return CATALOGUE.resolve(declaration.template()).value();
    }

    private static List<String> rendered(List<Diagnostic> findings) {
        return findings.stream()
                .map(d -> d.render(Lang.ZH) + " | " + d.path() + " | " + d.hint())
                .toList();
    }

    /** The seed with every 指标值 made weaker in a way several rules notice. */
    private static Declaration spoiled(Declaration declaration) {
        List<Table> tables = new ArrayList<>();
        for (Table table : declaration.tables()) {
            List<Row> rows = table.rows().stream()
                    .map(r -> r.target() == null
                            ? r
                            : new Row(
                                    r.level1(),
                                    r.level2(),
                                    r.keyWork(),
                                    r.level3() + "率",
                                    r.prev2(),
                                    r.prev1(),
                                    "≤1",
                                    r.halfYear(),
                                    r.fullYear(),
                                    r.basis(),
                                    r.category(),
                                    r.ref(),
                                    r.origin(),
                                    r.slot(),
                                    r.pos()))
                    .toList();
            tables.add(new Table(table.name(), rows, table.pos()));
        }
        Declaration d = declaration;
        return new Declaration(
                d.template(),
                d.department(),
                d.code(),
                d.year(),
                d.unit(),
                d.contact(),
                d.functions(),
                d.tasks(),
                d.organisation(),
                d.funds(),
                d.projects(),
                d.goals(),
                tables,
                d.pos());
    }

    @Test
    void one_prepared_checker_on_four_threads_finds_what_a_fresh_check_finds() throws Exception {
        // given
        Declaration ezhou = seed("ezhou-2024.yaml");
        Template template = template(ezhou);
        List<Declaration> declarations = List.of(ezhou, spoiled(ezhou));
        List<List<String>> expected = declarations.stream()
                .map(d -> rendered(Checker.check(template, d)))
                .toList();
        Checker prepared = Checker.of(template, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Declaration declaration = declarations.get(i % 2);
                runs.add(pool.submit(() -> rendered(prepared.check(declaration))));
            }
            // then
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).as("run %d", i).isEqualTo(expected.get(i % 2));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.get(1)).hasSizeGreaterThan(expected.get(0).size());
    }

    @Test
    void a_prepared_checker_keeps_the_templates_unknown_rule_warning_for_every_declaration() throws IOException {
        // given
        Declaration suzhou = seed("suzhou-2024.yaml");
        Template template = template(suzhou);
        Template t = template;
        Template misconfigured = new Template(
                t.id(),
                t.version(),
                t.title(),
                t.scope(),
                t.parent(),
                t.libraries(),
                t.form(),
                t.indicators(),
                t.add(),
                t.overrides(),
                t.remove(),
                t.fill(),
                List.of(new RuleSetting("no-such-rule", true, null, null, Position.NONE)),
                t.pos());
        // when
        Checker prepared = Checker.of(misconfigured, List.of());
        // then
        for (int i = 0; i < 3; i++) {
            assertThat(prepared.check(suzhou))
                    .filteredOn(d -> d.code().equals("unknown-rule"))
                    .hasSize(1);
        }
        assertThat(rendered(prepared.check(suzhou))).isEqualTo(rendered(Checker.check(misconfigured, suzhou)));
    }
}
