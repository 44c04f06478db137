package org.zhibiao.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import picocli.CommandLine.Option;

/**
 * {@code --catalogue DIR} (repeatable) and {@code ZHIBIAO_CATALOGUE}: the operator's own catalogue
 * directories, added to the built-in catalogue for every command that resolves templates.
 *
 * <p>The trust boundary of issue 13 §1: templates (and the Groovy in them) come from the built-in
 * catalogue, from these directories, or from {@code --template FILE}, all chosen by whoever runs
 * the command. A department's declaration or profile only names a template by id.
 */
final class CatalogueOption {

    /** The environment variable: catalogue directories separated by {@link File#pathSeparator}. */
    static final String ENVIRONMENT = "ZHIBIAO_CATALOGUE";

    @Option(names = "--catalogue", paramLabel = "DIR")
    List<Path> directories = new ArrayList<>();

    /**
     * The built-in catalogue with the environment's directories, then the option's; or no
     * catalogue and why not. Without any directory this is the built-in catalogue itself, at no cost.
     */
    Result<Catalogue> load() {
        Map<Path, String> named = new LinkedHashMap<>();
        String environment = System.getenv(ENVIRONMENT);
        if (environment != null) {
            for (String part : environment.split(Pattern.quote(File.pathSeparator), -1)) {
                if (!part.isBlank()) {
                    try {
                        named.putIfAbsent(Path.of(part.strip()), ENVIRONMENT);
                    } catch (InvalidPathException e) {
                        // not a path this system can name: reported like a directory that is not there
                        return new Result<>(
                                null,
                                List.of(Problem.CATALOGUE_NOT_DIRECTORY.at(Position.NONE, part.strip(), ENVIRONMENT)));
                    }
                }
            }
        }
        directories.forEach(d -> named.putIfAbsent(d, "--catalogue"));
        return named.isEmpty()
                ? new Result<>(Catalogue.builtIn(), List.of())
                : Catalogue.builtIn().withDirectories(named);
    }

    /** As {@link #load}, printing what it reports to {@code err}; null when there is no catalogue (exit 2). */
    Catalogue load(PrintWriter err, Lang lang) {
        Result<Catalogue> loaded = load();
        Console.print(err, loaded.diagnostics(), lang);
        return loaded.value();
    }
}
