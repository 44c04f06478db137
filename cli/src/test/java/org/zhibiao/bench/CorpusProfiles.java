package org.zhibiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the benchmark corpus's department profiles for {@code hubei/public-security}: varied
 * names, codes, years, contacts, 职能, funds, projects, goals and core-output indicators, from a
 * fixed seed so every run makes the same files. About one in ten carries a defect a reviewer must
 * catch (funds that do not add up, a project over its total, an indicator pointing the wrong way,
 * a placeholder left). Nine in ten carry last year's declaration ({@code previous:}, the filled
 * 鄂州市公安局 2024 form beside the profiles), so their 前年/上年 columns come out filled, as a
 * department that copies forward its own form hands it in; the tenth is a new department whose
 * history is missing. Usage: {@code CorpusProfiles OUTDIR COUNT}.
 */
public final class CorpusProfiles {

    private static final String[] CITIES = {
        "武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施", "仙桃", "潜江", "天门", "神农架"
    };
    private static final String[] UNITS = {
        "市公安局", "区公安分局", "县公安局", "市交通警察支队", "市公安局看守所", "市公安局出入境管理处", "市公安局网络安全保卫支队", "市公安局刑事侦查支队"
    };
    private static final String[] REFS = {"出警率", "群体性事件成功处置率", "重点人口管控率"};
    private static final String[] CATEGORIES = {"常年性项目", "延续性项目", "一次性项目"};
    private static final String[] BASES = {"计划标准", "行业标准", "历史标准"};

    private CorpusProfiles() {}

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        try (var lastYear = CorpusProfiles.class.getResourceAsStream("/seeds/ezhou-2024.yaml")) {
            Files.write(out.toAbsolutePath().getParent().resolve("last-year.yaml"), lastYear.readAllBytes());
        }
        Random random = new Random(20_240_115L);
        for (int i = 1; i <= count; i++) {
            Files.writeString(out.resolve(String.format("p%05d.yaml", i)), profile(i, random), StandardCharsets.UTF_8);
        }
    }

    static String profile(int i, Random r) {
        boolean defect = r.nextInt(10) == 0;
        int kind = r.nextInt(4);
        StringBuilder y = new StringBuilder("kind: profile\n")
                .append("department: ")
                .append(CITIES[i % CITIES.length])
                .append(UNITS[r.nextInt(UNITS.length)])
                .append(i)
                .append('\n')
                .append("code: \"")
                .append(String.format("42%04d", i))
                .append("\"\n")
                .append("year: ")
                .append(2023 + r.nextInt(4))
                .append('\n')
                .append("contact:\n  preparer: 填报人")
                .append(i)
                .append("\n  phone: \"0711-")
                .append(3_000_000 + r.nextInt(999_999))
                .append("\"\n  date: ")
                .append(2024)
                .append('年')
                .append(1 + r.nextInt(12))
                .append("月")
                .append(1 + r.nextInt(28))
                .append("日\n");
        y.append("functions:\n");
        for (int f = 0; f <= r.nextInt(6); f++) {
            y.append("  - 职能").append(f + 1).append("：依法开展第").append(f + 1).append("类公安业务工作，维护社会治安秩序。\n");
        }
        y.append("tasks: 第").append(i).append("号单位年度工作任务：深入推进打击整治，持续优化治安环境。\n");
        funds(y, r, defect && kind == 0);
        projects(y, r, defect && kind == 1);
        y.append("goals:\n  until: 2026\n  longTerm: [维护国家安全, 维护社会稳定]\n  annual: [保障公安业务正常运转]\n");
        if (r.nextInt(10) != 0) {
            y.append("previous: ../last-year.yaml\n");
        }
        indicators(y, r, defect ? kind : -1);
        return y.toString();
    }

    private static void funds(StringBuilder y, Random r, boolean unbalanced) {
        double[][] amounts = new double[3][3];
        double[] totals = new double[3];
        for (int item = 0; item < 3; item++) {
            for (int year = 0; year < 3; year++) {
                amounts[item][year] = Math.round(r.nextDouble() * 2_000_000) / 100.0 + 100;
                totals[year] += amounts[item][year];
            }
        }
        if (unbalanced) {
            totals[0] += 1000;
        }
        y.append("funds:\n  income:\n    items:\n      - name: 财政拨款\n");
        money(y, totals);
        y.append("      - name: 财政专户管理资金\n      - name: 单位资金\n  expenditure:\n    items:\n");
        String[] names = {"人员类项目支出", "运转类项目支出", "特定目标类项目支出"};
        for (int item = 0; item < 3; item++) {
            y.append("      - name: ").append(names[item]).append('\n');
            money(y, amounts[item]);
        }
    }

    private static void money(StringBuilder y, double[] years) {
        y.append(String.format(
                Locale.ROOT,
                "        amount: %.2f%n        prev1: %.2f%n        prev2: %.2f%n",
                years[0],
                years[1],
                years[2]));
    }

    private static void projects(StringBuilder y, Random r, boolean overBudget) {
        y.append("projects:\n");
        for (int p = 0; p <= r.nextInt(5); p++) {
            double total = 100 + r.nextInt(9000);
            double current = overBudget && p == 0 ? total + 50 : total;
            y.append(String.format(
                    Locale.ROOT,
                    "  - name: 项目%d%n    category: %s%n    total: %.0f%n    currentYear: %.0f%n"
                            + "    purpose: 项目%d经费%n",
                    p + 1,
                    CATEGORIES[r.nextInt(CATEGORIES.length)],
                    total,
                    current,
                    p + 1));
        }
    }

    private static void indicators(StringBuilder y, Random r, int defect) {
        y.append("indicators:\n");
        int n = 1 + r.nextInt(REFS.length);
        for (int k = 0; k < n; k++) {
            // the library's =100% is the only clean value for these rates (anything less is weaker
            // than the template), so clean rows vary by their 依据 instead
            String target =
                    defect == 2 && k == 0 ? "≤" + (60 + r.nextInt(30)) + "%" : defect == 3 && k == 0 ? "定性" : "=100%";
            y.append("  - {slot: core-output, ref: ")
                    .append(REFS[k])
                    .append(", target: \"")
                    .append(target)
                    .append("\", basis: ")
                    .append(BASES[r.nextInt(BASES.length)])
                    .append("}\n");
        }
    }
}
