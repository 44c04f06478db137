package org.zhibiao.diag;

/**
 * Every diagnostic zhibiao can report, with its code and its message in Chinese and English.
 *
 * <p>One constant per message (AssertJ's {@code ShouldXxx} factories): tests compare against
 * {@code Problem.X.at(...)} rather than copied prose. Arguments are substituted with
 * {@link Messages#format}; message shape is "what is wrong; instead, what to do".
 */
public enum Problem {
    // --- reading files --------------------------------------------------------------------
    FILE_UNREADABLE("file-unreadable", Severity.ERROR, "无法读取文件：%s", "cannot read the file: %s"),
    FILE_TOO_LARGE(
            "file-too-large",
            Severity.ERROR,
            "文件过大（%s 字节，上限 %s 字节）；请拆分或检查是否选错了文件",
            "file too large (%s bytes, limit %s); split it or check that this is the right file"),
    NOT_A_FILE(
            "not-a-file",
            Severity.ERROR,
            "这不是普通文件，而是%s；请指定 YAML 或 JSON 文件（目录无法列出时请检查权限）",
            "this is not a regular file but %s; name a YAML or JSON file (for a directory that cannot be listed, check its permissions)"),
    FILE_EMPTY("file-empty", Severity.ERROR, "文件为空；应为 %s 文档", "the file is empty; a %s document was expected"),
    NOT_TEXT(
            "not-text",
            Severity.ERROR,
            "文件不是 UTF-8 文本（第 %s 字节起）；请另存为 UTF-8 编码",
            "the file is not UTF-8 text (from byte %s); save it as UTF-8"),
    BOM(
            "byte-order-mark",
            Severity.ERROR,
            "文件以字节顺序标记（BOM）开头；请另存为不带 BOM 的 UTF-8",
            "the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    TAB_INDENT(
            "tab-indent", Severity.ERROR, "缩进中有制表符（Tab）；YAML 只允许空格缩进", "tab in indentation; YAML allows only spaces"),
    SYNTAX("yaml-syntax", Severity.ERROR, "YAML 语法错误：%s", "YAML syntax error: %s"),
    YAML_QUOTE(
            "yaml-syntax",
            Severity.ERROR,
            "值“%s”需加引号：YAML 中以“%s”开头的值另有含义；请写成 \"%s\"",
            "the value '%s' must be quoted: a value starting with '%s' means something else in YAML; write \"%s\""),
    YAML_COLON(
            "yaml-syntax",
            Severity.ERROR,
            "此处不应有“: ”；值中含冒号加空格时需加引号，否则请检查缩进",
            "': ' is not allowed here; quote a value that contains a colon and a space, or check the indentation"),
    YAML_DASH(
            "yaml-syntax",
            Severity.ERROR,
            "此处不应有“- ”；列表项应另起一行并缩进，或给值加引号",
            "'- ' is not allowed here; start a list item on a line of its own, indented, or quote the value"),
    YAML_UNCLOSED_QUOTE(
            "yaml-syntax",
            Severity.ERROR,
            "引号没有闭合；请在值的末尾补上 %s",
            "the quote is not closed; add %s at the end of the value"),
    YAML_UNCLOSED_BRACKET(
            "yaml-syntax",
            Severity.ERROR,
            "“%s”没有闭合；请补上“%s”，或给值加引号",
            "'%s' is not closed; add '%s' or quote the value"),
    YAML_INDENT(
            "yaml-syntax",
            Severity.ERROR,
            "缩进不一致：此行与同一层的键没有对齐；请检查行首空格",
            "inconsistent indentation: this line does not line up with the keys of its level; check the leading spaces"),
    JSON_SYNTAX("json-syntax", Severity.ERROR, "JSON 语法错误：%s", "JSON syntax error: %s"),
    TOO_DEEP("too-deep", Severity.ERROR, "嵌套层级超过 %s 层；请检查缩进", "nesting deeper than %s levels; check the indentation"),
    ANCHOR(
            "yaml-anchor",
            Severity.ERROR,
            "不支持 YAML 锚点/别名（%s）；请把内容直接写出",
            "YAML anchors and aliases are not supported (%s); write the value out"),
    TAG("yaml-tag", Severity.ERROR, "不支持 YAML 标签（%s）；请去掉标签", "YAML tags are not supported (%s); remove the tag"),
    DUPLICATE_KEY(
            "duplicate-key",
            Severity.ERROR,
            "键“%s”重复（第一次出现在第 %s 行）；每个键只能写一次",
            "duplicate key '%s' (first at line %s); write each key once"),
    UNKNOWN_KEY("unknown-key", Severity.ERROR, "未知的键“%s”；允许的键：%s", "unknown key '%s'; expected one of: %s"),
    MISSING_KEY("missing-key", Severity.ERROR, "缺少必填项“%s”", "missing required key '%s'"),
    WRONG_TYPE("wrong-type", Severity.ERROR, "“%s”应为%s，实际为%s", "'%s' should be %s, found %s"),
    BAD_ENUM("bad-enum", Severity.ERROR, "“%s”不是允许的值；应为：%s", "'%s' is not allowed; expected one of: %s"),
    BAD_NUMBER("bad-number", Severity.ERROR, "“%s”不是有效的数字", "'%s' is not a valid number"),
    NUMBER_OUT_OF_RANGE(
            "number-out-of-range",
            Severity.ERROR,
            "数字“%s”超出范围：整数部分最多 %s 位、小数最多 %s 位；请写成普通小数，如 12345.67（金额以万元为单位）",
            "number '%s' out of range: at most %s digits before the point and %s after; write a plain decimal such as 12345.67 (amounts are in 万元)"),
    NEGATIVE_NUMBER("negative-number", Severity.ERROR, "“%s”不能为负数", "'%s' cannot be negative"),
    WRONG_DOCUMENT(
            "wrong-document",
            Severity.ERROR,
            "这不是%s（应有“%s”）；请检查是否选错了文件",
            "this is not a %s ('%s' expected); check that this is the right file"),

