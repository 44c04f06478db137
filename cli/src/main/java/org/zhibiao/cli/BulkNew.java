package org.zhibiao.cli;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.zhibiao.cli.batch.Batch;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.cli.batch.CsvProfiles;
import org.zhibiao.cli.batch.OutputNames;
import org.zhibiao.cli.batch.Progress;
import org.zhibiao.cli.batch.Signals;
import org.zhibiao.cli.batch.Tally;
import org.zhibiao.cli.batch.TempFiles;
import org.zhibiao.cli.batch.Walk;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;

/**
 * {@code zhibiao new TEMPLATE --profiles DIR|FILE.csv -o OUTDIR}: one declaration per profile,
 * compiled on all cores from a template resolved once, each written atomically; a profile that
 * cannot be used is reported with its position and the rest go on.
 */
final class BulkNew {

    /**
     * One profile to compile.
     *
     * @param source the profile file, or null for a CSV line
     * @param profile the profile already read (CSV), or null to read {@code source}
     * @param target where the declaration goes
     * @param problem why this one cannot be made, or null
     */
    private record Job(Path source, Profile profile, Path target, Diagnostic problem) {}

    /** A profile whose declaration was being written when the run was stopped: not counted at all. */
    private static final Made DROPPED = new Made(List.of(), false, false);

    /** One profile's outcome. */
    private record Made(List<Diagnostic> diagnostics, boolean usable, boolean wrote) {}

    private final NewCommand command;
    private final OutputNames names = new OutputNames();
    /** The one driver: the template resolved once, each profile read and compiled, each declaration written. */
    private final Pipeline pipeline;

    private Template template;
    private CsvProfiles rows;
    /** The schema each YAML declaration names in its first line, in the output folder; else null. */
    private SchemaBeside schema;
    /** Whether the schema has been written (or found there), after the first declaration asked for it. */
    private Boolean schemaWritten;

    BulkNew(NewCommand command, Pipeline pipeline) {
        this.command = command;
        this.pipeline = pipeline;
    }

