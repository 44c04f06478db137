package org.zhibiao.groovy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Text;

/**
 * Runs template code on a thread of its own with a time limit. On time-out the thread is
 * interrupted, and the interrupt checks compiled into every loop and closure stop the script;
 * the caller then waits a moment for the thread to end, so that no thread of a script outlives
 * the call that ran it. Failures come back as one located diagnostic, never as an exception.
 *
 * <p>A thread per run, not a pool: a pooled worker stays alive after the command, and a run is
 * rare (one per template, one per declaration for closure rules) against the thread's cost.
 */
final class ScriptRunner {

    /** Threads of running template code are named with this prefix, so that tests can look for them. */
    static final String THREAD_PREFIX = "zhibiao-groovy-";

    /** How long an interrupted script gets to reach its next interrupt check and end. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

    private ScriptRunner() {}

    /** How a run of template code ended. */
    sealed interface Outcome<T> {
        /** The code returned {@code value}. */
        record Done<T>(T value) implements Outcome<T> {}

        /** The code threw: its failure, OutOfMemoryError and StackOverflowError included, is data. */
        record Failed<T>(Throwable failure) implements Outcome<T> {}

        /** The limit passed and the code was interrupted; {@code stack} is where it was at the limit. */
        record TimedOut<T>(List<StackTraceElement> stack) implements Outcome<T> {}

        /** The caller itself was interrupted (the batch is being stopped); its flag is set again. */
        record Interrupted<T>() implements Outcome<T> {}
    }

    /**
     * Runs {@code task} on a new daemon thread and waits at most {@code limit} for it; a task
     * still running then is interrupted and given {@link #STOP_GRACE} to end.
     */
    static <T> Outcome<T> call(Callable<T> task, Duration limit) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, THREAD_PREFIX + THREAD_COUNT.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            T value = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            join(thread); // it has returned: only the thread's own end is left
            return new Outcome.Done<>(value);
        } catch (ExecutionException e) {
            join(thread);
            return new Outcome.Failed<>(e.getCause());
        } catch (TimeoutException e) {
            List<StackTraceElement> stack = List.of(thread.getStackTrace());
            stop(future, thread);
            return new Outcome.TimedOut<>(stack);
        } catch (InterruptedException e) {
            stop(future, thread);
            Thread.currentThread().interrupt();
            return new Outcome.Interrupted<>();
        }
    }

    private static void stop(FutureTask<?> future, Thread thread) {
        future.cancel(true);
        join(thread);
    }

    /** Waits at most {@link #STOP_GRACE} for {@code thread} to end, keeping the caller's interrupt flag. */
    private static void join(Thread thread) {
        boolean interrupted = Thread.interrupted();
        try {
            thread.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
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
        Outcome<Object> outcome = call(script::run, limit);
        if (outcome instanceof Outcome.Failed<Object> failed) {
            return List.of(describe(failed.failure(), type, ctx));
        }
        if (outcome instanceof Outcome.TimedOut<Object> timedOut) {
            return List.of(GroovyProblem.TIMEOUT.at(locate(timedOut.stack(), type, ctx), limit.toMillis()));
        }
        if (outcome instanceof Outcome.Interrupted<Object>) {
            return List.of(GroovyProblem.TIMEOUT.at(ctx.here(), limit.toMillis()));
        }
        return null;
    }

    private static Diagnostic describe(Throwable failure, Class<?> type, DslContext ctx) {
        Position at = locate(List.of(failure.getStackTrace()), type, ctx);
        if (failure instanceof OutOfMemoryError) {
            return GroovyProblem.RESOURCE.at(at, Text.WORD_MEMORY.format(Lang.ZH), Text.WORD_MEMORY.format(Lang.EN));
        }
        if (failure instanceof StackOverflowError) {
            return GroovyProblem.RESOURCE.at(
                    at, Text.WORD_CALL_STACK.format(Lang.ZH), Text.WORD_CALL_STACK.format(Lang.EN));
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return GroovyProblem.RUNTIME.at(at, message);
    }

    /** The script's own line from a stack; the last DSL call's position when it has none. */
    private static Position locate(List<StackTraceElement> stack, Class<?> type, DslContext ctx) {
        Position here = ctx.here();
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if ((name.equals(type.getName()) || name.startsWith(type.getName() + "$")) && frame.getLineNumber() > 0) {
                int line = frame.getLineNumber();
                return Position.of(ctx.file(), line, line == here.line() ? here.column() : 1);
            }
        }
        return here;
    }
}
