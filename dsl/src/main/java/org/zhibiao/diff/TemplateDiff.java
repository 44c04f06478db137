package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Template;

/**
 * What changed between two resolved templates (two versions of one, or a parent and a child): the
 * template's header and form first, then the indicator tree in form order, 一级 by 一级.
 *
 * <p>Rows are paired by name at their place, then by name anywhere (moved), then by library entry
 * (renamed); target changes say whether the new 指标值 is stricter or looser
 * ({@link org.zhibiao.target.Targets#compare}). Templates are compared by content, so the ids and
 * versions of the two never count as a difference.
 */
public final class TemplateDiff {

    private TemplateDiff() {}

    /**
     * The differences from {@code before} to {@code after}, empty when they are the same.
     *
     * @param before a resolved template (parents applied, library rows inlined)
     * @param after another resolved template
     */
    public static List<Difference> between(Template before, Template after) {
        List<Difference> out = new ArrayList<>();
        FormDiff.diff(before, after, out);
        TreeDiff.diff(new Flat(before), new Flat(after), out);
        return List.copyOf(out);
    }
}
