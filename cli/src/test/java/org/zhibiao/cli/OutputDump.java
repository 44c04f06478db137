package org.zhibiao.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a list of {@code zhibiao} commands in one JVM and writes what each printed, for
 * {@link StableOutputTest} to compare across JVMs: one JVM per run of every command would take a
 * minute, and what varies between JVMs (the hash salt of {@code Map.of}/{@code Set.of}) is fixed
 * within one.
 */
final class OutputDump {

    private OutputDump() {}

    /** Each command's arguments, its exit code and both streams, in the order given. */
    static String dump(List<List<String>> commands) {
        StringBuilder s = new StringBuilder();
        for (List<String> args : commands) {
            Run run = Run.of(args.toArray(String[]::new));
            s.append("$ zhibiao ")
                    .append(String.join(" ", args))
                    .append("\nexit ")
                    .append(run.code())
                    .append("\n--- stdout\n")
                    .append(run.out())
                    .append("\n--- stderr\n")
                    .append(run.err())
                    .append('\n');
        }
        return s.toString();
    }

    /** {@code OutputDump COMMANDS OUT}: COMMANDS holds one command a line, arguments tab-separated. */
    public static void main(String[] args) throws IOException {
        List<List<String>> commands = Files.readAllLines(Path.of(args[0]), UTF_8).stream()
                .map(line -> List.of(line.split("\t")))
                .toList();
        Files.writeString(Path.of(args[1]), dump(commands), UTF_8);
    }
}
