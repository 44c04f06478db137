package org.zhibiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;

/**
 * Writes the benchmark corpus's {@code national/project} declarations (issue 14), so that a bulk
 * check also measures the template-declared columns ({@code Row.cells}, their places): copies of
 * the four project layouts of DOMAIN.md §4 (乌海, 井研县, 岳阳楼区, 黄山, the golden files in
 * {@code layouts/}), one in seven with its own 三级 names so that most rows recur and some do not,
 * as in a province's real forms. Each copy is written once
 * as YAML and once as JSON by the project's own writers, the same document in both.
 * Usage: {@code ProjectCorpus YAMLDIR JSONDIR COUNT}.
 */
public final class ProjectCorpus {

    private static final String[] LAYOUTS = {"wuhai-2021", "jingyan-2023", "yueyanglou-2023", "huangshan-2025"};

    private ProjectCorpus() {}

    public static void main(String[] args) throws IOException {
        Path yaml = Files.createDirectories(Path.of(args[0]));
        Path json = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        List<String> layouts = new ArrayList<>();
        for (String name : LAYOUTS) {
            try (InputStream in = ProjectCorpus.class.getResourceAsStream("/layouts/" + name + ".yaml")) {
                layouts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (int i = 1; i <= count; i++) {
            String text = layouts.get(i % layouts.size());
            // every seventh copy has its own 三级 names (rows the checker's memo has not met)
            if (i % 7 == 0) {
                text = text.replace("level3: ", "level3: 第" + i + "项");
            }
            String file = String.format("q%05d", i);
            var read = Documents.readDeclaration(file + ".yaml", text.getBytes(StandardCharsets.UTF_8));
            if (read.value() == null) {
                throw new IllegalStateException(file + ": " + read.diagnostics());
            }
            Declaration d = read.value();
            Files.writeString(yaml.resolve(file + ".yaml"), Documents.toYaml(d), StandardCharsets.UTF_8);
            Files.writeString(json.resolve(file + ".json"), Documents.toJson(d), StandardCharsets.UTF_8);
        }
    }
}