    // --- CSV and Office files (issue 15) ----------------------------------------------------
    CSV_ENCODING(
            "csv-encoding",
            Severity.ERROR,
            "CSV 文件既不是 UTF-8 也不是 GB18030 编码（第 %s 行起）；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”",
            "the CSV file is neither UTF-8 nor GB18030 (from line %s); save it from Excel as 'CSV UTF-8 (comma delimited)'"),
    CSV_UNCLOSED_QUOTE(
            "csv-unclosed-quote",
            Severity.ERROR,
            "此处的引号直到文件末尾都没有闭合；字段中的引号应写成两个引号 \"\"",
            "the quote opened here is never closed; a quote inside a quoted field is written as two quotes \"\""),
    WORKBOOK_UNREADABLE(
            "workbook-unreadable",
            Severity.ERROR,
            "无法作为 Excel 工作簿读取：%s；请用 Excel 或 WPS 打开后另存为 .xlsx",
            "cannot be read as an Excel workbook: %s; open it in Excel or WPS and save it as .xlsx"),
    WORKBOOK_ENCRYPTED(
            "workbook-encrypted",
            Severity.ERROR,
            "工作簿设有打开密码（已加密），无法读取；请在 Excel 中去掉密码后另存",
            "the workbook is encrypted (it has an opening password); remove the password in Excel and save it again"),
    WORKBOOK_TOO_LARGE(
            "workbook-too-large",
            Severity.ERROR,
            "工作簿%s超过上限 %s，未读取；申报表不会这么大，请检查是否选错了文件",
            "the workbook's %s exceeds the limit of %s and was not read; no declaration is that large, check that this is the right file"),
    WORD_FORM_NOT_READ(
            "word-form-not-read",
            Severity.ERROR,
            "%s 是 Word 表格，只供打印和阅读，zhibiao 不读取其中填写的内容；请在 Excel 表（zhibiao new 模板 -o 申报表.xlsx）或 YAML 中填写",
            "%s is the Word form, for printing and reading; zhibiao does not read what is typed into it. "
                    + "Fill the Excel form (zhibiao new TEMPLATE -o decl.xlsx) or the YAML"),
    WORKBOOK_NO_TEMPLATE(
            "workbook-no-template",
            Severity.ERROR,
            "工作簿没有记录按哪个模板填写：请用 --template 指定模板（如 --template hubei/public-security）",
            "the workbook does not record which template it was filled for: give --template (e.g. --template hubei/public-security)"),

