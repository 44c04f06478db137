package org.zhibiao.cli.docs;

import org.zhibiao.model.Display;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Slot;

/** How the reference prints values: targets canonically, vocabularies by label, blanks as nothing. */
final class Labels {

    private Labels() {}

    static String of(Object value) {
        return Display.of(value);
    }

    /** 填报槽位 core-output：label（至少 1 条，至多 3 条） */
    static String slot(Slot s) {
        StringBuilder out = new StringBuilder("填报槽位 ").append(s.slot());
        if (s.label() != null && !s.label().isBlank()) {
            out.append("：").append(s.label());
        }
        String min = s.min() == null ? "" : "至少 " + s.min() + " 条";
        String max = s.max() == null ? "" : "至多 " + s.max() + " 条";
        String bounds = min.isEmpty() || max.isEmpty() ? min + max : min + "，" + max;
        return bounds.isEmpty()
                ? out.toString()
                : out.append("（").append(bounds).append("）").toString();
    }

    /** 必填 · 分值 50 — what the heading of a 一级 says about it. */
    static String level1Notes(Level1 l1) {
        String required = l1.isRequired() ? "必填" : "";
        String weight = l1.weight() == null ? "" : "分值 " + of(l1.weight());
        return required.isEmpty() || weight.isEmpty() ? required + weight : required + " · " + weight;
    }
}
