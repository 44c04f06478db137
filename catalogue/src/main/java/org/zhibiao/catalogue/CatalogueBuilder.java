package org.zhibiao.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Library;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Build-time step of the catalogue module: reads every library and template source, proves each
 * template resolves and compiles with an empty profile, and writes the pre-checked bundle the
 * run time loads. A broken catalogue fails the build with located diagnostics.
 */
public final class CatalogueBuilder {

    private CatalogueBuilder() {}

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Diagnostic> problems = new ArrayList<>();
        List<Object> documents = read(sources, problems);
        Catalogue catalogue = Catalogue.of(documents);
        for (Template written : catalogue.allTemplates()) {
            Result<Template> resolved = catalogue.resolve(written.reference());
            problems.addAll(resolved.diagnostics());
            resolved.get()
                    .ifPresent(t -> problems.addAll(
                            Compiler.compile(t, Profile.of("", 2024), null, catalogue.index(t)).diagnostics().stream()
                                    .filter(d -> d.severity() == Severity.ERROR)
                                    .toList()));
        }
        if (!problems.isEmpty()) {
            problems.forEach(d -> System.err.println(d.render(Lang.EN)));
            throw new IllegalStateException("the built-in catalogue has " + problems.size() + " problem(s)");
        }
        Files.createDirectories(output);
        write(output.resolve("catalogue.json"), Documents.bundleToJson(documents));
        write(output.resolve("examples.index"), String.join("\n", examples(sources)) + "\n");
    }

    /** Libraries first, then templates, each in file-name order, so the bundle is deterministic. */
    static List<Object> read(Path sources, List<Diagnostic> problems) throws IOException {
        List<Object> libraries = new ArrayList<>();
        List<Object> templates = new ArrayList<>();
        for (Path file : files(sources, "libraries", "templates")) {
            Result<Object> read = Sources.read(file, sources.relativize(file).toString());
            problems.addAll(read.diagnostics());
            read.get().ifPresent(d -> (d instanceof Library ? libraries : templates).add(d));
        }
        List<Object> all = new ArrayList<>(libraries);
        all.addAll(templates);
        return all;
    }

    private static List<Path> files(Path root, String... dirs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String dir : dirs) {
            Path base = root.resolve(dir);
            if (Files.isDirectory(base)) {
                try (Stream<Path> walk = Files.walk(base)) {
                    walk.filter(Sources::isSource).sorted().forEach(found::add);
                }
            }
        }
        return found;
    }

    private static List<String> examples(Path sources) throws IOException {
        Path dir = sources.resolve("examples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> "zhibiao/examples/" + p.getFileName()).sorted().toList();
        }
    }

    private static void write(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".bundle", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
