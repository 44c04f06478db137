package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;

/**
 * A template's switch for one checker rule: on or off, at which severity, with which parameters.
 *
 * @param rule the rule code, e.g. {@code quantitative-share}
 * @param enabled false turns the rule off
 * @param severity overrides the rule's default severity
 * @param params rule parameters, e.g. {@code min: 50}
 */
public record RuleSetting(
        @Required String rule, Boolean enabled, Severity severity, Map<String, String> params, @JsonIgnore Position pos) {

    public RuleSetting {
        params = params == null ? Map.of() : Map.copyOf(params);
        pos = pos == null ? Position.NONE : pos;
    }
}
