package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A 二级指标 and the rows under it.
 *
 * @param name the 二级 name; a pattern with {@code {n}} or {@code {职能}} for repeated slots
 * @param entries library references, inline rows and slots, in form order
 */
public record Level2(
        @Required String name,
        List<Entry> entries,
        @JsonIgnore Position pos) {

    /** The placeholder in a 二级 name that numbers one 二级 per slot indicator. */
    public static final String NUMBERED = "{n}";

    /** The placeholder in a 二级 name that stands for one 部门职能 of the profile. */
    public static final String PER_FUNCTION = "{职能}";

    public Level2 {
        entries = Lists.copy(entries);
        pos = pos == null ? Position.NONE : pos;
    }

    @JsonIgnore
    public boolean isNumbered() {
        return name != null && name.contains(NUMBERED);
    }

    @JsonIgnore
    public boolean isPerFunction() {
        return PER_FUNCTION.equals(name);
    }
}
