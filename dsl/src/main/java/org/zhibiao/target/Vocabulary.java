package org.zhibiao.target;

import java.util.Set;

/**
 * The qualitative words that are not free text: the level scale (DOMAIN.md §1.5, §7 {@code level})
 * and the placeholders that mean "not filled in yet".
 */
final class Vocabulary {

    /** Known level words; the seeds use the first row, 101号/88号 grading the 分级分档 rows. */
    static final Set<String> LEVELS = Set.of(
            "健全", "完善", "科学", "合理", "规范", "合规", "完全合规", "完全相符", "科学合理", "明确", "公开", "有效", "良好", "提升", "实现", "达标",
            "应保尽保", "不超预算", "优", "良", "中", "差", "好", "较好", "一般", "较差", "优秀", "合格", "不合格", "满意", "较满意", "基本满意", "不满意",
            "非常满意", "及时", "准确", "完整", "到位", "显著");

    private static final int LONGEST_LEVEL =
            LEVELS.stream().mapToInt(String::length).max().orElse(0);
    private static final String QUALITATIVE = "定性";

    private Vocabulary() {}

    /**
     * The {@link Placeholder} or {@link Level} that {@code raw[start, end)} spells, or {@code null}.
     * {@code 定性} and any spelling of {@code XX} (xx, ＸＸ) are placeholders; XX prints as {@code XX}.
     */
    static Target word(String raw, int start, int end) {
        int length = end - start;
        if (length == 2 && isX(raw.charAt(start)) && isX(raw.charAt(start + 1))) {
            return new Placeholder("XX");
        }
        if (length > LONGEST_LEVEL) {
            return null; // long text is prose; spare the substring
        }
        String text = raw.substring(start, end);
        if (text.equals(QUALITATIVE)) {
            return new Placeholder(QUALITATIVE);
        }
        return LEVELS.contains(text) ? new Level(text) : null;
    }

    private static boolean isX(char c) {
        char folded = Chars.fold(c);
        return folded == 'X' || folded == 'x';
    }
}
