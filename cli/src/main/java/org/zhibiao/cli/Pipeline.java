package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Checker;
import org.zhibiao.check.Rule;
import org.zhibiao.cli.batch.BoundedCache;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.Workbook;
import org.zhibiao.yaml.Documents;

/**
 * The one driver of a declaration's way through zhibiao (issue 14): read it (by the file's type),
 * resolve its template, compile a starter or check it, write it. {@code check FILE},
 * {@code check DIR}, {@code report}, {@code score}, {@code upgrade}, {@code convert}, {@code new}
 * and {@code new --profiles} take declarations through here instead of each chaining the steps by
 * hand, so a new input type, a change in how a template is chosen or a guard on what a document
 * may name reaches every command at once. Safe to share between the worker threads of a batch.
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

    /**
     * One template reference resolved once: the template, what resolving said, its rules, its
     * checker (built when first asked for) and the indicator libraries a starter of it is compiled with.
     */
    record Resolved(
            Template template,
            List<Diagnostic> diagnostics,
            List<Rule> rules,
            CheckerOnce checkers,
            IndicatorIndex index) {

        /** The template's checker, or null when there is no template. */
        Checker checker() {
            return checkers == null ? null : checkers.get();
        }
    }

    /**
     * A template's checker, built on first use and then shared: {@code new} and {@code convert}
     * resolve templates but check nothing, and preparing every rule of a template was about a
     * twentieth of a single {@code new}'s CPU (#14).
     */
    static final class CheckerOnce {
        private final Template template;
        private final List<Rule> rules;
        private Checker checker;

        CheckerOnce(Template template, List<Rule> rules) {
            this.template = template;
            this.rules = rules;
        }

        synchronized Checker get() {
            if (checker == null) {
                checker = Checker.of(template, rules);
            }
            return checker;
        }
    }

    /**
     * A starter declaration compiled from a department's profile, or why not.
     *
     * @param declaration the starter, or null when it could not be made
     * @param diagnostics what reading the profile (and the last year's declaration it names) and
     *     compiling said; never what resolving the template said, which {@link #template()} reports
     * @param usable false when the profile, its {@code previous:} or the template could not be used
     */
    record Compiled(Declaration declaration, List<Diagnostic> diagnostics, boolean usable) {}

    /**
     * Templates by reference, each resolved once while among the recently used: a batch names a
     * few, but 10,000 files naming 10,000 different (mistyped) ones must not grow memory (#13).
     */
    private static final int TEMPLATES = 32;

    private final Catalogue catalogue;
    /** The operator's {@code --template} (id or file), or null: each declaration's own. */
    private final String override;

    private final BoundedCache<String, Resolved> templates = new BoundedCache<>(TEMPLATES);

    /**
     * Last years' declarations by path, each read once while among the recently used: a
     * province's departments usually share one previous form, and re-reading it for each of
     * 10,000 profiles cost as much as compiling them (#13: a few, so memory stays bounded).
     */
    private final BoundedCache<Path, Declaration> lastYears = new BoundedCache<>(LAST_YEARS);

    static final int LAST_YEARS = 8;

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
        // the template's place is found (by reading the file again) only for a finding about it: done
        // for every file, it was a second parse of each declaration, a third of a JSON check (#14)
        return attach(file, declaration, () -> inputs.templateAt(file), inputs.diagnostics);
    }

    /**
     * A declaration a command has read already ({@code convert} reads any kind of document, also
     * from standard input, before it knows it holds a declaration), with its template: the
     * operator's, else the one it names after the guard {@link #load} applies, at {@code file:1:1}.
     */
    Loaded load(Path file, Declaration declaration) {
        Position at = Position.of(Inputs.name(file), 1, 1);
        Diagnostic refused =
                override != null ? null : DeclaredTemplate.refusal(declaration.template(), catalogue, () -> at);
        if (refused != null) {
            return unusable(file, declaration, null, List.of(refused));
        }
        return attach(file, declaration, () -> at, List.of());
    }

    /** A declaration read, with its template resolved (the operator's, or the one it names), or unusable with why. */
    private Loaded attach(Path file, Declaration declaration, Supplier<Position> templateAt, List<Diagnostic> read) {
        String reference = override != null ? override : declaration.template();
        Resolved resolved = resolve(reference);
        if (resolved.template() == null) {
            List<Diagnostic> problems = new ArrayList<>(read);
            problems.addAll(resolved.diagnostics());
            if (override == null) {
                problems.add(Problem.TEMPLATE_MISMATCH.at(templateAt.get(), reference));
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

    /** A CSV in a printed layout, by the operator's template or the one its 模板 line names. */
    private Loaded csv(Path file) {
        Diagnostics read = new Diagnostics();
        Sheet sheet = PrintedFiles.csv(file, read);
        if (sheet == null) {
            return unusable(file, null, override, read.list());
        }
        return printed(
                file,
                read,
                () -> PrintedFiles.recordedTemplate(sheet, catalogue, file, read),
                template -> PrintedFiles.read(sheet, file, template, read));
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
        return printed(
                file,
                read,
                () -> PrintedFiles.recordedTemplate(book, catalogue, file, read),
                template -> PrintedFiles.read(book, file, template, read));
    }

    /**
     * A printed file opened: read by the operator's template, else by the one it records (null
     * after {@code recorded} said why), which must then resolve.
     */
    private Loaded printed(
            Path file, Diagnostics read, Supplier<String> recorded, Function<Template, Declaration> reader) {
        String reference = override != null ? override : recorded.get();
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
        return loaded(file, reference, resolved, reader.apply(resolved.template()), read);
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

    /** The operator's template ({@code new TEMPLATE}: an id or a file), resolved once: what starters are compiled from. */
    Resolved template() {
        return resolve(override);
    }

    /**
     * A starter of the operator's template for a department: {@code given} (a CSV line, already
     * read) or the profile in {@code source} (a file, or none for an empty profile), with last
     * year's declaration its {@code previous:} names — a declaration only, never a template or a
     * script (issue 13) — and {@code options} ({@code --department}, {@code --year}) applied.
     * The profile is read even when the template did not resolve, so one run says all that is wrong.
     */
    Compiled compile(Path source, Profile given, UnaryOperator<Profile> options) {
        Inputs inputs = new Inputs(catalogue);
        Profile profile = given != null ? given : source == null ? Profile.of(null, null) : inputs.profile(source);
        Declaration previous = profile == null || source == null ? null : lastYear(inputs, source, profile);
        Resolved resolved = template();
        if (profile == null || inputs.unusable || resolved.template() == null) {
            return new Compiled(null, List.copyOf(inputs.diagnostics), false);
        }
        Result<Declaration> compiled =
                Compiler.compile(resolved.template(), options.apply(profile), previous, resolved.index());
        List<Diagnostic> all = new ArrayList<>(inputs.diagnostics);
        all.addAll(compiled.diagnostics());
        return new Compiled(compiled.value(), all, true);
    }

    /** The declaration a profile's {@code previous:} names, read once per run while recently used; null when none or unusable. */
    private Declaration lastYear(Inputs inputs, Path source, Profile profile) {
        Path file = inputs.previousFile(source, profile);
        if (file == null) {
            return null;
        }
        // a failed read is not cached: it is reported for each profile that names it
        return lastYears.get(file.toAbsolutePath().normalize(), key -> inputs.previous(file, profile.previous()));
    }

    /**
     * The last step: a declaration written in {@code format} to {@code target} (standard output
     * when null or {@code -}; an Office file as bytes), atomically and never over a file without
     * {@code force} ({@link Output}). Null when written, else why not.
     */
    static Diagnostic write(
            Format format, Declaration declaration, Template template, Path target, boolean force, PrintWriter stdout) {
        return write(format, declaration, template, null, target, force, stdout);
    }

    /**
     * As {@link #write(Format, Declaration, Template, Path, boolean, PrintWriter)}; a YAML
     * declaration names {@code schema}, a {@link SchemaBeside#relative} path, in its first line
     * instead of the hint, when one is given.
     */
    static Diagnostic write(
            Format format,
            Declaration declaration,
            Template template,
            String schema,
            Path target,
            boolean force,
            PrintWriter stdout) {
        if (format.office()) {
            return Output.write(target, format.bytes(declaration, template), force);
        }
        String text = format == Format.YAML && schema != null
                ? Documents.toYaml(declaration, schema)
                : format.render(declaration, template);
        return Output.write(target, text, force, stdout);
    }

    private Resolved resolve(String reference) {
        return templates.get(Objects.toString(reference, ""), this::resolveOnce);
    }

    /** The operator's {@code --template} (id or file), or a catalogue id a declaration named. */
    private Resolved resolveOnce(String reference) {
        Inputs inputs = new Inputs(catalogue);
        Template template = override != null ? inputs.template(reference) : inputs.declared(reference);
        if (template == null) {
            return new Resolved(null, List.copyOf(inputs.diagnostics), inputs.rules, null, null);
        }
        // a template file joins this run's catalogue (Inputs#template): its libraries are looked up there
        return new Resolved(
                template,
                List.copyOf(inputs.diagnostics),
                inputs.rules,
                new CheckerOnce(template, inputs.rules),
                inputs.catalogue.index(template));
    }
}