    int run() {
        PrintWriter err =
                new PrintWriter(new BufferedWriter(command.spec.commandLine().getErr(), 1 << 16));
        Lang lang = command.lang.lang;
        if (!ready(err, lang)) {
            err.flush();
            return ExitCode.USAGE;
        }
        Tally tally = new Tally();
        boolean complete = makeAll(err, lang, tally);
        if (!complete || tally.unusable() > 0) {
            return ExitCode.USAGE;
        }
        return tally.errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Whether the options make a bulk run and the template resolves, else false after saying why:
     * all before any profile is read.
     */
    private boolean ready(PrintWriter err, Lang lang) {
        String misuse = misuse();
        if (misuse != null) {
            err.println(misuse);
            return false;
        }
        Diagnostic overlap = overlap();
        if (overlap != null) {
            Console.print(err, List.of(overlap), lang);
            return false;
        }
        Pipeline.Resolved resolved = pipeline.template();
        Console.print(err, resolved.diagnostics(), lang);
        template = resolved.template();
        if (template == null) {
            return false;
        }
        Diagnostic refused = command.format == Format.YAML ? schemaBeside() : null;
        if (refused != null) {
            Console.print(err, List.of(refused), lang);
            return false;
        }
        return true;
    }

    /**
     * The schema's path as the declaration at {@code target} names it: {@code .zhibiao/schemas/…}
     * in the output folder, {@code ../.zhibiao/schemas/…} from a subfolder a profiles directory
     * gave. Null without a schema, or when it could not be written: the declaration then starts
     * with the hint, as one printed to standard output does.
     */
    private String schemaFrom(Path target) {
        if (schema == null || !schemaWritten()) {
            return null;
        }
        Path folder = target.toAbsolutePath().normalize().getParent();
        return folder.relativize(schema.file().toAbsolutePath().normalize())
                .toString()
                .replace(File.separatorChar, '/');
    }

    /** Writes the schema once, when the first declaration is about to be written: a run that writes none leaves none. */
    private synchronized boolean schemaWritten() {
        if (schemaWritten == null) {
            schemaWritten = schema.write(command.force) == null;
        }
        return schemaWritten;
    }

    /**
     * The template's schema for the output folder, as {@code new -o} writes one beside its file
     * (issue 17): every YAML declaration of the run goes to that folder or one below it and names
     * it, so an editor completes the starters a province hands out. Another text there is replaced
     * only with {@code --force}, which is asked before any profile is read. Null when it can be.
     */
    private Diagnostic schemaBeside() {
        SchemaBeside beside = SchemaBeside.of(command.output.resolve("declaration.yaml"), template);
        if (!command.force && Files.exists(beside.file()) && !beside.present()) {
            return Problem.OUTPUT_EXISTS.at(Position.of(beside.file().toString(), 1, 1), beside.file());
        }
        schema = beside;
        return null;
    }

    /**
     * Makes every profile's declaration on all cores, saying what each one's run found as it
     * finishes, then the summary; false when a signal stopped the run.
     */
    @SuppressWarnings("try") // signals: held while the batch runs
    private boolean makeAll(PrintWriter err, Lang lang, Tally tally) {
        boolean complete;
        try (Signals signals = Signals.watch()) {
            Progress progress = Progress.start(err, command.quiet, this::count);
            PrintWriter nothing = new PrintWriter(PrintWriter.nullWriter());
            complete = Batch.run(jobs(), this::make, made -> {
                if (!counts(made)) {
                    return;
                }
                if (!made.diagnostics().isEmpty()) {
                    progress.clear();
                    Console.lines(err, made.diagnostics(), lang);
                }
                tally.add(made.diagnostics(), made.usable(), made.wrote());
                progress.step(nothing);
            });
            progress.clear();
            if (rows != null) {
                rows.close();
            }
            if (!complete) {
                Console.lines(err, List.of(BatchProblem.INTERRUPTED.at(Position.NONE)), lang);
            }
            err.println(tally.summary(lang, true));
            err.flush();
        }
        return complete;
    }

    /** Whether a profile's outcome is reported and counted: all but one dropped when the run was stopped. */
    @SuppressWarnings("ReferenceEquality") // DROPPED: a sentinel
    private static boolean counts(Made made) {
        return made != DROPPED;
    }

    /** Why the options do not make a bulk run, or null. */
    private String misuse() {
        if (command.output == null
                || Inputs.isStandard(command.output)
                || (Files.exists(command.output) && !Files.isDirectory(command.output))) {
            return Text.NEW_PROFILES_NEED_OUTPUT.format(command.lang.lang);
        }
        if (command.profile != null || command.department != null) {
            return Text.NEW_PROFILES_ALONE.format(command.lang.lang);
        }
        return null;
    }

    /**
     * Why the output directory cannot take the declarations, or null: it is, is inside, or holds
     * the profiles directory (#13: {@code --profiles p -o p --force} overwrote the profiles with
     * declarations), or a folder above it is a file. A CSV's own name is kept from the outputs
     * instead ({@link #jobs}), so {@code -o .} beside the CSV stays possible.
     */
    private Diagnostic overlap() {
        Diagnostic parent = Output.parentProblem(command.output.resolve("x"));
        if (parent != null) {
            return parent;
        }
        if (csv()) {
            return null;
        }
        Path in = canonical(command.profiles);
        Path out = canonical(command.output);
        return in.startsWith(out) || out.startsWith(in)
                ? Problem.OUTPUT_OVERLAPS_INPUT.at(
                        Position.of(command.output.toString(), 1, 1), command.output, command.profiles)
                : null;
    }

    /** The path with symbolic links resolved as far as it exists, so that two spellings of one folder compare equal. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path rest = Path.of("");
        for (Path p = absolute; p != null; p = p.getParent()) {
            try {
                return p.toRealPath().resolve(rest);
            } catch (IOException e) {
                rest = p.getFileName() == null ? rest : p.getFileName().resolve(rest);
            }
        }
        return absolute;
    }

    private boolean csv() {
        return command.profiles
                        .getFileName()
                        .toString()
                        .toLowerCase(Locale.ROOT)
                        .endsWith(".csv")
                && !Files.isDirectory(command.profiles);
    }

    private long count() {
        if (!csv()) {
            return Walk.count(List.of(command.profiles));
        }
        long n = 0;
        try (CsvProfiles rows = CsvProfiles.open(command.profiles)) {
            for (; rows.hasNext(); rows.next()) {
                n++;
            }
        }
        return n;
    }

    private Iterator<Job> jobs() {
        String extension = "." + command.format.name().toLowerCase(Locale.ROOT);
        if (csv()) {
            if (canonical(command.output).equals(canonical(command.profiles).getParent())) {
                // the CSV itself is never an output, whatever a department's code says
                names.claim(command.profiles.getFileName().toString());
            }
            rows = CsvProfiles.open(command.profiles);
            return map(
                    rows,
                    row -> row.problem() != null
                            ? new Job(null, null, null, row.problem())
                            : job(null, row.profile(), OutputNames.safe(row.name()) + extension, row.position()));
        }
        Path root = command.profiles;
        return map(Walk.documents(List.of(root)), file -> {
            Path relative = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
            String name = relative.toString();
            int dot = name.lastIndexOf('.');
            return job(
                    file,
                    null,
                    (dot > 0 ? name.substring(0, dot) : name) + extension,
                    Position.of(file.toString(), 1, 1));
        });
    }

    private Job job(Path source, Profile profile, String name, Position at) {
        Path target = command.output.resolve(name);
        if (!names.claim(name)) {
            return new Job(source, profile, target, BatchProblem.DUPLICATE_OUTPUT.at(at, target));
        }
        return new Job(source, profile, target, null);
    }

    private static <A, B> Iterator<B> map(Iterator<A> items, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public B next() {
                return f.apply(items.next());
            }
        };
    }

    /** Runs on a pool thread; never throws for a profile, so one profile never ends the batch. */
    private Made make(Job job) {
        if (job.problem() != null) {
            return new Made(List.of(job.problem()), false, false);
        }
        try {
            Pipeline.Compiled compiled = pipeline.compile(job.source(), job.profile(), command::withOptions);
            if (!compiled.usable()) {
                return new Made(compiled.diagnostics(), false, false);
            }
            List<Diagnostic> diagnostics = new ArrayList<>(compiled.diagnostics());
            if (compiled.declaration() == null) {
                return new Made(diagnostics, true, false);
            }
            Diagnostic failed = Pipeline.write(
                    command.format,
                    compiled.declaration(),
                    template,
                    schemaFrom(job.target()),
                    job.target(),
                    command.force,
                    null);
            if (failed != null && TempFiles.stopping()) {
                return DROPPED; // #13: stopped mid-write by a signal; the file is dropped, not a failure
            }
            if (failed != null) {
                diagnostics.add(failed);
            }
            return new Made(diagnostics, failed == null, failed == null);
        } catch (OutOfMemoryError e) {
            // #13: this profile (or its previous:) was too much for the heap; the batch goes on
            return new Made(
                    List.of(BulkCheck.tooLarge(job.source() != null ? job.source() : job.target())), false, false);
        } catch (RuntimeException e) {
            String where = job.source() != null
                    ? job.source().toString()
                    : job.target().toString();
            return new Made(List.of(Problem.INTERNAL.at(Position.of(where, 1, 1), e.toString())), false, false);
        }
    }
}
