package org.zhibiao.diag;

/**
 * The phrases zhibiao prints that are not findings: help headings, labels, summaries and the
 * words put into a finding's message. With {@link Problem} (the findings of reading, resolving and
 * the command line) it is the message catalogue (#17): a test fails when Chinese text or a printed
 * English sentence appears in main code outside the catalogue, and when an entry lacks either
 * language or the two differ in placeholders.
 *
 * <p>One entry per line, sorted by key, so that parallel changes merge line by line. Arguments
 * are filled by {@link Messages#format} ({@code %s}, {@code %N$s}, {@code %%}). Plain enum
 * constants: nothing is read or parsed at start-up.
 */
public enum Text {
    BAND_ACHIEVED("band.achieved", "达成", "achieved"),
    BAND_MISSED("band.missed", "未达成", "not achieved"),
    BAND_PARTIAL("band.partial", "部分达成", "partly achieved"),
    CHECK_NO_FILE(
            "check.no-file", "请指定要检查的申报表文件；用法见 zhibiao check --help", "no declaration given; see zhibiao check --help"),
    CHECK_ONE_UNUSABLE("check.one-unusable", "1 个文件无法检查（见上）", "1 file could not be checked (see above)"),
    CHECK_STDIN_ALONE(
            "check.stdin-alone", "“-”（标准输入）只能单独使用，不能与文件同用", "'-' (standard input) cannot be combined with other files"),
    CHECK_SUMMARY("check.summary", "%s 个文件：%s 个错误，%s 个警告", "%s file(s): %s error(s), %s warning(s)"),
    CONSOLE_HINT("console.hint", "  提示：%s", "  help: %s"),
    DIAGNOSTIC_AT("diagnostic.at", "（位置：%s）", " (at %s)"),
    DIFF_ADDED("diff.added", "新增%s%s", "added %s%s"),
    DIFF_CHANGED("diff.changed", "%s：%s → %s", "%s: %s → %s"),
    DIFF_DETAIL("diff.detail", "（%s）", " (%s)"),
    DIFF_FORM("diff.form", "表单", "form"),
    DIFF_INCOMPARABLE("diff.incomparable", "%s改变（无法比较松紧）", "%s changed (not comparable)"),
    DIFF_LOOSENED("diff.loosened", "%s放宽", "%s loosened"),
    DIFF_MOVED("diff.moved", "移动", "moved"),
    DIFF_NOUN_CHANGED("diff.noun-changed", "%s改变", "%s changed"),
    DIFF_REMOVED("diff.removed", "删除%s%s", "removed %s%s"),
    DIFF_RENAMED("diff.renamed", "改名", "renamed"),
    DIFF_REORDERED("diff.reordered", "顺序调整", "reordered"),
    DIFF_RESPELLED("diff.respelled", "%s写法改变（含义相同）", "%s respelled (same meaning)"),
    DIFF_RULE("diff.rule", "规则 %s", "rule %s"),
    DIFF_TABLE("diff.table", "表格 %s", "table %s"),
    DIFF_TIGHTENED("diff.tightened", "%s收紧", "%s tightened"),
    DOCS_NO_STDOUT(
            "docs.no-stdout",
            "catalogue docs 写出一个目录，不能写到标准输出（-）；请用 -o 指定目录",
            "catalogue docs writes a folder, not standard output (-); give -o DIR"),
    FILE_DENIED("file.denied", "没有读取权限", "permission denied"),
    FILE_MISSING("file.missing", "文件不存在", "no such file"),
    GRADE_EXCELLENT("grade.excellent", "优", "excellent"),
    GRADE_FAIR("grade.fair", "中", "fair"),
    GRADE_GOOD("grade.good", "良", "good"),
    GRADE_POOR("grade.poor", "差", "poor"),
    GUARD_AN_ANNOTATION("guard.an-annotation", "注解", "an annotation"),
    GUARD_ANNOTATION("guard.annotation", "注解（%s）", "an annotation (%s)"),
    GUARD_ARRAY("guard.array", "创建数组", "creating an array"),
    GUARD_ASSERT("guard.assert", "assert 语句", "assert"),
    GUARD_CALL("guard.call", "调用 %s", "calling %s"),
    GUARD_CLASS("guard.class", "声明类（%s）", "declaring a class (%s)"),
    GUARD_CLASS_REFERENCE("guard.class-reference", "引用类", "referring to a class"),
    GUARD_COMPUTED_CALL("guard.computed-call", "按动态名称调用方法（%s）", "calling a method by a computed name (%s)"),
    GUARD_CONSTRUCT("guard.construct", "语法结构", "the construct"),
    GUARD_CONSTRUCTOR("guard.constructor", "定义构造方法", "defining a constructor"),
    GUARD_DEFAULT_VALUE("guard.default-value", "默认值", "a default value"),
    GUARD_FIELD("guard.field", "定义字段（%s）", "defining a field (%s)"),
    GUARD_FIELD_ACCESS("guard.field-access", "访问字段", "field access"),
    GUARD_IMPORT("guard.import", "导入（import %s）", "an import (%s)"),
    GUARD_INITIALISER("guard.initialiser", "初始化块", "an initialiser block"),
    GUARD_LAMBDA("guard.lambda", "lambda 表达式", "a lambda"),
    GUARD_METHOD(
            "guard.method",
            "定义方法（%s，可改用保存在局部变量中的闭包）",
            "defining a method (%s; a closure in a local variable does instead)"),
    GUARD_METHOD_POINTER("guard.method-pointer", "方法指针", "a method pointer"),
    GUARD_METHOD_REFERENCE("guard.method-reference", "方法引用", "a method reference"),
    GUARD_NAMED("guard.named", "%s（%s）", "%s (%s)"),
    GUARD_NEW_OBJECT("guard.new-object", "创建对象", "creating an object"),
    GUARD_PACKAGE("guard.package", "包声明（package）", "a package declaration"),
    GUARD_PARAMETER_DEFAULT("guard.parameter-default", "参数默认值（%s = …）", "a parameter default value (%s = …)"),
    GUARD_POWER("guard.power", "乘方运算（%s）", "the power operator (%s)"),
    GUARD_PROPERTY("guard.property", "定义属性（%s）", "defining a property (%s)"),
    GUARD_PROPERTY_ACCESS("guard.property-access", "访问属性", "property access"),
    GUARD_PROPERTY_ACCESS_NAMED("guard.property-access-named", "访问属性（%s）", "property access (%s)"),
    GUARD_RANGE(
            "guard.range",
            "范围（%s）：两端须是数字或单个字符，且不超过 %s 个值",
            "the range %s: its ends must be number or character literals, at most %s apart"),
    GUARD_REGEX("guard.regex", "正则表达式运算（%s）", "a regular-expression operator (%s)"),
    GUARD_SPREAD("guard.spread", "展开运算符", "the spread operator"),
    GUARD_SPREAD_CALL("guard.spread-call", "展开调用（*.%s）", "a spread call (*.%s)"),
    GUARD_SYNCHRONIZED("guard.synchronized", "synchronized 块", "synchronized"),
    GUARD_THROW("guard.throw", "throw 语句", "throw"),
    GUARD_TILDE("guard.tilde", "~ 运算（正则表达式模式）", "the ~ operator (a pattern)"),
    GUARD_TOO_LARGE("guard.too-large", "过大的数字（%s）", "a number this large (%s)"),
    GUARD_TRY("guard.try", "try/catch 语句", "try/catch"),
    GUARD_UNKNOWN_KEYWORD("guard.unknown-keyword", "没有名为“%s”的关键字", "there is no keyword '%s'"),
    HELP_COMMANDS("help.commands", "%n命令：%n", "%nCommands:%n"),
    HELP_EXIT_CODES(
            "help.exit-codes",
            "%n退出码：%n"
                    + "  0   完成；check：没有错误%n"
                    + "  1   有发现：输入有错误（check），或档案无法编译（new）%n"
                    + "  2   输入不可用或用法有误：文件缺失或无法读取、不是 YAML、模板未知、选项有误%n"
                    + "  70  zhibiao 内部错误（请报告）%n"
                    + "  130 被 Ctrl-C 中断（已打印汇总，不留临时文件）%n"
                    + "  143 被 SIGTERM 终止（同上）%n",
            "%nExit codes:%n"
                    + "  0   done; for check: no errors%n"
                    + "  1   findings: the input has errors (check), or a profile does not compile (new)%n"
                    + "  2   unusable input or usage: missing or unreadable file, not YAML, unknown template, bad option%n"
                    + "  70  internal error in zhibiao (please report it)%n"
                    + "  130 interrupted by Ctrl-C (summary printed, no temp file left)%n"
                    + "  143 stopped by SIGTERM (likewise)%n"),
    HELP_HELP("help.help", "显示本帮助并退出。", "Show this help message and exit."),
    HELP_OPTIONS("help.options", "%n选项：%n", "%nOptions:%n"),
    HELP_PARAMETERS("help.parameters", "%n参数：%n", "%nParameters:%n"),
    HELP_USAGE("help.usage", "用法：%n", "Usage: "),
    HELP_VERSION("help.version", "显示版本信息并退出。", "Print version information and exit."),
    HINT_DID_YOU_MEAN("hint.did-you-mean", "是否应为“%s”？", "did you mean '%s'?"),
    HINT_ONE_OF("hint.one-of", "应为：%s", "expected one of: %s"),
    LIST_SEPARATOR("list.separator", "、", ", "),
    NEW_OFFICE_NEEDS_OUTPUT(
            "new.office-needs-output",
            "%s 是二进制文件，不能写到标准输出；请用 -o 指定文件，如 -o 申报表.%1$s",
            "%s is a binary file and cannot go to standard output; give -o FILE, e.g. -o decl.%1$s"),
    NEW_PROFILES_ALONE(
            "new.profiles-alone",
            "--profiles 不能与 --profile 或 --department 同用；部门名称来自每个档案",
            "--profiles cannot be combined with --profile or --department; each profile names its department"),
    NEW_PROFILES_NEED_OUTPUT(
            "new.profiles-need-output",
            "--profiles 需要用 -o 指定输出目录",
            "--profiles needs -o DIR, the folder to write into"),
    PREVIOUS_GROOVY("previous.groovy", "是 Groovy 脚本，未读取", "is a Groovy script, which was not read"),
    PREVIOUS_LIBRARY("previous.library", "是指标库（kind: library）", "is a library (kind: library)"),
    PREVIOUS_TEMPLATE("previous.template", "是模板（kind: template）", "is a template (kind: template)"),
    REPORT_CHART_FINDINGS("report.chart-findings", "按错误数统计的部门个数", "departments by number of errors"),
    REPORT_CHART_GRADES("report.chart-grades", "按等级统计的部门个数", "departments by grade"),
    REPORT_CHARTS("report.charts", "分布", "Distribution"),
    REPORT_COL_CODE("report.col-code", "规则", "Rule"),
    REPORT_COL_COUNT("report.col-count", "次数", "Count"),
    REPORT_COL_DEPARTMENT("report.col-department", "部门", "Department"),
    REPORT_COL_ERRORS("report.col-errors", "错误", "Errors"),
    REPORT_COL_FILE("report.col-file", "文件", "File"),
    REPORT_COL_GRADE("report.col-grade", "等级", "Grade"),
    REPORT_COL_SCORE("report.col-score", "得分", "Score"),
    REPORT_COL_TEMPLATE("report.col-template", "模板", "Template"),
    REPORT_COL_TITLE("report.col-title", "说明", "What it checks"),
    REPORT_COL_WARNINGS("report.col-warnings", "警告", "Warnings"),
    REPORT_DEPARTMENTS("report.departments", "部门一览", "Departments"),
    REPORT_MORE(
            "report.more",
            "另有 %s 条未列出；完整列表请运行 zhibiao check %s",
            "%s more not listed; run zhibiao check %s for all of them"),
    REPORT_NO_DEPARTMENT("report.no-department", "（未填部门名称）", "(no department name)"),
    REPORT_NO_FINDINGS("report.no-findings", "未发现问题。", "No findings."),
    REPORT_RULES("report.rules", "最常违反的规则", "Rules most often broken"),
    REPORT_SECTIONS("report.sections", "各部门审核意见", "Findings per department"),
    REPORT_SUMMARY(
            "report.summary", "%s 个文件：%s 个错误，%s 个警告，%s 个无法使用", "%s file(s): %s error(s), %s warning(s), %s unusable"),
    REPORT_TITLE("report.title", "绩效目标审核汇总", "Performance target review"),
    REPORT_UNGRADED("report.ungraded", "未评分", "not scored"),
    REPORT_UNUSABLE("report.unusable", "无法使用", "unusable"),
    SARIF_HINT("sarif.hint", "（%s）", " (%s)"),
    SARIF_OTHER_RULE(
            "sarif.other-rule",
            "模板自带的规则或内部问题；见该发现的消息。",
            "a rule of the template itself, or an internal problem; see the finding's message."),
    SARIF_SENTENCE_END("sarif.sentence-end", "。", ". "),
    SARIF_TRUNCATED(
            "sarif.truncated",
            "结果过多：只写出前 %s 条（GitHub 每次运行的上限），另有 %s 条未写出；请用 --format text 或 json 查看全部",
            "too many results: only the first %s are written (GitHub's limit per run), %s more are left out; use --format text or json to see them all"),
    SCHEMA_ALL_NEEDS_OUTPUT(
            "schema.all-needs-output", "--all 需要用 -o 指定输出目录", "--all needs -o DIR, the folder to write into"),
    SCHEMA_CATALOG_DECLARATION("schema.catalog-declaration", "%s（申报表）", "%s (declaration)"),
    SCHEMA_EDITOR_HINT(
            "schema.editor-hint",
            "# 编辑器补全：用 -o 写文件时，zhibiao 在旁边写出 schema 并在首行指向它；" + "或运行 zhibiao schema --template %s --draft 7 -o 文件",
            "# editor completion: with -o, zhibiao writes the schema beside the file and names it in the first "
                    + "line; or run zhibiao schema --template %s --draft 7 -o FILE"),
    SCORE_LINE("score.line", "%s\t%s\t%s\t%s", "%s\t%s\t%s\t%s"),
    SCORE_REASON_BAND("score.reason.band", "定性指标：评级档内填写的得分", "qualitative: the typed score within the stated band"),
    SCORE_REASON_BAND_FLOOR(
            "score.reason.band-floor", "定性指标：未填得分，按评级档下限计", "qualitative: no score typed, the lower end of the band"),
    SCORE_REASON_BY_HAND(
            "score.reason.by-hand", "无法按规则计算：取填写的得分，未填计 0", "not computable by the rules: the typed score, or 0"),
    SCORE_REASON_EXACT("score.reason.exact", "未达到指标值：分值 × 较小值/较大值", "target missed: points × smaller/larger"),
    SCORE_REASON_EXECUTION(
            "score.reason.execution",
            "预算执行：分值 × 执行率（不超过 100%%）",
            "budget execution: points × execution rate (at most 100%%)"),
    SCORE_REASON_HIGHER("score.reason.higher", "未达到指标值：分值 × 完成值/指标值", "target missed: points × actual/target"),
    SCORE_REASON_LOWER("score.reason.lower", "未达到指标值：分值 × 指标值/完成值", "target missed: points × target/actual"),
    SCORE_REASON_MET("score.reason.met", "达到指标值：满分", "target met: full points"),
    SCORE_REASON_MISSING("score.reason.missing", "缺少实际完成值：0 分", "no actual value: 0 points"),
    SCORE_REASON_TYPED("score.reason.typed", "定性指标：取填写的得分", "qualitative: the typed score"),
    SCORE_TABLE_HEADER("score.table-header", "一级指标\t权重\t分值\t得分", "first level\tweight\tpoints\tscore"),
    SCORE_TOTAL("score.total", "总分 %s，等级 %s", "total %s, grade %s"),
    TALLY_FILES("tally.files", "%s 个文件：", "%s file(s): "),
    TALLY_FINDINGS("tally.findings", "%s 个错误，%s 个警告", "%s error(s), %s warning(s)"),
    TALLY_SECONDS("tally.seconds", "，用时 %s 秒", ", %s s"),
    TALLY_UNUSABLE("tally.unusable", "，%s 个无法使用", ", %s unusable"),
    TALLY_WRITTEN("tally.written", "写出 %s 个，", "%s written, "),
    TEMPLATE_REF_FILE("template-ref.file", "指向文件，未读取", "points at a file, which was not read"),
    TEMPLATE_REF_MALFORMED("template-ref.malformed", "不是规范的模板编号", "is not a well-formed template id"),
    TEMPLATE_REF_MISSING("template-ref.missing", "不在模板目录中", "is not in the catalogue"),
    TEMPLATE_REF_VERSIONS("template-ref.versions", "不在模板目录中（现有版本：%s）", "is not in the catalogue (versions there: %s)"),
    UPGRADE_LOST("upgrade.lost", "；所填的值未写入：%s", "; the values typed there are left out: %s"),
    UPGRADE_SUMMARY(
            "upgrade.summary",
            "已升级到 %s：删除 %s 行，新增 %s 行，%s 处冲突",
            "upgraded to %s: %s row(s) removed, %s added, %s conflict(s)"),
    USAGE_CHECK_OPTIONS("usage.check-options", "请对照帮助检查选项和参数", "check the options and arguments against the help"),
    USAGE_SEE_HELP("usage.see-help", "用法见 %s --help", "see %s --help"),
    WORD_BOOLEAN("word.boolean", "true 或 false", "true or false"),
    WORD_BUILT_IN("word.built-in", "内置模板目录", "the built-in catalogue"),
    WORD_CALL_STACK("word.call-stack", "调用栈", "the call stack"),
    WORD_DECLARATION("word.declaration", "申报表", "declaration"),
    WORD_DEVICE("word.device", "设备、管道或套接字", "a device, pipe or socket"),
    WORD_DIRECTORY("word.directory", "目录", "a directory"),
    WORD_DOCUMENT("word.document", "文档", "document"),
    WORD_INPUT("word.input", "输入", "the input is"),
    WORD_INTEGER("word.integer", "整数", "an integer"),
    WORD_LIBRARY("word.library", "指标库", "library"),
    WORD_LIST("word.list", "列表", "a list"),
    WORD_MAPPING("word.mapping", "映射（键: 值）", "a mapping"),
    WORD_MEMORY("word.memory", "内存", "memory"),
    WORD_NAME("word.name", "部门名称", "a name"),
    WORD_NO("word.no", "否", "no"),
    WORD_NONE("word.none", "（无）", "(none)"),
    WORD_NULL("word.null", "空值", "null"),
    WORD_NUMBER("word.number", "数字", "a number"),
    WORD_TEMPLATE("word.template", "模板", "template"),
    WORD_TEMPLATE_OR_LIBRARY("word.template-or-library", "模板或指标库", "template or library"),
    WORD_TEXT("word.text", "文本", "text"),
    WORD_THIS_FILE("word.this-file", "此文件", "this file is"),
    WORD_VALUE("word.value", "值", "value"),
    WORD_YEAR("word.year", "年份如 2024", "a year like 2024"),
    WORD_YES("word.yes", "是", "yes"),
    WORKBOOK_CELLS("workbook.cells", "的单元格数", "number of cells"),
    WORKBOOK_DAMAGED("workbook.damaged", "文件已损坏（%s）", "the file is damaged (%s)"),
    WORKBOOK_ENTRY("workbook.entry", "中一个部件解压后的大小", "unpacked part size"),
    WORKBOOK_NOT_OFFICE("workbook.not-office", "这不是 xlsx 或 xls 文件", "this is neither an xlsx nor an xls file"),
    WORKBOOK_RATIO("workbook.ratio", "的压缩比（疑为压缩炸弹）", "compression ratio (a zip bomb, most likely)"),
    WORKBOOK_ROWS("workbook.rows", "一张工作表的行数", "number of rows in one sheet"),
    WORKBOOK_SHEETS("workbook.sheets", "的工作表数", "number of sheets"),
    WORKBOOK_TEXT("workbook.text", "的文本量", "amount of text"),
    YAML_ONE_DOCUMENT(
            "yaml.one-document",
            "一个文件只能有一个文档；请删去“---”后的内容或分成两个文件",
            "only one document per file; remove what follows '---' or split the file"),
    YAML_SYNTAX("yaml.syntax", "此处无法解析；请检查缩进、冒号和引号", "cannot be read here; check the indentation, colons and quotes");

    private final String key;
    private final String zh;
    private final String en;

    Text(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    /** The stable key, also the key of picocli's resource bundle for the help headings. */
    public String key() {
        return key;
    }

    /** The raw template in one language, for renderers and the catalogue's tests. */
    public String template(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String format(Lang lang, Object... args) {
        return Messages.format(template(lang), args);
    }
}
