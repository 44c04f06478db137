package org.zhibiao.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Goals;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * A declaration built in Java for tests (the YAML reader is someone else's work). Every node gets
 * its own line in {@code decl.yaml}, in document order, so positions in findings can be asserted.
 */
final class DeclarationFixture {

    static final String FILE = "decl.yaml";

    int year = 2024;
    final Map<String, List<RowSpec>> tables = new LinkedHashMap<>();
    final List<String[]> income = new ArrayList<>();
    final List<String[]> expenditure = new ArrayList<>();
    String[] incomeTotal;
    String[] expenditureTotal;
    final List<String[]> projects = new ArrayList<>();
    final List<String[]> functions = new ArrayList<>();
    Integer goalsUntil;

    private int line;

    List<RowSpec> table(String name) {
        return tables.computeIfAbsent(name, k -> new ArrayList<>());
    }

    /** Applies a change to every row named {@code level3}, in every table. */
    DeclarationFixture change(String level3, Consumer<RowSpec> edit) {
        tables.values()
                .forEach(rows ->
                        rows.stream().filter(r -> level3.equals(r.level3)).forEach(edit));
        return this;
    }

    /**
     * A fund line: name, amount, share, prev1, prev2, halfYear; blank strings stand for empty cells.
     */
    static String[] line(String... cells) {
        return cells;
    }

    Declaration build() {
        line = 0;
        Position declPos = next();
        List<Function> fs = new ArrayList<>();
        for (String[] f : functions) {
            fs.add(new Function(f[0], f.length > 1 ? f[1] : null, List.of(), next()));
        }
        Funds funds = null;
        if (!income.isEmpty() || !expenditure.isEmpty()) {
            Position fundsPos = next();
            FundBlock in = block(income, incomeTotal);
            FundBlock out = block(expenditure, expenditureTotal);
            funds = new Funds(in, out, fundsPos);
        }
        List<Project> ps = new ArrayList<>();
        for (String[] p : projects) {
            ps.add(new Project(
                    p[0], p[1], number(p[2]), number(p[3]), p.length > 4 ? number(p[4]) : null, p[0], next()));
        }
        Goals goals = goalsUntil == null ? null : new Goals(goalsUntil, List.of("目标1"), List.of("目标1"), next());
        List<Table> ts = new ArrayList<>();
        tables.forEach((name, specs) -> {
            Position tablePos = next();
            List<Row> rows = new ArrayList<>();
            specs.forEach(spec -> rows.add(spec.build(next())));
            ts.add(new Table(name, rows, tablePos));
        });
        return new Declaration(
                "test/template@1", "测试局", null, year, "万元", null, fs, null, null, funds, ps, goals, ts, declPos);
    }

    private FundBlock block(List<String[]> items, String[] total) {
        Position pos = next();
        List<FundLine> lines = new ArrayList<>();
        items.forEach(cells -> lines.add(fundLine(cells)));
        return new FundBlock(lines, total == null ? null : fundLine(total), pos);
    }

    private FundLine fundLine(String[] c) {
        return new FundLine(
                c[0],
                number(cell(c, 1)),
                number(cell(c, 2)),
                number(cell(c, 3)),
                number(cell(c, 4)),
                number(cell(c, 5)),
                List.of(),
                next());
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }

    static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }

    private Position next() {
        line++;
        return Position.of(FILE, line, 1);
    }

    /** The built row named {@code level3} in table {@code table}. */
    static Row row(Declaration d, String table, String level3) {
        return table(d, table).rows().stream()
                .filter(r -> level3.equals(r.level3()))
                .findFirst()
                .orElseThrow();
    }

    static Table table(Declaration d, String table) {
        return d.tables().stream()
                .filter(t -> t.name().equals(table))
                .findFirst()
                .orElseThrow();
    }
}
