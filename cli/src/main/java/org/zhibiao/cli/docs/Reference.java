package org.zhibiao.cli.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.diag.Result;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/**
 * The catalogue as its reference shows it: every template resolved, every library, which library
 * holds each entry and which templates use it, and the checker's rules. Everything is sorted, so
 * the pages come out the same on every run.
 */
final class Reference {

    final List<Template> templates = new ArrayList<>();
    final List<Library> libraries;
    final List<Rule> rules = Rules.all();
    private final Map<String, Library> libraryOfEntry = new LinkedHashMap<>();
    private final Map<String, IndicatorDef> entries = new LinkedHashMap<>();
    private final Map<String, List<Template>> usage = new TreeMap<>();

    Reference(Catalogue catalogue) {
        List<Template> written = new ArrayList<>(catalogue.allTemplates());
        written.sort(Comparator.comparing(Template::id).thenComparing(t -> String.valueOf(t.version())));
        for (Template t : written) {
            Result<Template> resolved = catalogue.resolve(t.reference());
            if (resolved.value() == null) {
                // the build checks every built-in template; a failure here is a defect, not input
                throw new IllegalStateException(
                        "built-in template " + t.reference() + " does not resolve: " + resolved.diagnostics());
            }
            templates.add(resolved.value());
        }
        libraries = catalogue.libraries().stream()
                .sorted(Comparator.comparing(Library::id))
                .toList();
        for (Library l : libraries) {
            for (IndicatorDef d : l.indicators()) {
                libraryOfEntry.putIfAbsent(d.id(), l);
                entries.putIfAbsent(d.id(), d);
            }
        }
        for (Template t : templates) {
            for (Lines.Line line : Lines.of(t)) {
                if (line.row() != null && line.row().ref() != null) {
                    List<Template> users = usage.computeIfAbsent(line.row().ref(), k -> new ArrayList<>());
                    if (!users.contains(t)) {
                        users.add(t);
                    }
                }
            }
        }
    }

    /** The library holding entry {@code id}, or null for a row defined in the template itself. */
    Library libraryOf(String id) {
        return id == null ? null : libraryOfEntry.get(id);
    }

    IndicatorDef entry(String id) {
        return id == null ? null : entries.get(id);
    }

    /** The templates with a row drawn from entry {@code id}, in template order. */
    List<Template> usersOf(String id) {
        return usage.getOrDefault(id, List.of());
    }

    /** The page of a template, relative to the site root: {@code templates/hubei/public-security@2024.1.md}. */
    static String templatePage(Template t) {
        return "templates/" + t.reference() + ".md";
    }

    static String libraryPage(Library l) {
        return "libraries/" + l.id() + ".md";
    }
}
