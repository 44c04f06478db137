package org.zhibiao.diag;

import java.util.List;
import java.util.Optional;

/**
 * What a stage produced, with what it found on the way. Errors are values (DESIGN.md): the value
 * is absent when an error made it impossible to build.
 *
 * @param value the product, or null
 * @param diagnostics everything reported, in order
 */
public record Result<T>(T value, List<Diagnostic> diagnostics) {

    public Result {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Result<T> of(T value, Diagnostics diagnostics) {
        return new Result<>(diagnostics.hasErrors() ? null : value, diagnostics.list());
    }

    public Optional<T> get() {
        return Optional.ofNullable(value);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
