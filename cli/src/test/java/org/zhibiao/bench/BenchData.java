package org.zhibiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.compile.Compiler;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/** The inputs of the benchmarks: the two seed departments' profiles and declarations, and the seed 指标值. */
final class BenchData {

    static final Catalogue CATALOGUE = Catalogue.builtIn();

    private BenchData() {}

    static Template template(String id) {
        return CATALOGUE.resolve(id).value();
    }

    /** A profile shipped in the catalogue jar ({@code ezhou-2024.yaml}, {@code suzhou-2024.yaml}). */
    static Profile profile(String name) {
        return Documents.readProfile(name, resource("zhibiao/examples/" + name)).value();
    }

    static Declaration compile(Template template, Profile profile) {
        return Compiler.compile(template, profile, null, CATALOGUE.index(template))
                .value();
    }

    static int rows(Declaration declaration) {
        return declaration.tables().stream().mapToInt(t -> t.rows().size()).sum();
    }

    /**
     * The declaration grown to {@code total} rows: filled core-output rows (履职效能, as a department
     * adds them for its slot) appended to its last table, each with its history and target.
     */
    static Declaration withRows(Declaration d, int total) {
        List<Table> tables = new ArrayList<>(d.tables());
        Table last = tables.remove(tables.size() - 1);
        List<Row> rows = new ArrayList<>(last.rows());
        for (int i = 1; rows(d) - last.rows().size() + rows.size() < total; i++) {
            rows.add(new Row(
                    "履职效能",
                    "核心业务产出" + (100 + i),
                    null,
                    "业务产出指标" + i,
                    "≥" + (80 + i % 10) + "%",
                    "≥" + (85 + i % 10) + "%",
                    "≥" + (90 + i % 10) + "%",
                    null,
                    null,
                    "计划标准",
                    "绩效基本型",
                    null,
                    Origin.PERSON,
                    "core-output",
                    null));
        }
        tables.add(new Table(last.name(), rows, last.pos()));
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

    /** Every 指标值 in the seed tables (test resources {@code /seeds/}, copied from the dsl module). */
    static List<String> seedValues() {
        Set<String> values = new LinkedHashSet<>();
        for (String file : List.of("ezhou_indicators.tsv", "suzhou_indicators.tsv")) {
            List<String> lines = new String(resource("seeds/" + file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            List<String> header = List.of(lines.get(0).split("\t", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split("\t", -1);
                for (String column : List.of("prev2", "prev1", "target", "half_year", "full_year")) {
                    int i = header.indexOf(column);
                    if (i >= 0 && i < fields.length && !fields[i].isEmpty()) {
                        values.add(fields[i]);
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    static byte[] resource(String name) {
        try (InputStream in = BenchData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
