package org.zhibiao.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.Function;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Profile;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Row;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.target.Target;

/**
 * Fills the template's slots: the department's own indicators from the profile first, else the
 * template's defaults, else one {@code todo} row that marks the place to fill.
 */
final class SlotFiller {

    private final Template template;
    private final Profile profile;
    private final IndicatorIndex index;
    private final Diagnostics out;
    private final IdentityHashMap<ProfileIndicator, Boolean> used = new IdentityHashMap<>();

    SlotFiller(Template template, Profile profile, IndicatorIndex index, Diagnostics out) {
        this.template = template;
        this.profile = profile;
        this.index = index;
        this.out = out;
    }

    List<Row> fill(Level1 l1, Level2 l2, Slot slot) {
        List<Row> rows = new ArrayList<>();
        for (ProfileIndicator own : profile.indicators()) {
            if (slot.slot().equals(own.slot())) {
                used.put(own, Boolean.TRUE);
                Inline row = inline(own);
                if (row != null) {
                    rows.add(Rows.of(l1.name(), l2.name(), null, row, Origin.PERSON, slot.slot()));
                }
            }
        }
        if (slot.max() != null && rows.size() > slot.max()) {
            out.report(Problem.SLOT_TOO_MANY, profile.pos(), slot.slot(), slot.max(), rows.size());
        }
        if (rows.isEmpty()) {
            for (Entry entry : slot.defaults()) {
                if (entry instanceof Inline row) {
                    rows.add(Rows.of(l1.name(), l2.name(), null, row, Origin.TEMPLATE, slot.slot()));
                }
            }
        }
        if (rows.isEmpty() && (slot.min() == null || slot.min() > 0)) {
            rows.add(Rows.todo(l1.name(), l2.name(), null, slot.slot(), basis(), category()));
        }
        return rows;
    }

    /** Jiangsu's 履职: one 二级 per function of the profile, its 重点工作, and that work's rows. */
    List<Row> perFunction(Level1 l1, Level2 l2) {
        String slotId = l2.entries().stream()
                .filter(e -> e instanceof Slot)
                .map(e -> ((Slot) e).slot())
                .findFirst()
                .orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Function function : profile.functions()) {
            if (function.indicators().isEmpty() && function.keyWork() == null) {
                continue;
            }
            if (function.indicators().isEmpty()) {
                rows.add(Rows.todo(l1.name(), function.name(), function.keyWork(), slotId, basis(), category()));
            }
            for (ProfileIndicator own : function.indicators()) {
                Inline row = inline(own);
                if (row != null) {
                    rows.add(Rows.of(l1.name(), function.name(), function.keyWork(), row, Origin.PERSON, slotId));
                }
            }
        }
        if (rows.isEmpty()) {
            rows.add(Rows.todo(l1.name(), l2.name(), null, slotId, basis(), category()));
        }
        return rows;
    }

    /**
     * One row to fill for a required 一级 whose slots are all optional and all left empty: without
     * it the skeleton would have no place for the indicator the form demands.
     */
    List<Row> placeFor(Level1 l1) {
        for (Level2 l2 : l1.children()) {
            for (Entry entry : l2.entries()) {
                if (entry instanceof Slot slot) {
                    String level2 = l2.isNumbered() ? l2.name().replace(Level2.NUMBERED, "1") : l2.name();
                    return List.of(Rows.todo(l1.name(), level2, null, slot.slot(), basis(), category()));
                }
            }
        }
        return List.of();
    }

    void reportUnused() {
        List<String> ids = slotIds();
        for (ProfileIndicator own : profile.indicators()) {
            if (!used.containsKey(own)) {
                Compiler.unknownSlot(out, own, ids);
            }
        }
    }

    private Inline inline(ProfileIndicator own) {
        if (own.ref() == null) {
            return ownRow(own);
        }
        IndicatorDef def = index.find(own.ref());
        if (def == null) {
            out.report(Problem.UNKNOWN_INDICATOR, own.pos(), own.ref());
            return null;
        }
        return new Inline(
                or(own.name(), def.name()),
                or(own.target(), def.target()),
                own.halfYear(),
                def.kind(),
                def.direction(),
                def.unit(),
                or(own.basis(), or(def.basis(), basis())),
                or(own.category(), or(def.category(), category())),
                def.weight(),
                def.id(),
                own.pos());
    }

    /** A department's indicator that names no library entry: its kind follows from its 指标值. */
    private Inline ownRow(ProfileIndicator own) {
        Target target = own.target();
        Kind kind = target == null ? null : target.isQuantitative() ? Kind.QUANTITATIVE : Kind.QUALITATIVE;
        return new Inline(
                own.name(),
                target,
                own.halfYear(),
                kind,
                null,
                null,
                or(own.basis(), basis()),
                or(own.category(), category()),
                null,
                null,
                own.pos());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private List<String> slotIds() {
        return template.indicators().stream()
                .flatMap(l1 -> l1.children().stream())
                .flatMap(l2 -> l2.entries().stream())
                .filter(e -> e instanceof Slot)
                .map(e -> ((Slot) e).slot())
                .toList();
    }

    private String basis() {
        Form form = template.form();
        return form == null ? null : form.basis();
    }

    private String category() {
        Form form = template.form();
        return form == null ? null : form.category();
    }
}
