package org.zhibiao.groovy;

import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;

/**
 * Every diagnostic the Groovy front end reports on its own, with its code and its message in
 * Chinese and English. Semantic errors that YAML can have too (bad 指标值, unknown enum label)
 * use the shared {@link org.zhibiao.diag.Problem} codes instead, so both front ends report them
 * alike.
 */
public enum GroovyProblem {
    COMPILE("groovy-compile", "Groovy 模板脚本有误：%s", "the Groovy template script does not compile: %s"),
    FORBIDDEN(
            "groovy-forbidden",
            "模板脚本中不允许%s；模板只能使用 zhibiao DSL 的关键字、字面量、局部变量和循环",
            "%s is not allowed in a template script; use only the zhibiao DSL keywords, literals, local variables and loops"),
    TIMEOUT(
            "groovy-timeout",
            "脚本运行超过 %s 毫秒，已被停止；模板脚本应当瞬间完成，请检查循环",
            "the script ran longer than %s ms and was stopped; a template script should finish at once, check its loops"),
    RESOURCE(
            "groovy-resource",
            "脚本耗尽了%s，已被停止；请检查循环和递归",
            "the script exhausted %s and was stopped; check its loops and recursion"),
    RUNTIME("groovy-runtime", "脚本运行出错：%s", "the script failed while running: %s"),
    RULE_TIMEOUT(
            "groovy-rule-timeout",
            "模板规则“%s”检查这份申报表超过 %s 毫秒，已被停止，本规则未检查；规则应对每一行立即作答，请检查其中的循环",
            "the template rule '%s' ran longer than %s ms on this declaration and was stopped, so it checked "
                    + "nothing; a rule should answer each row at once, check its loops"),
    RULE_FAILED(
            "groovy-rule-failed", "模板规则“%s”运行出错，本规则未检查：%s", "the template rule '%s' failed and checked nothing: %s"),
    NO_DEFINITION(
            "groovy-no-definition",
            "脚本没有定义%s；请写 模板('…') { … } 或 指标库('…') { … }",
            "the script defines no %s; write template('…') { … } or library('…') { … }"),
    TWO_DEFINITIONS(
            "groovy-two-definitions",
            "脚本定义了不止一个%s；一个文件只写一个",
            "the script defines more than one %s; write one per file"),
    UNKNOWN_OPTION("groovy-unknown-option", "未知的参数“%s”；允许的参数：%s", "unknown option '%s'; expected one of: %s"),
    BLANK("groovy-blank", "%s 不能为空", "%s must not be blank");

    private final String code;
    private final String zh;
    private final String en;

    GroovyProblem(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    /** A located error diagnostic with this message. */
    public Diagnostic at(Position position, Object... args) {
        return new Diagnostic(
                code, Severity.ERROR, format(Lang.ZH, args), format(Lang.EN, args), position, "", Hint.NONE);
    }

    /** A located error diagnostic whose one argument differs between the two languages. */
    public Diagnostic at(Position position, String zhArg, String enArg) {
        return new Diagnostic(
                code, Severity.ERROR, format(Lang.ZH, zhArg), format(Lang.EN, enArg), position, "", Hint.NONE);
    }

    /** A located error diagnostic with a fix, such as "did you mean target?". */
    public Diagnostic hinted(Position position, Hint hint, Object... args) {
        Diagnostic d = at(position, args);
        return new Diagnostic(d.code(), d.severity(), d.zh(), d.en(), position, "", hint);
    }

    public String format(Lang lang, Object... args) {
        return String.format(lang == Lang.ZH ? zh : en, args);
    }
}