    // --- 指标值 ------------------------------------------------------------------------------
    TARGET_EMPTY(
            "target-empty",
            Severity.ERROR,
            "指标值为空；请填写，如 ≥95%% 或 健全",
            "the target value is empty; fill it in, e.g. ≥95%% or 健全"),
    TARGET_SYNTAX("target-syntax", Severity.ERROR, "指标值“%s”无法识别：%s", "target value '%s' cannot be read: %s"),

    // --- templates and resolution ----------------------------------------------------------
    UNKNOWN_TEMPLATE("unknown-template", Severity.ERROR, "找不到模板“%s”", "no template '%s'"),
    UNKNOWN_VERSION(
            "unknown-version",
            Severity.ERROR,
            "模板“%s”没有版本 %s；现有版本：%s",
            "template '%s' has no version %s; available: %s"),
    EXTENDS_CYCLE("extends-cycle", Severity.ERROR, "模板继承成环：%s", "templates extend each other in a cycle: %s"),
    UNKNOWN_INDICATOR("unknown-indicator", Severity.ERROR, "指标库中没有“%s”", "the indicator library has no '%s'"),
    UNKNOWN_PATH("unknown-path", Severity.ERROR, "模板中没有路径“%s”", "the template has no path '%s'"),
    DUPLICATE_PATH(
            "duplicate-path",
            Severity.ERROR,
            "路径“%s”已存在；要修改请用 override",
            "path '%s' already exists; use override to change it"),
    UNKNOWN_SLOT("unknown-slot", Severity.ERROR, "模板中没有槽位“%s”；现有槽位：%s", "the template has no slot '%s'; slots: %s"),
    SLOT_TOO_MANY(
            "slot-too-many",
            Severity.ERROR,
            "槽位“%s”最多 %s 个指标，现有 %s 个",
            "slot '%s' allows at most %s indicators, has %s"),

    UNKNOWN_COLUMN_WORD(
            "unknown-column-word",
            Severity.ERROR,
            "列“%s”不是标准列；标准列可只写表头（%s），其他列请写明 id、header 和 type",
            "column '%s' is not a standard column; a standard column may be written as its header (%s), any other needs id, header and type"),
    DUPLICATE_COLUMN(
            "duplicate-column",
            Severity.ERROR,
            "表“%s”的列“%s”重复；每列只能声明一次",
            "table '%s' declares column '%s' twice; declare each column once"),
    // --- who chooses the template (issue 13 §1) ----------------------------------------------
    TEMPLATE_NOT_IN_CATALOGUE(
            "template-not-in-catalogue",
            Severity.ERROR,
            "模板“%s”%s；申报表只能用模板目录中的编号指定模板（如 hubei/public-security@2024.1），不能指向文件。"
                    + "如需新模板，请运维人员用 --catalogue 目录 或环境变量 ZHIBIAO_CATALOGUE 加入模板目录，或用 --template 文件 指定",
            "template '%s' %s; a declaration names its template only by catalogue id (e.g. hubei/public-security@2024.1),"
                    + " never by file. To add a template, an operator passes --catalogue DIR or sets ZHIBIAO_CATALOGUE,"
                    + " or passes --template FILE"),
    PREVIOUS_NOT_DECLARATION(
            "previous-not-declaration",
            Severity.ERROR,
            "previous 应指向上年的申报表（数据文件），“%s”%s；模板由运维人员用 --template 或 --catalogue 指定",
            "previous must name last year's declaration (a data file); '%s' %s. Templates are chosen by the operator"
                    + " with --template or --catalogue"),
    CATALOGUE_DUPLICATE(
            "catalogue-duplicate",
            Severity.ERROR,
            "“%s”定义了两次：%s 和 %s；同一编号与版本在模板目录中只能出现一次",
            "'%s' is defined twice: %s and %s; an id and version may appear only once in the catalogue"),
    CATALOGUE_BAD_ID(
            "catalogue-bad-id",
            Severity.ERROR,
            "模板编号“%s”不合规范：应为小写字母、数字和连字符，用 / 分段，如 hubei/public-security",
            "template id '%s' is not well-formed: lower-case letters, digits and hyphens in /-separated parts,"
                    + " e.g. hubei/public-security"),
    CATALOGUE_NOT_DIRECTORY(
            "catalogue-not-directory",
            Severity.ERROR,
            "模板目录 %s 不存在或不是目录（来自 %s）",
            "catalogue directory %s does not exist or is not a directory (from %s)"),

