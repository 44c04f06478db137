package org.zhibiao.target;

/**
 * A value that stands for "not decided yet": the literal {@code 定性} printed where a qualitative
 * value should be, or {@code XX}. A checker warns about it; a compiler may emit it for slots.
 *
 * @param text the placeholder in canonical spelling: {@code 定性} or {@code XX} (the parser reads
 *     {@code xx} and full-width {@code ＸＸ} as {@code XX})
 */
public record Placeholder(String text) implements Target {

    @Override
    public String print() {
        return text;
    }
}
