package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Template;

/** A generated template of any size: 5 一级 × 10 二级 × n/50 rows, alternating refs and inline rows. */
final class LargeTemplate {

    private LargeTemplate() {}

    static Template generate(int indicators) {
        List<Level1> level1 = new ArrayList<>();
        int made = 0;
        for (int a = 1; a <= 5; a++) {
            List<Level2> level2 = new ArrayList<>();
            for (int b = 1; b <= 10; b++) {
                List<Entry> rows = new ArrayList<>();
                for (int c = 0; c < indicators / 50 || (a == 5 && b == 10 && made < indicators); c++, made++) {
                    rows.add(
                            made % 2 == 0
                                    ? Fixtures.ref("库指标" + made, "≥" + (made % 100) + "%")
                                    : Fixtures.inline("三级指标" + made, made % 3 == 0 ? "健全" : "≤" + made + "天"));
                }
                level2.add(new Level2("二级" + a + "-" + b, rows, null));
            }
            level1.add(new Level1("一级" + a, a == 1, null, level2, null));
        }
        return new Template(
                "generated/" + indicators,
                "1",
                "生成的模板",
                null,
                null,
                List.of("common"),
                null,
                level1,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
