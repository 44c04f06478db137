package org.zhibiao.groovy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;

/**
 * Runs a compiled template script on a worker thread with a time limit. On time-out the worker
 * is interrupted; the interrupt checks compiled into every loop and closure then stop the script.
 * Failures come back as one located diagnostic, never as an exception.
 */
final class ScriptRunner {

    private static final AtomicInteger WORKER_COUNT = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "zhibiao-groovy-" + WORKER_COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ScriptRunner() {
    }

    /** Runs template code (a closure rule) on the same daemon workers, for a caller that waits with a limit. */
    static <T> Future<T> submit(java.util.concurrent.Callable<T> task) {
        return WORKERS.submit(task);
    }

    /** Runs {@code type} against {@code ctx}; returns the diagnostics that replace the context's, if it failed. */
    static List<Diagnostic> run(Class<? extends TemplateScript> type, DslContext ctx, Duration limit) {
        TemplateScript script;
        try {
            script = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            return List.of(GroovyProblem.RUNTIME.at(Position.of(ctx.file(), 1, 1), e.toString()));
        }
        script.bind(ctx);
        Future<Throwable> outcome = WORKERS.submit(() -> {
            try {
                script.run();
                return null;
            } catch (Throwable t) { // the script's failure is data: OutOfMemoryError and StackOverflowError too
                return t;
            }
        });
        try {
            Throwable failure = outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return failure == null ? null : List.of(describe(failure, type, ctx));
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return List.of(GroovyProblem.TIMEOUT.at(ctx.here(), limit.toMillis()));
        } catch (InterruptedException e) {
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            return List.of(GroovyProblem.TIMEOUT.at(ctx.here(), limit.toMillis()));
        } catch (ExecutionException e) {
            return List.of(describe(e.getCause(), type, ctx));
        }
    }

    private static Diagnostic describe(Throwable failure, Class<?> type, DslContext ctx) {
        Position at = locate(failure, type, ctx);
        if (failure instanceof OutOfMemoryError) {
            return GroovyProblem.RESOURCE.at(at, "内存", "memory");
        }
        if (failure instanceof StackOverflowError) {
            return GroovyProblem.RESOURCE.at(at, "调用栈", "the call stack");
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return GroovyProblem.RUNTIME.at(at, message);
    }

    /** The script's own line from the failure's stack; the last DSL call's position when it has none. */
    private static Position locate(Throwable failure, Class<?> type, DslContext ctx) {
        Position here = ctx.here();
        for (StackTraceElement frame : failure.getStackTrace()) {
            String name = frame.getClassName();
            if ((name.equals(type.getName()) || name.startsWith(type.getName() + "$")) && frame.getLineNumber() > 0) {
                int line = frame.getLineNumber();
                return Position.of(ctx.file(), line, line == here.line() ? here.column() : 1);
            }
        }
        return here;
    }
}
