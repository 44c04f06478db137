package org.zhibiao.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.resolve.Resolver;
import org.zhibiao.resolve.TemplateSource;
import org.zhibiao.yaml.Documents;

/**
 * The built-in templates and indicator libraries, found by {@code id@version}.
 *
 * <p>The content is written in YAML or Groovy under {@code src/main/resources/zhibiao}, checked
 * and bundled into {@code zhibiao/catalogue.json} at build time by {@link CatalogueBuilder};
 * loading it at run time is one JSON parse, with no Groovy on the path.
 *
 * <p>An operator may add catalogue directories ({@link #withDirectories}): their templates and
 * libraries join the built-in ones, may {@code extends} and draw on them, and each remembers the
 * file it came from ({@link #origin}). A department's document can only name what is here, by
 * id ({@link TemplateIds}); it can never point at a file (issue 13 §1).
 */
public final class Catalogue implements TemplateSource {

    static final String BUNDLE = "zhibiao/catalogue.json";

    private static volatile Catalogue builtIn;

    private final Map<String, List<Template>> templates = new LinkedHashMap<>();
    private final Map<String, Library> libraries = new LinkedHashMap<>();
    /** The file each template ({@code id@version}) or library ({@code library:id}) came from; built-ins have none. */
    private final Map<String, String> origins;
    /** Checker rules a Groovy template in a catalogue directory wrote as closures, by {@code id@version}. */
    private final Map<String, List<Rule>> rules;

    private Catalogue(List<?> documents) {
        this(documents, Map.of(), Map.of());
    }

    private Catalogue(List<?> documents, Map<String, String> origins, Map<String, List<Rule>> rules) {
        this.origins = Map.copyOf(origins);
        this.rules = Map.copyOf(rules);
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
                throw new IllegalStateException("the built-in catalogue is corrupt: "
                        + bundle.diagnostics().get(0));
            }
            return new Catalogue(bundle.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A catalogue that also knows {@code extra}, e.g. a template file the operator gave with
     * {@code --template}. The operator's file takes the place of a template of the same
     * {@code id@version}: before, the catalogue's own copy was found first and the file ignored.
     */
    public Catalogue with(Object extra) {
        List<Object> documents = new ArrayList<>(libraries.values());
        templates.values().forEach(documents::addAll);
        if (extra instanceof Template t) {
            documents.removeIf(d -> d instanceof Template old && old.reference().equals(t.reference()));
        }
        documents.add(extra);
        Map<String, String> keptOrigins = new LinkedHashMap<>(origins);
        Map<String, List<Rule>> keptRules = new LinkedHashMap<>(rules);
        if (extra instanceof Template t) {
            keptOrigins.remove(t.reference());
            keptRules.remove(t.reference());
        }
        return new Catalogue(documents, keptOrigins, keptRules);
    }

    /**
     * This catalogue and every template and library in the operator's catalogue directories, or
     * why not: an unreadable or broken file, a directory that is not there, a template id outside
     * the {@link TemplateIds} grammar, or one {@code id@version} (one library id) defined twice,
     * named with both files. Every file is read and reported before the answer, so one run shows
     * every problem; any error leaves no catalogue.
     *
     * @param directories each with the place it was named, for the message ({@code --catalogue},
     *     {@code ZHIBIAO_CATALOGUE})
     */
    public Result<Catalogue> withDirectories(Map<Path, String> directories) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Object> documents = new ArrayList<>(libraries.values());
        templates.values().forEach(documents::addAll);
        Map<String, String> added = new LinkedHashMap<>(origins);
        Map<String, String> seen = new LinkedHashMap<>();
        documents.forEach(d -> seen.put(key(d), origins.getOrDefault(key(d), "")));
        Map<String, List<Rule>> addedRules = new LinkedHashMap<>(rules);
        for (CatalogueDirectory.Found found : CatalogueDirectory.read(directories, problems)) {
            String key = key(found.document());
            if (seen.containsKey(key)) {
                String first = seen.get(key);
                String name = key.startsWith(LIBRARY) ? key.substring(LIBRARY.length()) : key;
                String firstZh = first.isEmpty() ? Text.WORD_BUILT_IN.template(Lang.ZH) : first;
                String firstEn = first.isEmpty() ? Text.WORD_BUILT_IN.template(Lang.EN) : first;
                problems.add(Problem.CATALOGUE_DUPLICATE.at(
                        found.position(),
                        new Object[] {name, firstZh, found.file()},
                        new Object[] {name, firstEn, found.file()}));
                continue;
            }
            if (found.document() instanceof Template t && !TemplateIds.isId(t.id())) {
                problems.add(Problem.CATALOGUE_BAD_ID.at(found.position(), t.id()));
                continue;
            }
            documents.add(found.document());
            seen.put(key, found.file());
            added.put(key, found.file());
            if (!found.rules().isEmpty()) {
                addedRules.put(key, found.rules());
            }
        }
        if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            return new Result<>(null, problems);
        }
        return new Result<>(new Catalogue(documents, added, addedRules), problems);
    }

    private static final String LIBRARY = "library:";

    private static String key(Object document) {
        return document instanceof Template t ? t.reference() : LIBRARY + ((Library) document).id();
    }

    /** The file a template came from, or empty for a built-in one. */
    public String origin(Template written) {
        return origins.getOrDefault(written.reference(), "");
    }

    /**
     * The checker rules a Groovy template in a catalogue directory wrote as closures; empty for
     * every other template. Keyed by {@code id@version}, so a resolved template finds its own.
     */
    public List<Rule> rules(Template template) {
        return rules.getOrDefault(template.reference(), List.of());
    }

    /** Every template, newest version of each id, in id order. */
    public List<Template> templates() {
        return templates.values().stream()
                .map(list -> list.get(list.size() - 1))
                .sorted(Comparator.comparing(Template::id))
                .toList();
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
        return templates.getOrDefault(id, List.of()).stream()
                .map(Template::version)
                .toList();
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
        return new Result<>(null, List.of(missing.withHint(DidYouMean.hint(parts[0], templates.keySet()))));
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
