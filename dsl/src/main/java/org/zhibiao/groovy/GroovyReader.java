package org.zhibiao.groovy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.FileBytes;

/**
 * Reads a template or an indicator library written in the Groovy DSL ({@link TemplateScript})
 * into the model, with every problem as a located diagnostic.
 *
 * <p><b>Guard rails, not a security sandbox.</b> A Groovy template is code: it comes from
 * catalogue maintainers and is reviewed like a build script. Departments hand in YAML, which is
 * data. The rails below stop mistakes and make a hostile script hard to write, but they do not
 * make it safe to run Groovy from someone you do not trust; an {@code --untrusted} path would run
 * the script in a separate JVM with limits and exchange only data. The rails:
 * <ul>
 *   <li>a script is statements only: no package, imports, classes, methods, fields, initialiser
 *       blocks or annotations (so no {@code @Grab}, no {@code @ASTTest}, no default parameter
 *       values that run code), global AST transformations disabled,
 *       {@code groovy.grape.enable=false} ({@link SourceGuard});</li>
 *   <li>an allow-list of node types and of method names over every expression of the script,
 *       before any name is resolved: no property access or subscript by name, no computed method
 *       names, method pointers, spreads, {@code new}, {@code try}, regular expressions, powers,
 *       huge literals or unbounded ranges ({@link ScriptShape});</li>
 *   <li>type-checked compilation against the typed DSL, so a misspelt keyword or a wrong argument
 *       type is an error at its own line and column;</li>
 *   <li>an allow-list over the type-checked calls: DSL keywords and side-effect-free methods of
 *       strings, numbers, ranges, lists and maps, subscripts only by position or map key, products
 *       only of fixed-size numbers — no constructors, reflection, files, sockets, processes or
 *       threads ({@link AllowList});</li>
 *   <li>a class loader that does not find other scripts and refuses I/O, reflection and compiler
 *       classes (it does not see dynamic calls, so it is the last rail, not the main one);</li>
 *   <li>a time limit: interrupt checks are compiled into every loop and closure, the script runs
 *       on a thread of its own that is interrupted at the limit, and no such thread outlives the
 *       read ({@link ScriptRunner}).</li>
 * </ul>
 *
 * <p>Compiled scripts are cached by content hash for the life of the process.
 *
 * @since 0.1
 */
public final class GroovyReader {

    /** How long a script may run before it is stopped. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private static final int MAX_BYTES = 4 << 20;

    private final Duration timeLimit;

    public GroovyReader() {
        this(DEFAULT_TIME_LIMIT);
    }

    public GroovyReader(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** Reads the one template a script file defines. */
    public Result<Template> readTemplate(Path file) {
        return script(file).map(this::template);
    }

    /** Reads the one template {@code source} defines; {@code name} is the file name diagnostics show. */
    public Result<Template> readTemplate(String name, String source) {
        return template(run(name, source));
    }

    /** Reads the one indicator library a script file defines. */
    public Result<Library> readLibrary(Path file) {
        return script(file).map(this::library);
    }

    /** Reads the one indicator library {@code source} defines. */
    public Result<Library> readLibrary(String name, String source) {
        return library(run(name, source));
    }

    /**
     * A template with the checker rules its script wrote as closures. The rules live beside the
     * template, not in it: the model is data that YAML can carry, a closure is not.
     *
     * @param template the template as written
     * @param rules the script's own rules, to pass to {@code Checker.check}
     */
    public record Scripted(Template template, List<Rule> rules) {}

    /** Reads the one template a script file defines, with the rules it wrote as closures. */
    public Result<Scripted> readScripted(Path file) {
        return script(file).map(run -> {
            Result<Template> template = template(run);
            return new Result<>(
                    template.value() == null ? null : new Scripted(template.value(), run.ctx.rules()),
                    template.diagnostics());
        });
    }

    /** Reads a script that defines one document, template or library, whichever it is. */
    public Result<Object> read(Path file) {
        return script(file).map(this::document);
    }

    /** Reads the one document, template or library, {@code source} defines. */
    public Result<Object> read(String name, String source) {
        return document(run(name, source));
    }

    private Result<Object> document(Run run) {
        List<Object> defined = new ArrayList<>(run.ctx.templates());
        defined.addAll(run.ctx.libraries());
        return run.pick(defined, Text.WORD_TEMPLATE_OR_LIBRARY);
    }

    private Run run(String name, String source) {
        ScriptCompiler.Compiled compiled = ScriptCompiler.compile(name, source);
        DslContext ctx = new DslContext(name, timeLimit);
        if (compiled.type() == null) {
            return new Run(ctx, compiled.errors());
        }
        return new Run(ctx, ScriptRunner.run(compiled.type(), ctx, timeLimit));
    }

    private Result<Template> template(Run run) {
        return run.pick(run.ctx.templates(), Text.WORD_TEMPLATE);
    }

    private Result<Library> library(Run run) {
        return run.pick(run.ctx.libraries(), Text.WORD_LIBRARY);
    }

    private Source script(Path file) {
        String name = file.toString();
        Diagnostics unreadable = new Diagnostics();
        // #13: a regular file only, read through a counted limit (/dev/zero, a FIFO)
        byte[] read = FileBytes.read(file, MAX_BYTES, unreadable);
        if (read == null) {
            return new Source(null, unreadable.list());
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(read);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return new Source(run(name, text), List.of());
        } catch (CharacterCodingException e) {
            return new Source(null, List.of(Problem.NOT_TEXT.at(Position.of(name, 0, 0), "?")));
        }
    }

    /** A script's run: its context, and the diagnostics that replace the context's when it failed. */
    private record Run(DslContext ctx, List<Diagnostic> failure) {

        <T> Result<T> pick(List<T> defined, Text what) {
            if (failure != null) {
                return new Result<>(null, failure);
            }
            if (defined.size() != 1) {
                GroovyProblem problem = defined.isEmpty() ? GroovyProblem.NO_DEFINITION : GroovyProblem.TWO_DEFINITIONS;
                ctx.report(problem.at(Position.of(ctx.file(), 1, 1), what.format(Lang.ZH), what.format(Lang.EN)));
            }
            return Result.of(defined.isEmpty() ? null : defined.get(0), ctx.diagnostics());
        }
    }

    /** A file's run, or why it could not be read. */
    private record Source(Run run, List<Diagnostic> unreadable) {

        <T> Result<T> map(Function<Run, Result<T>> pick) {
            return run == null ? new Result<>(null, unreadable) : pick.apply(run);
        }
    }
}
