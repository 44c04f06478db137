package org.zhibiao.groovy;

import groovy.lang.Closure;
import java.util.function.Consumer;

/** Runs a DSL closure against its delegate, the way every {@code @DelegatesTo} method promises. */
final class Closures {

    private Closures() {}

    /**
     * A consumer that runs a copy of {@code body} with {@code spec} as its only delegate. DELEGATE_ONLY
     * at run time matches what the type checker assumed, so a name the delegate lacks can never
     * fall through to the script.
     */
    static <T> Consumer<T> delegating(Closure<?> body) {
        return spec -> {
            if (body == null) {
                return;
            }
            Closure<?> copy = (Closure<?>) body.clone();
            copy.setResolveStrategy(Closure.DELEGATE_ONLY);
            copy.setDelegate(spec);
            if (copy.getMaximumNumberOfParameters() == 0) {
                copy.call();
            } else {
                copy.call(spec);
            }
        };
    }
}
