package org.zhibiao.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/**
 * Reads one of the operator's catalogue directories: every {@code .yaml}, {@code .yml},
 * {@code .json} and {@code .groovy} file anywhere below it, whatever the folders are called, is a
 * template or a library, told apart by its own {@code kind:} (or by what its script defines) and
 * found by the {@code id}/{@code version} inside. So both the built-in layout
 * ({@code templates/hubei/x.yaml}, {@code libraries/y.yaml}) and a flat folder work. Hidden files
 * and folders (a leading {@code .}) are skipped, symbolic links are not followed.
 */
final class CatalogueDirectory {

    /**
     * One document found in a directory.
     *
     * @param document the template or library as written
     * @param file the file it came from, as the operator named the directory
     * @param rules the closure rules of a Groovy template; empty otherwise
     */
    record Found(Object document, String file, List<Rule> rules) {

        Found {
            rules = List.copyOf(rules);
        }

        /** Where the document starts, for a finding about the whole of it (a duplicate, a bad id). */
        Position position() {
            Position pos = document instanceof Template t ? t.pos() : ((Library) document).pos();
            return pos.isKnown() ? pos : Position.of(file, 1, 1);
        }
    }

    private CatalogueDirectory() {}

    /** Every document of every directory, in directory order then file-name order; problems to {@code problems}. */
    static List<Found> read(Map<Path, String> directories, List<Diagnostic> problems) {
        List<Found> found = new ArrayList<>();
        directories.forEach((directory, from) -> {
            if (!Files.isDirectory(directory)) {
                problems.add(
                        Problem.CATALOGUE_NOT_DIRECTORY.at(Position.of(directory.toString(), 1, 1), directory, from));
                return;
            }
            for (Path file : files(directory, problems)) {
                Result<Found> read = read(file);
                problems.addAll(read.diagnostics());
                read.get().ifPresent(found::add);
            }
        });
        return found;
    }

    private static List<Path> files(Path directory, List<Diagnostic> problems) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(f -> !hidden(directory.relativize(f)) && isSource(f))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.FILE_UNREADABLE.at(Position.of(directory.toString(), 1, 1), e.getMessage()));
            return List.of();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static boolean isSource(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file)
                && (name.endsWith(".yaml")
                        || name.endsWith(".yml")
                        || name.endsWith(".json")
                        || name.endsWith(".groovy"));
    }

    private static Result<Found> read(Path file) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".groovy")) {
            Result<Sources.Scripted> read = Sources.readScripted(file);
            return new Result<>(
                    read.get()
                            .map(s -> new Found(s.document(), name, s.rules()))
                            .orElse(null),
                    read.diagnostics());
        }
        Result<Object> read = Sources.readData(file);
        Object document = read.value();
        if (document != null && !(document instanceof Template) && !(document instanceof Library)) {
            return new Result<>(
                    null,
                    List.of(Problem.WRONG_DOCUMENT.at(
                            Position.of(name, 1, 1),
                            new Object[] {
                                Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.ZH), "kind: template / kind: library"
                            },
                            new Object[] {
                                Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.EN), "kind: template / kind: library"
                            })));
        }
        return new Result<>(document == null ? null : new Found(document, name, List.of()), read.diagnostics());
    }
}
