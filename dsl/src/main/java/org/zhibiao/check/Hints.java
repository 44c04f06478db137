package org.zhibiao.check;

import java.util.Collection;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/** The checker's fix suggestions, each a {@link Hint} in both languages. */
final class Hints {

    private Hints() {}

    static Hint of(String zh, String en) {
        return Hint.of(zh, en);
    }

    /** "did you mean X?" for the closest candidate within a small edit distance; none if none is. */
    static Hint didYouMean(String typed, Collection<String> candidates) {
        return DidYouMean.hint(typed, candidates);
    }

    static Hint oneOf(Collection<String> allowed) {
        return of(
                Text.HINT_ONE_OF.format(Lang.ZH, String.join(Text.LIST_SEPARATOR.template(Lang.ZH), allowed)),
                Text.HINT_ONE_OF.format(Lang.EN, String.join(Text.LIST_SEPARATOR.template(Lang.EN), allowed)));
    }
}
