package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.yaml.NodeText.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Diagnostics;

/** The YAML fast path (#14): snakeyaml's tree, positions included, for plain block YAML, and null for everything else. */
class BlockYamlReaderTest {

    private static final String FILE = "t.yaml";

    /** The reference reader's tree, or null where it reports a problem. */
    private static Node reference(String yaml) {
        Diagnostics out = new Diagnostics();
        try {
            Node node = new TreeReader(FILE, out).readYamlWithSnakeyaml(yaml.getBytes(UTF_8), "test");
            return out.hasErrors() ? null : node;
        } catch (TreeReader.Abort e) {
            return null;
        }
    }

    /** Documents the fast path reads: its tree must be the reference's, position for position. */
    static Stream<Arguments> plain() {
        return Stream.of(
                Arguments.of("the shape zhibiao writes", """
                        # 编辑器补全：一行注释
                        kind: declaration
                        template: national/project@2020.1
                        year: 2025
                        code: "420001"
                        tables:
                          - name: 年度
                            rows:
                              - level1: 产出指标
                                level3: 设备完好率
                                target: ≥95%
                                points: "10"
                              - level1: 效益指标
                                target: =健全
                        """),
                Arguments.of("numbers, decimals and text that starts with a digit", """
                        a: 0
                        b: 49824.92
                        c: 2024年1月15日
                        d: 12个
                        """),
                Arguments.of("quoted scalars, escapes, trailing spaces, comments and blank lines", """
                        a: "x: #y"   \s
                        # a comment

                        b: 'it''s'
                        c: "say \\"hi\\" \\\\ there"
                        d: plain text with a#hash   \s
                          # an indented comment
                        e: -
                        """.replace(
                                "e: -\n", "e: x-\n")),
                Arguments.of("an indentless sequence and nested lists", """
                        goals:
                          longTerm:
                          - 维护国家安全
                          - 维护社会稳定
                          annual:
                            - 保障
                        functions:
                          - name: 职能一
                            rows:
                              - a: 1
                        last: end
                        """),
                Arguments.of(
                        "literal blocks",
                        "tasks: |\n  第一段：# 不是注释\n\n    缩进的行\n  第二段\n\n\nnext: |-\n  a\n \n  b\nlast: x\n"),
                Arguments.of("a literal block at the end", "a:\n  b: |\n    x\n    y\n"),
                Arguments.of("a top-level list", "- a\n- b: c\n  d: e\n"),
                Arguments.of("no final line feed", "a: b\nc: d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plain")
    void reads_plain_block_yaml_as_the_reference_does(String why, String yaml) {
        // when
        Node fast = BlockYamlReader.read(FILE, yaml);

        // then
        assertThat(fast).as(why).isNotNull();
        assertThat(render(fast)).as(why).isEqualTo(render(reference(yaml)));
    }

    /** Documents outside the sliver read fast, whether the reference reads them or reports them. */
    static Stream<Arguments> elsewhere() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("only a comment", "# nothing\n"),
                Arguments.of("a lone scalar", "text\n"),
                Arguments.of("a document marker", "---\na: b\n"),
                Arguments.of("a second document", "a: b\n---\nc: d\n"),
                Arguments.of("a directive", "%YAML 1.2\n---\na: b\n"),
                Arguments.of("a flow mapping", "a: {b: c}\n"),
                Arguments.of("a flow list", "a: [b, c]\n"),
                Arguments.of("a folded block", "a: >\n  x\n"),
                Arguments.of("a literal block that keeps its line feeds", "a: |+\n  x\n\n"),
                Arguments.of("a literal block with an indentation indicator", "a: |2\n   x\n"),
                Arguments.of("a literal block that starts with a blank line", "a: |\n\n  x\n"),
                Arguments.of("an empty literal block", "a: |\nb: c\n"),
                Arguments.of("a literal block with text after it", "a: | x\n  y\n"),
                Arguments.of("a literal block in a list", "- |\n  x\n"),
                Arguments.of("spaces past the indent on an empty line of a literal block", "a: |\n  x\n   \n  y\n"),
                Arguments.of("a literal block ending without a line feed", "a: |\n  x"),
                Arguments.of("an anchor", "a: &x b\nc: *x\n"),
                Arguments.of("a tag", "a: !!str 1\n"),
                Arguments.of("an empty value", "a:\nb: c\n"),
                Arguments.of("an empty value at the end", "a: b\nc:\n"),
                Arguments.of("a null", "a: null\n"),
                Arguments.of("a tilde", "a: ~\n"),
                Arguments.of("a boolean", "a: true\n"),
                Arguments.of("a YAML 1.1 boolean", "a: yes\n"),
                Arguments.of("a capitalised null", "a: NULL\n"),
                Arguments.of("a negative number", "a: -5\n"),
                Arguments.of("a signed number", "a: +5\n"),
                Arguments.of("a leading zero", "a: 0711\n"),
                Arguments.of("an exponent", "a: 1e5\n"),
                Arguments.of("a hex number", "a: 0x1F\n"),
                Arguments.of("a percentage without an operator", "a: 100%\n"),
                Arguments.of("a leading dot", "a: .5\n"),
                Arguments.of("infinity", "a: .inf\n"),
                Arguments.of("a plain scalar on two lines", "a: b\n  c\n"),
                Arguments.of("a quoted scalar on two lines", "a: \"b\n  c\"\n"),
                Arguments.of("an escape", "a: \"\\u0041\"\n"),
                Arguments.of("a line feed escape", "a: \"x\\ny\"\n"),
                Arguments.of("text after a quoted scalar", "a: \"b\" c\n"),
                Arguments.of("a trailing comment", "a: b # c\n"),
                Arguments.of("a colon in a plain value", "a: b: c\n"),
                Arguments.of("a colon ending a plain value", "a: b:\n"),
                Arguments.of("a duplicate key", "a: 1\nb: 2\na: 3\n"),
                Arguments.of("a duplicate key deep inside", "x:\n  - k: 1\n    k: 2\n"),
                Arguments.of("a quoted key", "\"a\": b\n"),
                Arguments.of("a space before the colon", "a : b\n"),
                Arguments.of("a key indented too far", "a: b\n  c: d\n"),
                Arguments.of("a key indented too little", "a:\n    b: c\n  d: e\n"),
                Arguments.of("a tab in the indent", "a:\n\tb: c\n"),
                Arguments.of("a tab in a value", "a: b\tc\n"),
                Arguments.of("a carriage return", "a: b\r\nc: d\r\n"),
                Arguments.of("a nested list on one line", "- - a\n"),
                Arguments.of("a list after a key on its line", "a: - b\n"),
                Arguments.of("a dash alone", "a:\n  -\n    b\n"),
                Arguments.of("two spaces after a dash", "a:\n  -  b\n"),
                Arguments.of("an astral character", "a: \uD840\uDC00x\n"),
                Arguments.of("a byte-order mark inside", "a: \uFEFFb\n"),
                Arguments.of("a question mark key", "? a\n: b\n"),
                Arguments.of("too deep", nested(TreeReader.MAX_DEPTH + 2)));
    }

