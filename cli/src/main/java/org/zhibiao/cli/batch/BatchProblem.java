package org.zhibiao.cli.batch;

import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;

/** The diagnostics of batch runs (CSV profiles, output names), one constant per message. */
public enum BatchProblem {
    CSV_NOT_UTF8(
            "csv-not-utf8",
            "CSV 文件不是 UTF-8 编码（约第 %s 行）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
            "the CSV file is not UTF-8 (around line %s); save it from Excel as 'CSV UTF-8 (comma delimited)'"),
    CSV_QUOTE(
            "csv-quote",
            "引号不匹配：%s；字段中的引号应写成两个引号 \"\"",
            "unbalanced quote: %s; a quote inside a quoted field is written as two quotes \"\""),
    CSV_FIELDS(
            "csv-fields",
            "此行有 %s 个字段，表头有 %s 个；请检查逗号（含逗号的内容须加引号）",
            "this line has %s fields but the header has %s; check the commas (quote a value that contains one)"),
    CSV_TOO_LONG(
            "csv-too-long",
            "此行（或引号中的内容）超过 %s KiB，不是一个单位的档案；其后的内容未读取",
            "this line (or quoted value) is longer than %s KiB, which no department's line is; the rest of the file is not read"),
    CSV_HEADER("csv-header", "未知的列“%s”；可用的列：%s", "unknown column '%s'; known columns: %s"),
    CSV_NO_DEPARTMENT(
            "csv-no-department",
            "缺少 department（部门）列；表头应如 %s",
            "the department column is missing; a header looks like %s"),
    CSV_EMPTY("csv-empty", "CSV 文件没有表头；第一行应如 %s", "the CSV file has no header; its first line looks like %s"),
    CSV_VALUE("csv-value", "“%s”列的值“%s”无效；应为 %s", "column '%s' has an invalid value '%s'; %s expected"),
    DUPLICATE_OUTPUT(
            "duplicate-output",
            "输出文件名 %s 与前面的档案重复；请为每个单位填写不同的 code（单位编码）",
            "output name %s repeats an earlier profile's; give every department its own code"),
    INTERRUPTED(
            "interrupted",
            "已中断；已写出的文件都是完整的，未完成的临时文件已删除",
            "interrupted; every file written is complete, unfinished temporary files were removed");

    private final String code;
    private final String zh;
    private final String en;

    BatchProblem(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public Diagnostic at(Position position, Object... args) {
        return new Diagnostic(
                code, Severity.ERROR, format(Lang.ZH, args), format(Lang.EN, args), position, "", Hint.NONE);
    }

    /** For messages whose arguments are words that differ by language (部门名称 / a name). */
    public Diagnostic at(Position position, Object[] zhArgs, Object[] enArgs) {
        return new Diagnostic(
                code, Severity.ERROR, format(Lang.ZH, zhArgs), format(Lang.EN, enArgs), position, "", Hint.NONE);
    }

    public String format(Lang lang, Object... args) {
        return String.format(lang == Lang.ZH ? zh : en, args);
    }
}
