package org.zhibiao.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A collector that stages report into and carry on, so one run shows every problem
 * (Spock's {@code ErrorReporter.addErrorAndContinue}).
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();
    private int errors;

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
        if (diagnostic.severity() == Severity.ERROR) {
            errors++;
        }
    }

    public void addAll(Iterable<Diagnostic> more) {
        more.forEach(this::add);
    }

    public void report(Problem problem, Position position, Object... args) {
        add(problem.at(position, args));
    }

    public List<Diagnostic> list() {
        return Collections.unmodifiableList(items);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** How many of the diagnostics are errors; counted as they come, for the reader's per-record test (#7). */
    public int errorCount() {
        return errors;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }
}
