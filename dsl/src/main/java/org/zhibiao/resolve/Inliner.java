package org.zhibiao.resolve;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Slot;
import org.zhibiao.target.Target;

/**
 * Replaces library references by complete rows: the library's definition, the template's
 * overrides on top, and the form's default 依据 and 分类 where neither says.
 */
final class Inliner {

    private final IndicatorIndex index;
    private final Form form;
    private final Diagnostics out;

    Inliner(IndicatorIndex index, Form form, Diagnostics out) {
        this.index = index;
        this.form = form;
        this.out = out;
    }

    List<Level1> tree(List<Level1> level1) {
        List<Level1> result = new ArrayList<>(level1.size());
        for (Level1 l1 : level1) {
            List<Level2> children = new ArrayList<>();
            for (Level2 l2 : l1.children()) {
                children.add(new Level2(l2.name(), entries(l2.entries()), l2.pos()));
            }
            result.add(new Level1(l1.name(), l1.required(), l1.weight(), children, l1.pos()));
        }
        return result;
    }

    private List<Entry> entries(List<Entry> entries) {
        List<Entry> result = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Entry resolved = entry(entry);
            if (resolved != null) {
                result.add(resolved);
            }
        }
        return result;
    }

    private Entry entry(Entry entry) {
        if (entry instanceof LibraryRef r) {
            return reference(r);
        }
        if (entry instanceof Inline i) {
            return complete(i);
        }
        Slot s = (Slot) entry;
        return new Slot(s.slot(), s.label(), s.min(), s.max(), entries(s.defaults()), s.pos());
    }

    /** A library row with the template's overrides; null (and reported) when the id is unknown. */
    Inline reference(LibraryRef ref) {
        IndicatorDef def = index.find(ref.ref());
        if (def == null) {
            out.add(Problem.UNKNOWN_INDICATOR
                    .at(ref.pos(), ref.ref())
                    .withHint(DidYouMean.hint(ref.ref(), index.names())));
            return null;
        }
        return complete(new Inline(
                ref.name() != null ? ref.name() : def.name(),
                ref.target() != null ? ref.target() : def.target(),
                ref.halfYear(),
                def.kind(),
                def.direction(),
                def.unit(),
                ref.basis() != null ? ref.basis() : def.basis(),
                ref.category() != null ? ref.category() : def.category(),
                ref.weight() != null ? ref.weight() : def.weight(),
                def.id(),
                ref.pos()));
    }

    private Inline complete(Inline i) {
        Target target = i.target();
        Kind kind = i.kind() != null
                ? i.kind()
                : target == null ? null : target.isQuantitative() ? Kind.QUANTITATIVE : Kind.QUALITATIVE;
        return new Inline(
                i.name(),
                target,
                i.halfYear(),
                kind,
                i.direction(),
                i.unit(),
                i.basis() != null ? i.basis() : form == null ? null : form.basis(),
                i.category() != null ? i.category() : form == null ? null : form.category(),
                i.weight(),
                i.ref(),
                i.pos());
    }
}
