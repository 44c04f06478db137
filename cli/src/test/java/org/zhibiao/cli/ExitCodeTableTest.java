package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One exit-code policy for every command (README, "Commands and exit codes"): 0 done; 1 the input
 * was read and has errors (findings, a profile that does not compile, templates that differ); 2 the
 * input cannot be used (missing, unreadable, not YAML, wrong kind, does not read as its kind, an
 * unknown template or version) or the command line is wrong. Each row is one command with one bad input.
 */
class ExitCodeTableTest {

    @TempDir
    static Path dir;

    static Path text(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static String p(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    static void inputs() throws IOException {
        text("not-yaml.yaml", "kind: [profile\n");
        text(
                "bad-target.yaml",
                "kind: profile\nindicators:\n  - slot: core-output\n    name: 出警率\n    target: \"≥\"\n");
        text(
                "unknown-slot.yaml",
                "kind: profile\nindicators:\n  - slot: core-outputs\n    name: 出警率\n    target: =100%\n");
        text("unknown-key.yaml", "kind: profile\ncolour: red\n");
        text("exists.yaml", "x\n");
        text("library.yaml", "kind: profile\n");
        text("decl-unknown-version.yaml", "kind: declaration\ntemplate: hubei/public-security@1999.1\n");
        Run skeleton = Run.of(
                "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", p("skeleton.yaml"));
        assertThat(skeleton.code()).as(skeleton.err()).isZero();
        Files.createDirectories(dir.resolve("site"));
        text("site/keep.txt", "x");
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(2, "unknown command", "chek"),
                row(2, "unknown option", "check", "--formatt", "json"),
                row(2, "no declaration", "check"),
                row(2, "unknown rule", "check", "--explain", "no-such-rule"),
                row(2, "missing file", "check", p("missing.yaml")),
                row(2, "not YAML", "check", p("not-yaml.yaml")),
                row(2, "wrong kind", "check", p("library.yaml")),
                row(2, "declaration names an unknown template version", "check", p("decl-unknown-version.yaml")),
                row(2, "unknown --template", "check", p("skeleton.yaml"), "--template", "hubei/nothing"),
                row(1, "findings", "check", p("skeleton.yaml")),
                row(2, "unknown template", "new", "hubei/nothing"),
                row(2, "unknown template version", "new", "hubei/public-security@1999.1"),
                row(2, "missing profile", "new", "hubei/public-security", "--profile", p("missing.yaml")),
                row(2, "profile not YAML", "new", "hubei/public-security", "--profile", p("not-yaml.yaml")),
                row(
                        2,
                        "profile with an unknown key",
                        "new",
                        "hubei/public-security",
                        "--profile",
                        p("unknown-key.yaml")),
                row(2, "profile with a bad target", "new", "hubei/public-security", "--profile", p("bad-target.yaml")),
                row(
                        1,
                        "profile that does not compile",
                        "new",
                        "hubei/public-security",
                        "--profile",
                        p("unknown-slot.yaml")),
                row(2, "output exists", "new", "hubei/public-security", "-o", p("exists.yaml")),
                row(2, "bad --format", "new", "hubei/public-security", "--format", "xml"),
                row(2, "unknown template", "catalogue", "show", "hubei/nothing"),
                row(2, "unknown template version", "catalogue", "show", "hubei/public-security@1999.1"),
                row(2, "unknown template", "catalogue", "diff", "hubei/public-security", "hubei/nothing"),
                row(
                        2,
                        "unknown template version",
                        "catalogue",
                        "diff",
                        "hubei/public-security",
                        "hubei/public-security@1999.1"),
                row(1, "templates differ", "catalogue", "diff", "hubei/department-overall", "hubei/public-security"),
                row(2, "output folder not empty", "catalogue", "docs", "-o", p("site")),
                row(2, "a folder to stdout", "catalogue", "docs", "-o", "-"),
                row(2, "missing file", "convert", p("missing.yaml"), "--to", "json"),
                row(2, "a declaration to groovy", "convert", p("skeleton.yaml"), "--to", "groovy"),
                row(2, "bad --to", "convert", p("skeleton.yaml"), "--to", "xml"),
                row(2, "missing file", "upgrade", p("missing.yaml"), "--to", "hubei/public-security"),
                row(2, "not YAML", "upgrade", p("not-yaml.yaml"), "--to", "hubei/public-security"),
                row(
                        2,
                        "unknown template version",
                        "upgrade",
                        p("skeleton.yaml"),
                        "--to",
                        "hubei/public-security@1999.1"),
                row(
                        2,
                        "declaration names an unknown template version",
                        "upgrade",
                        p("decl-unknown-version.yaml"),
                        "--to",
                        "hubei/public-security"),
                row(
                        2,
                        "output exists",
                        "upgrade",
                        p("skeleton.yaml"),
                        "--to",
                        "hubei/public-security",
                        "-o",
                        p("exists.yaml")),
                row(
                        2,
                        "output format unknown",
                        "upgrade",
                        p("skeleton.yaml"),
                        "--to",
                        "hubei/public-security",
                        "-o",
                        p("up.txt")),
                row(2, "no --to", "upgrade", p("skeleton.yaml")),
                row(
                        0,
                        "same version",
                        "upgrade",
                        p("skeleton.yaml"),
                        "--to",
                        "hubei/public-security@2024.1",
                        "-o",
                        p("upgraded.yaml")),
                row(2, "unknown kind", "schema", "declarations"),
                row(2, "unknown template", "schema", "--template", "hubei/nothing"),
                row(2, "unknown template version", "schema", "--template", "hubei/public-security@1999.1"),
                row(2, "bad --draft", "schema", "declaration", "--draft", "4"),
                row(2, "bad --lang", "check", p("skeleton.yaml"), "--lang", "fr"));
    }

    private static Arguments row(int code, String what, String... args) {
        return Arguments.of(String.join(" ", args).replace(dir.toString(), "…") + " (" + what + ")", args, code);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("table")
    void every_command_exits_by_the_same_policy(String name, String[] args, int expected) {
        // when
        Run run = Run.of(args);
        // then
        assertThat(run.code()).as(run.err()).isEqualTo(expected);
        assertThat(run.err()).doesNotContain("\tat ");
    }
}
