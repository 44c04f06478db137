package org.zhibiao.diag;

/**
 * A fix to offer with a finding, in Chinese and in English as the finding's message is. Renderers
 * print the one in the reader's language after the message ({@code 提示：…} / {@code help: …}), so
 * a hint is a whole phrase ("是否应为“预算执行率”？"), never a bare name for the renderer to wrap:
 * wrapping every hint as "did you mean …" turned advice such as "应为 ≥ 而非 ≤" into nonsense.
 *
 * @param zh the hint in Chinese; empty when there is none
 * @param en the hint in English; empty when there is none
 */
public record Hint(String zh, String en) {

    /** No hint. */
    public static final Hint NONE = new Hint("", "");

    public Hint {
        zh = zh == null ? "" : zh;
        en = en == null ? "" : en;
    }

    public static Hint of(String zh, String en) {
        return new Hint(zh, en);
    }

    /** "Did you mean …?" for the nearest known name; no hint when there is none (null or blank). */
    public static Hint didYouMean(String candidate) {
        return candidate == null || candidate.isBlank()
                ? NONE
                : new Hint(
                        Text.HINT_DID_YOU_MEAN.format(Lang.ZH, candidate),
                        Text.HINT_DID_YOU_MEAN.format(Lang.EN, candidate));
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** The hint in one language, falling back to the other when only that one was written. */
    public String text(Lang lang) {
        String text = lang == Lang.ZH ? zh : en;
        return text.isEmpty() ? (lang == Lang.ZH ? en : zh) : text;
    }
}
