package org.zhibiao.check;

import org.zhibiao.diag.Position;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;

/** A declaration row under construction in a test; {@link DeclarationFixture} gives it a position. */
final class RowSpec {

    String level1;
    String level2;
    String keyWork;
    String level3;
    String prev2;
    String prev1;
    String target;
    String halfYear;
    String fullYear;
    String basis = "计划标准";
    String category = "绩效基本型";
    Origin origin = Origin.TEMPLATE;
    String slot;

    static RowSpec of(String level1, String level2, String level3, String target) {
        RowSpec spec = new RowSpec();
        spec.level1 = level1;
        spec.level2 = level2;
        spec.level3 = level3;
        spec.target = target;
        return spec;
    }

    RowSpec history(String prev2Value, String prev1Value) {
        prev2 = prev2Value;
        prev1 = prev1Value;
        return this;
    }

    RowSpec target(String value) {
        target = value;
        return this;
    }

    RowSpec periods(String half, String full) {
        target = null;
        halfYear = half;
        fullYear = full;
        return this;
    }

    RowSpec keyWork(String value) {
        keyWork = value;
        return this;
    }

    RowSpec name(String value) {
        level3 = value;
        return this;
    }

    RowSpec level1(String value) {
        level1 = value;
        return this;
    }

    RowSpec level2(String value) {
        level2 = value;
        return this;
    }

    RowSpec basis(String value) {
        basis = value;
        return this;
    }

    RowSpec category(String value) {
        category = value;
        return this;
    }

    RowSpec origin(Origin value, String slotId) {
        origin = value;
        slot = slotId;
        return this;
    }

    RowSpec copy() {
        RowSpec c = of(level1, level2, level3, target);
        c.keyWork = keyWork;
        c.prev2 = prev2;
        c.prev1 = prev1;
        c.halfYear = halfYear;
        c.fullYear = fullYear;
        c.basis = basis;
        c.category = category;
        c.origin = origin;
        c.slot = slot;
        return c;
    }

    Row build(Position pos) {
        return new Row(
                level1, level2, keyWork, level3, prev2, prev1, target, halfYear, fullYear, basis, category, null,
                origin, slot, pos);
    }
}
