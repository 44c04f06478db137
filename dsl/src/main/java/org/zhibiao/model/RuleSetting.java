package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;

/**
 * A template's switch for one checker rule: on or off, at which severity, with which parameters.
 *
 * @param rule the rule code, e.g. {@code quantitative-share}
 * @param enabled false turns the rule off
 * @param severity overrides the rule's default severity
 * @param params rule parameters, e.g. {@code min: 50}, in the order the template wrote them
 */
public record RuleSetting(
        @Required String rule,
        Boolean enabled,
        Severity severity,
        Map<String, String> params,
        @JsonIgnore Position pos) {

    public RuleSetting {
        params = params == null ? Map.of() : ordered(params);
        pos = pos == null ? Position.NONE : pos;
    }

    /**
     * An unmodifiable copy in the source's order. Not {@code Map.copyOf}: its iteration order
     * depends on a per-JVM salt, and the writers print params as they iterate, so {@code catalogue
     * show}, {@code convert} and the bundled catalogue came out different on every run (issue 13).
     * Nulls are refused as {@code Map.copyOf} refuses them.
     */
    private static Map<String, String> ordered(Map<String, String> params) {
        Map<String, String> copy = new LinkedHashMap<>();
        params.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(copy);
    }
}