    private static String nested(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            yaml.append("  ".repeat(i)).append("k:\n");
        }
        return yaml.append("  ".repeat(depth)).append("v: 1\n").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elsewhere")
    void leaves_everything_else_to_the_reference(String why, String yaml) {
        assertThat(BlockYamlReader.read(FILE, yaml)).as(why).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elsewhere")
    void everything_else_reads_and_reports_as_before(String why, String yaml) {
        // when read the ordinary way and the reference way
        Diagnostics read = new Diagnostics();
        Node ordinary = readOrdinary(yaml, read);
        Diagnostics reference = new Diagnostics();
        Node expected;
        try {
            expected = new TreeReader(FILE, reference).readYamlWithSnakeyaml(yaml.getBytes(UTF_8), "test");
        } catch (TreeReader.Abort e) {
            expected = null;
        }

        // then the same tree, the same problems at the same places
        assertThat(render(ordinary)).as(why).isEqualTo(render(expected));
        assertThat(read.list().toString()).as(why).isEqualTo(reference.list().toString());
    }

    private static Node readOrdinary(String yaml, Diagnostics out) {
        try {
            return new TreeReader(FILE, out).read(yaml.getBytes(UTF_8), "test");
        } catch (TreeReader.Abort e) {
            return null;
        }
    }

    @Test
    void reads_every_yaml_file_of_the_repository_and_every_declaration_written_back_as_the_reference_does() {
        // given every YAML document in the sources, and each readable declaration as zhibiao writes it
        List<String[]> documents = new ArrayList<>();
        for (Path file : yamlFiles()) {
            String text = read(file);
            documents.add(new String[] {file.toString(), text});
            Object model = Documents.read(file.getFileName().toString(), text.getBytes(UTF_8))
                    .value();
            if (model != null) {
                documents.add(new String[] {file + " written back", Documents.toYaml(model)});
            }
        }
        int fast = 0;

        // when each is read both ways
        for (String[] document : documents) {
            Node read = BlockYamlReader.read(FILE, document[1]);
            if (read != null) {
                fast++;
                // then wherever the fast path reads, it reads what the reference reads
                assertThat(render(read)).as(document[0]).isEqualTo(render(reference(document[1])));
            }
        }

        // and every document zhibiao writes is read fast
        long written =
                documents.stream().filter(d -> d[0].endsWith(" written back")).count();
        assertThat(written).isGreaterThan(10);
        for (String[] document : documents) {
            if (document[0].endsWith(" written back") && document[1].startsWith("# ")) {
                assertThat(BlockYamlReader.read(FILE, document[1]))
                        .as(document[0])
                        .isNotNull();
            }
        }
        assertThat(fast).isGreaterThan((int) written);
    }

    private static List<Path> yamlFiles() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().matches(".*/src/[^/]+/resources/.*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
