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

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> more) {
        more.forEach(items::add);
    }

    public void report(Problem problem, Position position, Object... args) {
        items.add(problem.at(position, args));
    }

    public List<Diagnostic> list() {
        return Collections.unmodifiableList(items);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }
}