    // --- declarations ----------------------------------------------------------------------
    TEMPLATE_MISMATCH(
            "template-mismatch",
            Severity.ERROR,
            "申报表引用模板“%s”，无法解析",
            "the declaration names template '%s', which cannot be resolved"),

    // --- stage forms: monitoring and self-evaluation (issue 16) -----------------------------
    STAGE_FROM_STAGE(
            "stage-from-stage",
            Severity.ERROR,
            "%s 已是“%s”阶段的表，不是申报表；请从填好的申报表生成监控表或自评表",
            "%s is already a '%s' form, not a declaration; write the stage forms from a filled declaration"),
    STAGE_NEEDS_FROM(
            "stage-needs-from",
            Severity.ERROR,
            "--stage 需要 --from 指定填好的申报表，且不再指定模板",
            "--stage needs --from with a filled declaration, and no template"),
    SCHEMA_STAGE_NEEDS_TEMPLATE(
            "schema-stage-needs-template",
            Severity.ERROR,
            "schema 的 --stage 需要 --template 指定模板：监控表和自评表的 schema 随模板而定",
            "schema --stage needs --template: a monitoring or self-evaluation form's schema is a template's"),
    NOT_SELF_EVALUATION(
            "not-self-evaluation",
            Severity.ERROR,
            "%s 不是自评表（stage: self-evaluation）；请先用 zhibiao new --stage self-evaluation --from 生成自评表",
            "%s is not a self-evaluation (stage: self-evaluation); write one with zhibiao new --stage self-evaluation --from"),
    // --- printed layouts: CSV and workbooks read by the template's columns (issue 14) -------
    LAYOUT_NO_HEADER(
            "layout-no-header",
            Severity.ERROR,
            "在前 %s 行中找不到表头：应有“%s”等列（模板 %s）；请检查文件是否为该模板的指标表",
            "no header row in the first %s rows: expected columns such as '%s' (template %s); check that this is the template's indicator table"),
    LAYOUT_UNKNOWN_COLUMN(
            "layout-unknown-column",
            Severity.WARNING,
            "列“%s”不是模板 %s 的列；各行的值已原样保留在同名键下",
            "column '%s' is not a column of template %s; each row's value is kept as it is under a key of that name"),
    LAYOUT_UNKNOWN_TABLE(
            "layout-unknown-table",
            Severity.ERROR,
            "指标表“%s”不在模板中；应为：%s",
            "indicator table '%s' is not in the template; expected one of: %s"),
    LAYOUT_NO_ROWS("layout-no-rows", Severity.WARNING, "表头下没有指标行", "there are no indicator rows under the header"),
    // --- zhibiao upgrade: a filled declaration carried to a new template version (issue 16) ---
    UPGRADE_REMOVED(
            "upgrade-removed",
            Severity.WARNING,
            "新版模板 %s 已删除“%s”；升级后的申报表不再有此行%s",
            "template %s no longer has '%s'; the upgraded declaration leaves this row out%s"),
    UPGRADE_SLOT_REMOVED(
            "upgrade-removed",
            Severity.WARNING,
            "新版模板 %s 没有槽位“%s”；此行是部门填写的，已原样保留，请移到合适的位置或删除",
            "template %s has no slot '%s'; this row is the department's and is kept as it is: move it or delete it"),
    UPGRADE_TABLE_REMOVED(
            "upgrade-removed",
            Severity.WARNING,
            "新版模板 %s 没有“%s”表；其中 %s 行未写入升级后的申报表",
            "template %s has no table '%s'; its %s row(s) are left out of the upgraded declaration"),
    UPGRADE_ADDED_SLOT(
            "upgrade-added",
            Severity.WARNING,
            "新版模板 %s 新增必填槽位“%s”（%s）：升级后的申报表在“%s”下有一行待填（origin: todo），请填写",
            "template %s adds the required slot '%s' (%s): the upgraded declaration has a row to fill under '%s'"
                    + " (origin: todo); fill it in"),
    UPGRADE_ADDED_ROW(
            "upgrade-added",
            Severity.INFO,
            "新版模板 %s 新增指标“%s”，已加入升级后的申报表",
            "template %s adds the indicator '%s'; the upgraded declaration has it"),
    UPGRADE_CONFLICT(
            "upgrade-conflict",
            Severity.WARNING,
            "此行有部门填写的值（%s），而新版模板改变了它的含义：%s（模板位置 %s）；已保留所填的值，请核对",
            "this row has values the department typed (%s), and the new template changed its meaning: %s (template at %s);"
                    + " the typed values are kept: check them"),
    UPGRADE_CHANGED(
            "upgrade-changed",
            Severity.INFO,
            "新版模板修改了此指标：%s（模板位置 %s）；已按新版更新",
            "the new template changed this indicator: %s (template at %s); updated"),
    UPGRADE_COLUMN_REMOVED(
            "upgrade-column-removed",
            Severity.WARNING,
            "新版模板 %s 的“%s”表没有“%s”列；此处所填的“%s”未写入升级后的申报表",
            "template %s: table '%s' has no column '%s'; the value '%s' typed here is left out of the upgraded declaration"),

