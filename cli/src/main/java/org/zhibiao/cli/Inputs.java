package org.zhibiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Finds what the user named: a catalogue template id ({@code hubei/public-security@2024.1}) or,
 * from the operator, a template file, and the files a command reads. Remembers whether anything
 * failed at the reading stage, which is what decides between exit code 2 (unusable input) and 1
 * (findings).
 *
 * <p>Two kinds of reference, two methods (issue 13 §1): {@link #template} is for what the
 * operator typed on the command line and may be a file; {@link #declaration} and
 * {@link #previous} read a department's documents, whose references are data: a template only
 * by catalogue id, last year's form only as a declaration.
 */
final class Inputs {

    final List<Diagnostic> diagnostics = new ArrayList<>();
    boolean unusable;
    Catalogue catalogue;
    /** Checker rules a Groovy template wrote as closures; empty for YAML and built-in templates. */
    List<Rule> rules = List.of();
    /** The last profile read, kept until its {@code previous:} has been looked at, for the position. */
    private Loaded<Profile> profile;
    /** The last declaration read by {@link #declaration}, for the position of its {@code template:}. */
    private Loaded<Declaration> declared;

    /**
     * One document read, with its bytes for the position of a value the model keeps without one.
     * Bytes are kept only as long as this object: one file of one command or batch job. A class
     * rather than a record, which would compare its bytes by identity.
     */
    private static final class Loaded<T> {

        private final T value;
        private final String file;
        private final byte[] bytes;

        Loaded(T value, String file, byte[] bytes) {
            this.value = value;
            this.file = file;
            this.bytes = bytes;
        }

        T value() {
            return value;
        }

        String file() {
            return file;
        }

        byte[] bytes() {
            return bytes;
        }

        Position at(String key) {
            return bytes == null ? Position.of(file, 1, 1) : Documents.valueAt(file, bytes, key);
        }
    }

    Inputs(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The template the operator named (an id, or a template file), resolved; or null after recording why not. */
    Template template(String spec) {
        Path path = Path.of(spec);
        boolean looksLikeFile =
                spec.endsWith(".yaml") || spec.endsWith(".yml") || spec.endsWith(".json") || spec.endsWith(".groovy");
        if (looksLikeFile || (!catalogue.has(spec) && Files.isRegularFile(path))) {
            Template written = readTemplateFile(path);
            if (written == null) {
                return null;
            }
            catalogue = catalogue.with(written);
            return resolved(catalogue.resolve(written.reference()));
        }
        return catalogued(resolved(catalogue.resolve(spec)));
    }

    /**
     * The catalogue template a department's declaration named by an id {@link #declaration} has
     * accepted, resolved; never a file. Null after recording why not.
     */
    Template declared(String reference) {
        return catalogued(resolved(catalogue.resolve(reference)));
    }

    private Template catalogued(Template resolved) {
        if (resolved != null) {
            rules = catalogue.rules(resolved);
        }
        return resolved;
    }

    private Template readTemplateFile(Path path) {
        if (TemplateFiles.isGroovy(path)) {
            var scripted = GroovyFiles.readScripted(path);
            diagnostics.addAll(scripted.diagnostics());
            if (scripted.value() == null) {
                unusable = true;
                return null;
            }
            rules = scripted.value().rules();
            return scripted.value().template();
        }
        Result<Template> read = TemplateFiles.read(path);
        diagnostics.addAll(read.diagnostics());
        if (read.value() == null) {
            unusable = true;
        }
        return read.value();
    }

    /**
     * A template that does not resolve (an unknown id or version, a missing parent or library) is as
     * unusable as a missing file, in every command: exit code 2, never 1 (issue 17).
     */
    private Template resolved(Result<Template> result) {
        diagnostics.addAll(result.diagnostics());
        if (result.value() == null) {
            unusable = true;
        }
        return result.value();
    }

    /** The name findings give standard input, read for the file name {@code -}. */
    static final String STDIN = "<stdin>";

    /** Whether a file argument is {@code -}: standard input, or standard output for {@code -o}. */
    static boolean isStandard(Path path) {
        return path != null && "-".equals(path.toString());
    }

    /** What diagnostics call a file: its path, or {@code <stdin>} for {@code -}. */
    static String name(Path path) {
        return isStandard(path) ? STDIN : path.toString();
    }

    /** A file's bytes, or standard input's for {@code -}, under the same size limit; null after recording why not. */
    static byte[] bytes(Path path, Diagnostics out) {
        if (PrintedFiles.isWordForm(path)) {
            // read as text it was "not UTF-8 text, save it as UTF-8", which no clerk could act on
            out.add(Problem.WORD_FORM_NOT_READ.at(Position.of(name(path), 1, 1), name(path)));
            return null;
        }
        return isStandard(path) ? Documents.load(System.in, STDIN, out) : Documents.load(path, out);
    }

    /** A document file (or {@code -}, standard input) of the expected kind, or null (unusable) after recording why not. */
    <T extends Record> T read(Path path, Class<T> type) {
        return load(path, type).value();
    }

    /**
     * A department's declaration whose {@code template:} names a template of the catalogue by id;
     * null (unusable) after recording why not, at the {@code template:} value. A path or a file
     * name there is refused without being opened.
     */
    Declaration declaration(Path path) {
        Loaded<Declaration> read = load(path, Declaration.class);
        declared = read;
        if (read.value() == null) {
            return null;
        }
        Diagnostic refused = DeclaredTemplate.refusal(read.value().template(), catalogue, () -> read.at("template"));
        if (refused != null) {
            diagnostics.add(refused);
            unusable = true;
            return null;
        }
        return read.value();
    }

    /** Where the {@code template:} value of the last declaration read sits, for a finding about it. */
    Position templateAt(Path path) {
        return declared == null ? Position.of(name(path), 1, 1) : declared.at("template");
    }

    /** A department's profile, or null (unusable) after recording why not. */
    Profile profile(Path path) {
        profile = load(path, Profile.class);
        return profile.value();
    }

    /**
     * The file the last profile's {@code previous:} names, beside the profile; null when it names
     * none, or (unusable, recorded at the {@code previous:} value) when it names a Groovy script:
     * a profile is data and never brings code.
     */
    Path previousFile(Path profilePath, Profile given) {
        if (given.previous() == null) {
            return null;
        }
        if (given.previous().toLowerCase(Locale.ROOT).endsWith(".groovy")) {
            refusePrevious(
                    given.previous(), Text.PREVIOUS_GROOVY.format(Lang.ZH), Text.PREVIOUS_GROOVY.format(Lang.EN));
            return null;
        }
        return profilePath.resolveSibling(given.previous());
    }

    /**
     * Last year's declaration from {@code path}; a template or library there is refused at the
     * profile's {@code previous:} value, any other document as a wrong document at its {@code kind:}.
     */
    Declaration previous(Path path, String named) {
        Loaded<Object> read = load(path, null);
        if (read.value() instanceof Declaration declaration) {
            return declaration;
        }
        if (read.value() instanceof Template || read.value() instanceof Library) {
            Text what = read.value() instanceof Template ? Text.PREVIOUS_TEMPLATE : Text.PREVIOUS_LIBRARY;
            refusePrevious(named, what.format(Lang.ZH), what.format(Lang.EN));
        } else if (read.value() != null) {
            diagnostics.addAll(
                    Documents.read(read.file(), read.bytes(), Declaration.class).diagnostics());
            unusable = true;
        }
        return null;
    }

    private void refusePrevious(String named, String zh, String en) {
        Position at = profile == null ? Position.NONE : profile.at("previous");
        diagnostics.add(Problem.PREVIOUS_NOT_DECLARATION.at(at, new Object[] {named, zh}, new Object[] {named, en}));
        unusable = true;
    }

    /** Reads {@code path} as a document of {@code type} (any kind when null); unusable when it is not one. */
    @SuppressWarnings("unchecked")
    private <T> Loaded<T> load(Path path, Class<T> type) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = null;
        Result<?> read;
        try {
            bytes = bytes(path, out);
            read = bytes == null
                    ? Result.of(null, out)
                    : type == null
                            ? Documents.read(name(path), bytes)
                            : Documents.read(name(path), bytes, (Class<? extends Record>) type);
        } catch (OutOfMemoryError e) {
            // #13: within the size limit yet too much for the heap; said at the file, not as a stack trace
            bytes = null;
            read = new Result<>(null, List.of(BulkCheck.tooLarge(path)));
        }
        diagnostics.addAll(read.diagnostics());
        if (read.value() == null) {
            unusable = true;
        }
        return new Loaded<>((T) read.value(), name(path), bytes);
    }

    boolean hasErrors() {
        return Console.hasErrors(diagnostics);
    }
}
