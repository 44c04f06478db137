package org.zhibiao.check;

import java.util.function.Consumer;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;

/** A rule made of its main message, its explanation and a check function. */
final class BuiltinRule implements Rule {

    private final Message message;
    private final String explainZh;
    private final String explainEn;
    private final Consumer<CheckContext> body;
    private final RowCheck rows;
    private final boolean enabledByDefault;

    BuiltinRule(Message message, String explainZh, String explainEn, Consumer<CheckContext> body) {
        this(message, explainZh, explainEn, body, true);
    }

    BuiltinRule(Message message, String explainZh, String explainEn, Consumer<CheckContext> body, boolean on) {
        this(message, explainZh, explainEn, body, null, on);
    }

    /** A rule that judges each row on its own (see {@link RowCheck}). */
    BuiltinRule(Message message, String explainZh, String explainEn, RowCheck rows) {
        this(message, explainZh, explainEn, rows::run, rows, true);
    }

    private BuiltinRule(
            Message message,
            String explainZh,
            String explainEn,
            Consumer<CheckContext> body,
            RowCheck rows,
            boolean on) {
        this.message = message;
        this.explainZh = explainZh;
        this.explainEn = explainEn;
        this.body = body;
        this.rows = rows;
        this.enabledByDefault = on;
    }

    /** The per-row body when the rule judges rows one by one, else null. */
    RowCheck rows() {
        return rows;
    }

    @Override
    public String code() {
        return message.code();
    }

    @Override
    public Severity defaultSeverity() {
        return message.severity();
    }

    @Override
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    @Override
    public String explain(Lang lang) {
        return lang == Lang.ZH ? explainZh : explainEn;
    }

    @Override
    public void check(CheckContext context) {
        body.accept(context);
    }

    @Override
    public String toString() {
        return "Rule[" + code() + "]";
    }
}