    // --- writing ---------------------------------------------------------------------------
    RULES_NOT_CONVERTED(
            "rules-not-converted",
            Severity.WARNING,
            "以闭包编写的审核规则（%s）无法写成 %s，已略去；请保留 Groovy 原文件",
            "checker rules written as closures (%s) cannot be written as %s and are left out; keep the Groovy file"),
    OUTPUT_EXISTS(
            "output-exists",
            Severity.ERROR,
            "文件 %s 已存在；如需覆盖请加 --force",
            "%s already exists; pass --force to overwrite it"),
    OUTPUT_NOT_EMPTY(
            "output-not-empty",
            Severity.ERROR,
            "目录 %s 已存在且不为空；如需替换请加 --force",
            "%s exists and is not empty; pass --force to replace it"),
    OUTPUT_PARENT_NOT_DIRECTORY(
            "output-parent-not-directory",
            Severity.ERROR,
            "无法写入 %s：%s 是文件，不是目录；请换一个输出路径",
            "cannot write %s: %s is a file, not a directory; choose another output path"),
    OUTPUT_NOT_DIRECTORY(
            "output-not-directory",
            Severity.ERROR,
            "%s 是文件；这里需要一个目录（--force 也不会删除它）",
            "%s is a file; a directory is needed here (--force does not delete it)"),
    OUTPUT_FOREIGN_FILES(
            "output-foreign-files",
            Severity.ERROR,
            "目录 %s 中有不是本命令生成的文件（如 %s），--force 只替换本命令写过的目录；请换一个目录",
            "%s holds files this command did not write (such as %s); --force only replaces a directory it wrote; choose another"),
    OUTPUT_OVERLAPS_INPUT(
            "output-overlaps-input",
            Severity.ERROR,
            "输出目录 %s 与输入 %s 重叠；请写到输入目录之外的目录",
            "the output directory %s overlaps the input %s; write to a directory outside the input"),
    OUTPUT_FAILED("output-failed", Severity.ERROR, "无法写入 %s：%s", "cannot write %s: %s"),
    OUT_OF_MEMORY(
            "out-of-memory",
            Severity.ERROR,
            "内存不足：%s过大，无法处理；请拆分输入，或用环境变量 ZHIBIAO_JAVA_OPTS=-Xmx2g 给 zhibiao 更多内存",
            "out of memory: %s too large to process; split the input, or give zhibiao more memory with ZHIBIAO_JAVA_OPTS=-Xmx2g"),

