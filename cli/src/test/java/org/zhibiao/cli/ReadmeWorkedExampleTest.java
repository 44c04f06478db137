package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/**
 * Issue 17: the README's worked example matches what the tool prints today. Every console block of
 * the first screen and of "A worked example" is run in-process, command by command, in a folder
 * holding the example profile, and what it prints is compared with the README's lines: all of
 * them, or where the README elides with {@code …}, the lines shown in their order and the last line.
 */
class ReadmeWorkedExampleTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** A file name as the README's commands write it ({@code decl.yaml}), resolved in the folder. */
    private static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(yaml|yml|json|csv|xlsx|docx)");

    /** {@code # line 7:       - target: >=98％}: the README shows the one line of decl.yaml that matters. */
    private static final Pattern LINE_COMMENT = Pattern.compile("\\s+# line (\\d+):(.*)$");

    /** The lines a declaration has above the line a {@code # line N:} comment shows. */
    private static final List<String> DECLARATION_HEAD = List.of(
            "kind: declaration",
            "template: hubei/public-security",
            "year: 2024",
            "department: 甲",
            "tables:",
            "  - rows:");

    @TempDir
    Path dir;

    @Test
    void issue17_every_command_of_the_worked_example_prints_what_the_readme_shows() throws IOException {
        // given
        Files.copy(
                ROOT.resolve("catalogue/src/main/resources/zhibiao/examples/ezhou-2024.yaml"),
                dir.resolve("ezhou-2024.yaml"));
        List<Block> blocks = blocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);

        // when, then
        int commands = 0;
        for (Block block : blocks) {
            for (Step step : block.steps()) {
                commands++;
                List<String> printed = run(step.command());
                if (step.expected().contains("…")) {
                    assertThat(printed).as(step.command()).containsSubsequence(without(step.expected(), "…"));
                    assertThat(printed.get(printed.size() - 1))
                            .as(step.command())
                            .isEqualTo(step.expected().get(step.expected().size() - 1));
                } else {
                    assertThat(printed).as(step.command()).containsExactlyElementsOf(step.expected());
                }
            }
        }
        assertThat(commands).isGreaterThanOrEqualTo(7);
    }

    @Test
    void issue17_the_readme_lists_the_exit_codes_that_help_prints() throws IOException {
        // given: the README's table "| exit code | meaning |" and the footer of every command's --help
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        // the rows of that table only: other tables may start their rows with a number too
        String table = readme.substring(readme.indexOf("| exit code | meaning |"));
        table = table.substring(0, table.indexOf("\n\n"));
        List<String> listed = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| ").matcher(table);
        while (row.find()) {
            listed.add(row.group(1));
        }
        List<String> printed = new ArrayList<>();
        Matcher code =
                Pattern.compile("(?m)^  (\\d+) +\\S").matcher(String.format(Text.HELP_EXIT_CODES.template(Lang.EN)));
        while (code.find()) {
            printed.add(code.group(1));
        }

        // then
        assertThat(printed).containsExactly("0", "1", "2", "70", "130", "143");
        assertThat(listed).isEqualTo(printed);
    }

    /** What a command prints to the console: stdout, then stderr; only stdout through a pipe. */
    private List<String> run(String line) throws IOException {
        String command = line;
        Matcher comment = LINE_COMMENT.matcher(command);
        if (comment.find()) {
            List<String> text = new ArrayList<>(DECLARATION_HEAD);
            text.add(comment.group(2).substring(comment.group(2).indexOf(' ') + 1));
            assertThat(text).as(line).hasSize(Integer.parseInt(comment.group(1)));
            Files.writeString(dir.resolve("decl.yaml"), String.join("\n", text) + "\n", StandardCharsets.UTF_8);
            command = command.substring(0, comment.start());
        }
        String[] pipe = command.split("\\s*\\|\\s*", -1);
        List<String> printed = pipe[0].startsWith("grep ") ? grep(pipe[0]) : zhibiao(pipe[0], pipe.length == 1);
        if (pipe.length == 2) {
            assertThat(pipe[1]).as(line).matches("head -\\d+");
            printed = printed.subList(0, Math.min(printed.size(), Integer.parseInt(pipe[1].substring(6))));
        }
        return printed;
    }

    private List<String> zhibiao(String command, boolean withErr) {
        assertThat(command).startsWith("./zhibiao ");
        List<String> args = new ArrayList<>();
        for (String word : command.substring("./zhibiao ".length()).trim().split("\\s+", -1)) {
            args.add(FILE.matcher(word).matches() ? dir.resolve(word).toString() : word);
        }
        Run run = Run.of(args.toArray(new String[0]));
        String folder = dir.toString() + dir.getFileSystem().getSeparator();
        // a terminal shows no byte-order mark; the CSV writer starts with one for Excel
        String console =
                (run.out() + (withErr ? run.err() : "")).replace(folder, "").replace("\uFEFF", "");
        return console.lines().toList();
    }

    /** {@code grep -A<n> 'pattern' file}: each match and the n lines after it, groups apart separated by --. */
    private List<String> grep(String command) throws IOException {
        Matcher grep = Pattern.compile("grep -A(\\d+) '([^']+)' (\\S+)").matcher(command);
        assertThat(grep.matches()).as(command).isTrue();
        List<String> lines = Files.readAllLines(dir.resolve(grep.group(3)), StandardCharsets.UTF_8);
        int after = Integer.parseInt(grep.group(1));
        List<String> printed = new ArrayList<>();
        int shownUpTo = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(grep.group(2))) {
                if (shownUpTo >= 0 && i > shownUpTo + 1) {
                    printed.add("--");
                }
                for (int j = Math.max(i, shownUpTo + 1); j <= Math.min(lines.size() - 1, i + after); j++) {
                    printed.add(lines.get(j));
                }
                shownUpTo = Math.min(lines.size() - 1, i + after);
            }
        }
        return printed;
    }

    private static List<String> without(List<String> lines, String line) {
        return lines.stream().filter(l -> !l.equals(line)).toList();
    }

    /** A console block: commands ({@code $ …}) each followed by the lines it prints. */
    record Block(List<Step> steps) {}

    record Step(String command, List<String> expected) {}

    /** The console blocks before "## Two commands" and in "## A worked example", up to the next section. */
    static List<Block> blocks(String readme) {
        List<Block> blocks = new ArrayList<>();
        boolean inExample = true;
        List<Step> steps = null;
        for (String line : readme.split("\\R", -1)) {
            if (line.startsWith("## ")) {
                inExample = line.equals("## A worked example");
            } else if (inExample && line.equals("```console")) {
                steps = new ArrayList<>();
            } else if (steps != null && line.equals("```")) {
                blocks.add(new Block(List.copyOf(steps)));
                steps = null;
            } else if (steps != null && line.startsWith("$ ")) {
                steps.add(new Step(line.substring(2), new ArrayList<>()));
            } else if (steps != null && !steps.isEmpty()) {
                steps.get(steps.size() - 1).expected().add(line);
            }
        }
        return blocks;
    }
}
