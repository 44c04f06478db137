package org.zhibiao.groovy;

import java.util.function.Consumer;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/**
 * The DSL for Java callers and tests: the same delegates a script uses, driven by
 * {@link Consumer}s instead of closures (Gradle's {@code Action<T>}).
 *
 * <pre>{@code
 * Result<Template> t = Dsl.template("x", tpl -> tpl.level1("运行成本", l1 -> l1.level2("公用经费控制",
 *         l2 -> l2.ref("公用经费控制率"))));
 * }</pre>
 *
 * @since 0.1
 */
public final class Dsl {

    private Dsl() {}

    /** A template built by {@code body}, with the diagnostics its arguments raised. */
    public static Result<Template> template(String id, Consumer<TemplateSpec> body) {
        DslContext ctx = new DslContext("");
        new Runner(ctx).template(id, body);
        return Result.of(ctx.templates().get(0), ctx.diagnostics());
    }

    /** A library built by {@code body}, with the diagnostics its arguments raised. */
    public static Result<Library> library(String id, Consumer<LibrarySpec> body) {
        DslContext ctx = new DslContext("");
        new Runner(ctx).library(id, body);
        return Result.of(ctx.libraries().get(0), ctx.diagnostics());
    }

    /** A script object that is never run, only used for its two top-level keywords. */
    private static final class Runner extends TemplateScript {
        Runner(DslContext ctx) {
            bind(ctx);
        }

        @Override
        public Object run() {
            return null;
        }
    }
}
