package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Checker;
import org.zhibiao.check.Rule;
import org.zhibiao.cli.batch.BoundedCache;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.sheet.Workbook;

/**
 * The one driver of a declaration's way through zhibiao (issue 14): read it (by the file's type),
 * resolve its template, check it. {@code check FILE}, {@code check DIR}, {@code report},
 * {@code score}, {@code upgrade} and {@code convert} take declarations through here instead of
 * each chaining the steps by hand, so a new input type or a change in how a template is chosen
 * reaches every command at once. Safe to share between the worker threads of a batch.
 *
 * <p>Which template reads a file: the operator's {@code --template} (id or file) when given; else
 * the catalogue id the declaration names (never a file, issue 13). A printed layout names none,
 * so it is read only with {@code --template}; a workbook zhibiao wrote records its catalogue id.
 */
final class Pipeline {

    /**
     * One file read and its template resolved, or why not.
     *
     * @param declaration the declaration read, or null when the file is unusable
     * @param template the resolved template it is checked against, or null when unusable
     * @param reference the template reference used (the operator's or the declaration's), or null
     * @param notes what the reader says about a usable file (a column the template lacks): findings
     * @param problems why the file is unusable: everything read and resolve said
     */
    record Loaded(
            Path file,
            Declaration declaration,
            Template template,
            String reference,
            List<Rule> rules,
            Checker checker,
            List<Diagnostic> notes,
            List<Diagnostic> problems) {

        boolean usable() {
            return template != null;
        }

        /** Everything the file's checks say: the reader's notes, then the checker's findings, or nothing when unusable. */
        List<Diagnostic> check() {
            if (!usable()) {
                return List.of();
            }
            List<Diagnostic> findings = checker.check(declaration);
            if (notes.isEmpty()) {
                return findings;
            }
            List<Diagnostic> all = new ArrayList<>(notes);
            all.addAll(findings);
            return all;
        }
    }

    /** One template reference resolved once: the template, what resolving said, its rules and its checker. */
    private record Resolved(Template template, List<Diagnostic> diagnostics, List<Rule> rules, Checker checker) {}

    /**
     * Templates by reference, each resolved once while among the recently used: a batch names a
     * few, but 10,000 files naming 10,000 different (mistyped) ones must not grow memory (#13).
     */
    private static final int TEMPLATES = 32;

    private final Catalogue catalogue;
    /** The operator's {@code --template} (id or file), or null: each declaration's own. */
    private final String override;

    private final BoundedCache<String, Resolved> templates = new BoundedCache<>(TEMPLATES);

    Pipeline(Catalogue catalogue, String override) {
        this.catalogue = catalogue;
        this.override = override;
    }

    /** Whether a file is read as a form's printed layout (CSV, workbook) rather than as a document. */
    static boolean isPrinted(Path file) {
        return PrintedFiles.isPrinted(file);
    }

    /** Reads {@code file} and resolves its template; never throws for bad input. */
    Loaded load(Path file) {
        if (!isPrinted(file)) {
            return document(file);
        }
        return PrintedFiles.isWorkbook(file) ? workbook(file) : csv(file);
    }

    /** A YAML or JSON declaration: read first, then the template it names (or the operator's). */
    private Loaded document(Path file) {
        Inputs inputs = new Inputs(catalogue);
        Declaration declaration = override != null ? inputs.read(file, Declaration.class) : inputs.declaration(file);
        if (declaration == null) {
            return unusable(file, null, null, inputs.diagnostics);
        }
        String reference = override != null ? override : declaration.template();
        Resolved resolved = resolve(reference);
        if (resolved.template() == null) {
            List<Diagnostic> problems = new ArrayList<>(inputs.diagnostics);
            problems.addAll(resolved.diagnostics());
            if (override == null) {
                problems.add(Problem.TEMPLATE_MISMATCH.at(inputs.templateAt(file), reference));
            }
            return unusable(file, declaration, reference, problems);
        }
        return new Loaded(
                file,
                declaration,
                resolved.template(),
                reference,
                resolved.rules(),
                resolved.checker(),
                List.of(),
                List.of());
    }

    /** A CSV in a printed layout: it names no template, so only the operator's reads it. */
    private Loaded csv(Path file) {
        if (override == null) {
            return unusable(
                    file, null, null, List.of(Problem.USAGE_NEEDS_TEMPLATE.at(Position.of(Inputs.name(file), 1, 1))));
        }
        Resolved resolved = resolve(override);
        if (resolved.template() == null) {
            return unusable(file, null, override, resolved.diagnostics());
        }
        Diagnostics read = new Diagnostics();
        return loaded(file, override, resolved, PrintedFiles.read(file, resolved.template(), read), read);
    }

    /**
     * A workbook (issue 15): the operator's template, else the catalogue id the workbook records
     * (a workbook zhibiao wrote), guarded like a YAML declaration's {@code template:}.
     */
    private Loaded workbook(Path file) {
        Diagnostics read = new Diagnostics();
        Workbook book = PrintedFiles.workbook(file, read);
        if (book == null) {
            return unusable(file, null, override, read.list());
        }
        String reference = override != null ? override : PrintedFiles.recordedTemplate(book, catalogue, file, read);
        if (reference == null) {
            return unusable(file, null, null, read.list());
        }
        Resolved resolved = resolve(reference);
        if (resolved.template() == null) {
            List<Diagnostic> problems = new ArrayList<>(resolved.diagnostics());
            if (override == null) {
                problems.add(Problem.TEMPLATE_MISMATCH.at(Position.of(Inputs.name(file), 1, 1), reference));
            }
            return unusable(file, null, reference, problems);
        }
        return loaded(file, reference, resolved, PrintedFiles.read(book, file, resolved.template(), read), read);
    }

    /** A printed file read by its template: usable with the reader's notes as findings, or unusable with why. */
    private static Loaded loaded(
            Path file, String reference, Resolved resolved, Declaration declaration, Diagnostics read) {
        if (declaration == null) {
            List<Diagnostic> problems = new ArrayList<>(resolved.diagnostics());
            problems.addAll(read.list());
            return unusable(file, null, reference, problems);
        }
        return new Loaded(
                file,
                declaration,
                resolved.template(),
                reference,
                resolved.rules(),
                resolved.checker(),
                read.list(),
                List.of());
    }

    private static Loaded unusable(Path file, Declaration declaration, String reference, List<Diagnostic> problems) {
        return new Loaded(file, declaration, null, reference, List.of(), null, List.of(), List.copyOf(problems));
    }

    private Resolved resolve(String reference) {
        return templates.get(Objects.toString(reference, ""), this::resolveOnce);
    }

    /** The operator's {@code --template} (id or file), or a catalogue id a declaration named. */
    private Resolved resolveOnce(String reference) {
        Inputs inputs = new Inputs(catalogue);
        Template template = override != null ? inputs.template(reference) : inputs.declared(reference);
        return new Resolved(
                template,
                List.copyOf(inputs.diagnostics),
                inputs.rules,
                template == null ? null : Checker.of(template, inputs.rules));
    }
}
