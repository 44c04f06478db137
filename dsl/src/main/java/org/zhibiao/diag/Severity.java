package org.zhibiao.diag;

import com.fasterxml.jackson.annotation.JsonValue;

/** How serious a finding is; the CLI turns the worst one into an exit code. */
public enum Severity {
    ERROR("错误", "error"),
    WARNING("警告", "warning"),
    INFO("提示", "info");

    private final String zh;
    private final String en;

    Severity(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The lower-case English word used in {@code error[CODE]} lines, documents and SARIF levels. */
    @JsonValue
    public String word() {
        return en;
    }
}
