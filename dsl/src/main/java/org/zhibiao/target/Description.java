package org.zhibiao.target;

/**
 * A qualitative 指标值 written as a phrase or sentence ("公安服务质量逐步提升").
 *
 * @param text the text, trimmed
 */
public record Description(String text) implements Target {

    @Override
    public String print() {
        return text;
    }
}
