package org.zhibiao.target;

/**
 * A qualitative grade from the known scale (健全, 规范, 完全相符, 良好 …): 定性 but not free text.
 *
 * @param word the level word
 */
public record Level(String word) implements Target {

    @Override
    public String print() {
        return word;
    }
}
