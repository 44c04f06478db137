package org.zhibiao.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.resolve.Resolver;
import org.zhibiao.resolve.TemplateSource;
import org.zhibiao.yaml.Documents;
import org.zhibiao.yaml.Names;

/**
 * The built-in templates and indicator libraries, found by {@code id@version}.
 *
 * <p>The content is written in YAML or Groovy under {@code src/main/resources/zhibiao}, checked
 * and bundled into {@code zhibiao/catalogue.json} at build time by {@link CatalogueBuilder};
 * loading it at run time is one JSON parse, with no Groovy on the path.
 */
public final class Catalogue implements TemplateSource {

    static final String BUNDLE = "zhibiao/catalogue.json";

    private static volatile Catalogue builtIn;

    private final Map<String, List<Template>> templates = new LinkedHashMap<>();
    private final Map<String, Library> libraries = new LinkedHashMap<>();

    private Catalogue(List<?> documents) {
        for (Object document : documents) {
            if (document instanceof Template t) {
                templates.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(t);
            } else if (document instanceof Library l) {
                libraries.put(l.id(), l);
            }
        }
        templates.values().forEach(list -> list.sort(Comparator.comparing(Template::version, Versions::compare)));
    }

    /** A catalogue of the given documents (libraries and templates as written). */
    public static Catalogue of(List<?> documents) {
        return new Catalogue(documents);
    }

    /** The catalogue shipped in the jar, loaded once per process. */
    public static Catalogue builtIn() {
        Catalogue loaded = builtIn;
        if (loaded == null) {
            synchronized (Catalogue.class) {
                if (builtIn == null) {
                    builtIn = load();
                }
                loaded = builtIn;
            }
        }
        return loaded;
    }

    private static Catalogue load() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the class path; rebuild zhibiao");
            }
            Result<List<Object>> bundle = Documents.readBundle(BUNDLE, in.readAllBytes());
            if (bundle.hasErrors()) {
                throw new IllegalStateException("the built-in catalogue is corrupt: " + bundle.diagnostics().get(0));
            }
            return new Catalogue(bundle.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue that also knows {@code extra}, e.g. a template file given on the command line. */
    public Catalogue with(Object extra) {
        List<Object> documents = new ArrayList<>(libraries.values());
        templates.values().forEach(documents::addAll);
        documents.add(extra);
        return new Catalogue(documents);
    }

    /** Every template, newest version of each id, in id order. */
    public List<Template> templates() {
        return templates.values().stream().map(list -> list.get(list.size() - 1))
                .sorted(Comparator.comparing(Template::id)).toList();
    }

    /** Every version of every template. */
    public List<Template> allTemplates() {
        return templates.values().stream().flatMap(List::stream).toList();
    }

    public List<Library> libraries() {
        return List.copyOf(libraries.values());
    }

    @Override
    public Optional<Template> template(String id, String version) {
        List<Template> versions = templates.get(id);
        if (versions == null) {
            return Optional.empty();
        }
        if (version == null) {
            return Optional.of(versions.get(versions.size() - 1));
        }
        return versions.stream().filter(t -> version.equals(t.version())).findFirst();
    }

    @Override
    public List<String> versions(String id) {
        return templates.getOrDefault(id, List.of()).stream().map(Template::version).toList();
    }

    @Override
    public Optional<Library> library(String id) {
        return Optional.ofNullable(libraries.get(id));
    }

    /** Whether {@code reference} ({@code id} or {@code id@version}) names a template here. */
    public boolean has(String reference) {
        return templates.containsKey(Resolver.splitReference(reference)[0]);
    }

    /** The template named by {@code id} or {@code id@version}, resolved. */
    public Result<Template> resolve(String reference) {
        String[] parts = Resolver.splitReference(reference);
        Template written = template(parts[0], parts[1]).orElse(null);
        if (written != null) {
            return Resolver.resolve(written, this);
        }
        Diagnostic missing = parts[1] != null && templates.containsKey(parts[0])
                ? Problem.UNKNOWN_VERSION.at(Position.NONE, parts[0], parts[1], String.join(", ", versions(parts[0])))
                : Problem.UNKNOWN_TEMPLATE.at(Position.NONE, reference);
        String hint = Names.closest(parts[0], templates.keySet());
        return new Result<>(null, List.of(missing.withHint(Hint.didYouMean(hint))));
    }

    /** The libraries a resolved template draws on, for the compiler's {@code ref:} lookups. */
    public IndicatorIndex index(Template resolved) {
        List<Library> found = new ArrayList<>();
        resolved.libraries().forEach(id -> library(id).ifPresent(found::add));
        return new IndicatorIndex(found);
    }

    /** Every template id with its versions, for suggestions. */
    public List<String> ids() {
        return List.copyOf(templates.keySet());
    }
}
