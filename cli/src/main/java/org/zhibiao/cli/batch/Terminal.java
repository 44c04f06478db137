package org.zhibiao.cli.batch;

import java.io.Console;

/**
 * Whether the JVM runs on a terminal rather than with its streams redirected. From JDK 22
 * {@link System#console()} is never null (JDK-8308591, the JLine console), so a null test would
 * draw a progress bar into a redirected file; there {@code Console.isTerminal()} answers, and it
 * is looked up reflectively because the code is compiled for release 17.
 */
public final class Terminal {

    private Terminal() {}

    /** True when a console is attached to a terminal. */
    @SuppressWarnings("SystemConsoleNull") // null only up to JDK 21; from 22 isTerminal() is asked
    public static boolean attached() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17 to 21: a console exists only on a terminal
        }
    }
}
