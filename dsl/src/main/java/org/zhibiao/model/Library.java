package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A named, versioned indicator library (指标库) that templates draw their rows from.
 *
 * @param id library identifier, e.g. {@code common} or {@code police}
 * @param version the library's version
 * @param title human title
 * @param indicators the entries, in reading order
 */
public record Library(
        @Required String id,
        String version,
        String title,
        List<IndicatorDef> indicators,
        @JsonIgnore Position pos) {

    public Library {
        indicators = Lists.copy(indicators);
        pos = pos == null ? Position.NONE : pos;
    }
}