    // --- the command line (picocli's parse errors, #17) -----------------------------------
    USAGE("usage", Severity.ERROR, "命令行有误：%s", "invalid command line: %s"),
    USAGE_BAD_VALUE(
            "bad-option-value", Severity.ERROR, "%2$s 的值“%1$s”无效；应为 %3$s", "invalid value '%s' for %s; expected %s"),
    USAGE_EXCLUSIVE("exclusive-options", Severity.ERROR, "%s 只能选一个", "only one of %s can be given"),
    USAGE_EXTRA("unexpected-argument", Severity.ERROR, "多余的参数“%s”", "unexpected argument '%s'"),
    USAGE_MISSING("missing-argument", Severity.ERROR, "缺少必填的 %s", "missing required %s"),
    USAGE_NO_VALUE("missing-option-value", Severity.ERROR, "%s 后缺少值；应为 %s", "%s needs a value: %s"),
    USAGE_REPEATED("repeated-option", Severity.ERROR, "%s 只能给一次", "%s can be given only once"),
    USAGE_UNKNOWN_COMMAND("unknown-command", Severity.ERROR, "没有命令“%s”；可用的命令：%s", "no command '%s'; commands: %s"),
    USAGE_UNKNOWN_OPTION("unknown-option", Severity.ERROR, "没有选项“%s”", "no option '%s'"),
    USAGE_UNKNOWN_RULE("unknown-rule-code", Severity.ERROR, "没有规则“%s”", "no rule '%s'"),
    USAGE_CONVERT_TARGET(
            "convert-format",
            Severity.ERROR,
            "不知道要转换成什么格式：请用 --to 指定，或让 -o 的文件名以 %s 结尾",
            "cannot tell which format to write: give --to, or end the -o file name in %s"),
    USAGE_CONVERT_KIND(
            "convert-format",
            Severity.ERROR,
            "%s不能转换为 %s；可转换为：%s",
            "a %s cannot be converted to %s; it converts to: %s"),
    USAGE_NEEDS_TEMPLATE(
            "needs-template",
            Severity.ERROR,
            "CSV 没有写明模板（zhibiao 写出的 CSV 第一行是“模板：…”）：请用 --template 指定按哪个模板的列读取（如 --template national/project）",
            "the CSV names no template (one zhibiao wrote starts with a line '模板：…'): give --template to say whose columns to read it by (e.g. --template national/project)"),

    FINDINGS_NEED_OUTPUT(
            "findings-need-output",
            Severity.ERROR,
            "--findings %s 需要 -o 指定输出文件：标准输出只能承载一个文档，此时它是发现的问题",
            "--findings %s needs -o with an output file: standard output carries one document, here the findings"),

    USAGE_OUTPUT_FORMAT(
            "output-format",
            Severity.ERROR,
            "不知道要写成什么格式：请用 --format 指定，或让 -o 的文件名以 %s 结尾",
            "cannot tell which format to write: give --format, or end the -o file name in %s"),

    INTERNAL(
            "internal",
            Severity.ERROR,
            "内部错误：%s。这是 zhibiao 的缺陷，请附上输入文件报告",
            "internal error: %s. This is a bug in zhibiao; please report it with the input");

    private final String code;
    private final Severity severity;
    private final String zh;
    private final String en;

    Problem(String code, Severity severity, String zh, String en) {
        this.code = code;
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public Diagnostic at(Position position, Object... args) {
        return new Diagnostic(code, severity, format(Lang.ZH, args), format(Lang.EN, args), position, "", Hint.NONE);
    }

    /** For messages whose arguments are words that differ by language (映射 / a mapping). */
    public Diagnostic at(Position position, Object[] zhArgs, Object[] enArgs) {
        return new Diagnostic(
                code, severity, format(Lang.ZH, zhArgs), format(Lang.EN, enArgs), position, "", Hint.NONE);
    }

    /** The raw template, for tests that compare renderers. */
    String template(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    public String format(Lang lang, Object... args) {
        return Messages.quoting(lang == Lang.ZH ? zh : en, args);
    }

    public static Problem byCode(String code) {
        for (Problem p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return null;
    }
}
