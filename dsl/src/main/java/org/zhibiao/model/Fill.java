package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * An edit of a child template that gives an inherited slot its default rows, such as the
 * police core outputs 出警率, 群体性事件成功处置率 for Hubei's 核心业务产出 slot.
 *
 * @param slot the slot id
 * @param entries the default rows, replacing the parent's defaults
 */
public record Fill(
        @Required String slot,
        List<Entry> entries,
        @JsonIgnore Position pos) {

    public Fill {
        entries = Lists.copy(entries);
        pos = pos == null ? Position.NONE : pos;
    }
}
