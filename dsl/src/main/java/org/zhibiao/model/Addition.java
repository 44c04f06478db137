package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * An edit of a child template that adds to its parent: 一级 at the top, 二级 under a 一级
 * ({@code to: 运行成本}), or rows under a 二级 ({@code to: 运行成本/公用经费控制}).
 *
 * @param to the path added to; empty for the top level
 * @param after the sibling to insert after; absent means at the end
 * @param level1 new 一级 (only with an empty {@code to})
 * @param level2 new 二级 (with {@code to} naming a 一级)
 * @param entries new rows (with {@code to} naming a 二级)
 */
public record Addition(
        String to,
        String after,
        List<Level1> level1,
        List<Level2> level2,
        List<Entry> entries,
        @JsonIgnore Position pos) {

    public Addition {
        to = to == null ? "" : to;
        level1 = Lists.copy(level1);
        level2 = Lists.copy(level2);
        entries = Lists.copy(entries);
        pos = pos == null ? Position.NONE : pos;
    }
}
