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
    CATALOGUE_LIST_ID("catalogue.list.id", "模板编号", "ID"),
    CATALOGUE_LIST_SCOPE("catalogue.list.scope", "范围", "SCOPE"),
    CATALOGUE_LIST_TITLE("catalogue.list.title", "表名", "TITLE"),
    CATALOGUE_LIST_VERSION("catalogue.list.version", "版本", "VERSION"),
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
    HELP_ARG_CATALOGUE(
            "help.arg.--catalogue",
            "运维人员的模板目录：其下各处的模板和指标库（.yaml、.yml、.json、.groovy）加入内置模板目录。可重复使用；也从环境变量 ZHIBIAO_CATALOGUE 读取（多个目录用“:”分隔，Windows 上用“;”）。",
            "An operator's catalogue directory: templates and libraries (.yaml, .yml, .json, .groovy anywhere below it) added to the built-in ones. Repeatable; also read from the environment variable ZHIBIAO_CATALOGUE (directories separated by ':', ';' on Windows)."),
    HELP_ARG_FORCE("help.arg.--force", "覆盖已存在的输出文件。", "Overwrite an existing output file."),
    HELP_ARG_LANG("help.arg.--lang", "消息语言：zh（中文，默认）或 en（英文）。", "Language of messages: zh (default) or en."),
    HELP_ARG_OUTPUT("help.arg.--output", "写入此文件，而不是标准输出（- 即标准输出）。", "Write here instead of stdout (- is stdout)."),
    HELP_ARG_HELP_COMMAND_COMMAND(
            "help.arg.helpCommand.command", "要显示其帮助的命令。", "The COMMAND to display the usage help message for."),
    HELP_ARG_HELP_COMMAND_HELP(
            "help.arg.helpCommand.help", "显示 help 命令本身的帮助并退出。", "Show usage help for the help command and exit."),
    HELP_HELP("help.arg.mixinStandardHelpOptions.help", "显示本帮助并退出。", "Show this help message and exit."),
    HELP_VERSION("help.arg.mixinStandardHelpOptions.version", "显示版本信息并退出。", "Print version information and exit."),
    HELP_ARG_CATALOGUE_DIFF_A(
            "help.arg.zhibiao.catalogue.diff.A",
            "旧模板：编号、编号@版本或模板文件。",
            "The old template: id, id@version or template file."),
    HELP_ARG_CATALOGUE_DIFF_B(
            "help.arg.zhibiao.catalogue.diff.B",
            "新模板：编号、编号@版本或模板文件。",
            "The new template: id, id@version or template file."),
    HELP_ARG_CATALOGUE_DOCS_FORCE(
            "help.arg.zhibiao.catalogue.docs.--force", "即使 DIR 非空也替换它。", "Replace DIR even if it is not empty."),
    HELP_ARG_CATALOGUE_DOCS_OUTPUT(
            "help.arg.zhibiao.catalogue.docs.--output",
            "要写入的目录；须不存在或为空，除非使用 --force。",
            "The directory to write; it must not exist or be empty, unless --force."),
    HELP_ARG_CATALOGUE_SHOW_TEMPLATE(
            "help.arg.zhibiao.catalogue.show.TEMPLATE",
            "模板编号（可加 @版本）或模板文件。",
            "Template id (optionally @version) or template file."),
    HELP_ARG_CHECK_DOCS_URL(
            "help.arg.zhibiao.check.--docs-url",
            "`zhibiao catalogue docs` 所写参考文档的位置：SARIF 中每条规则链接到 URL/rules.md#规则代码；目录写成 file: URI，"
                    + "在 GitHub Actions 中位于检出的仓库内时则链接到 GitHub 上所检查提交中的该目录（默认：${DEFAULT-VALUE}）。",
            "Where the reference of `zhibiao catalogue docs` is: SARIF links each rule to URL/rules.md#CODE; a folder"
                    + " becomes a file: URI, or on GitHub Actions, inside the checkout, the folder on GitHub at the"
                    + " commit checked (default: ${DEFAULT-VALUE})."),
    HELP_ARG_CHECK_EXPLAIN(
            "help.arg.zhibiao.check.--explain",
            "说明一条规则检查什么、为什么检查，然后退出。",
            "Print what a rule checks and why, then exit."),
    HELP_ARG_CHECK_FORMAT(
            "help.arg.zhibiao.check.--format",
            "输出格式：text（默认）、json 或 sarif（SARIF 2.1.0，供持续集成系统和编辑器使用）。",
            "Output format: text (default), json, or sarif (SARIF 2.1.0 for CI systems and editors)."),
    HELP_ARG_CHECK_QUIET(
            "help.arg.zhibiao.check.--quiet", "检查多个文件时不显示进度条。", "No progress bar when checking several files."),
    HELP_ARG_CHECK_STRICT(
            "help.arg.zhibiao.check.--strict", "计算退出码时把警告当作错误。", "Warnings count as errors for the exit code."),
    HELP_ARG_CHECK_TEMPLATE(
            "help.arg.zhibiao.check.--template",
            "按此模板（编号或文件）检查，而不是申报表自己指定的模板；申报表本身只能用模板目录中的编号指定模板，不能指向文件。",
            "Check against this template (id or file) instead of the one the declaration names; a declaration itself names its template by catalogue id only, never by file."),
    HELP_ARG_CHECK_DECLARATION(
            "help.arg.zhibiao.check.DECLARATION",
            "申报表文件（YAML 或 JSON），或目录：检查其下所有 *.yaml、*.yml 和 *.json；- 表示从标准输入读取一份申报表。",
            "Declaration files (YAML or JSON), or directories: every *.yaml, *.yml and *.json under them; - reads one declaration from standard input."),
    HELP_ARG_CONVERT_TEMPLATE(
            "help.arg.zhibiao.convert.--template",
            "读写 CSV 申报表时所依据的模板（编号或文件），它决定各列；YAML 或 JSON 申报表自己指定模板。",
            "The template whose columns a CSV declaration is read or written by (id or file); a YAML or JSON declaration names its own."),
    HELP_ARG_CONVERT_TO(
            "help.arg.zhibiao.convert.--to",
            "要写出的格式：模板或指标库为 yaml、json、groovy；申报表为 yaml、json、csv，或打印样式的 xlsx（Excel）、docx（Word），后两者须用 -o 指定文件。不指定时由 -o 文件的扩展名决定。",
            "The format to write: yaml, json or groovy for a template or library; yaml, json, csv, or the printed form as xlsx (Excel) or docx (Word) for a declaration, the last two with -o. Without it, the -o file's extension decides."),
    HELP_ARG_CONVERT_FILE(
            "help.arg.zhibiao.convert.FILE",
            "模板或指标库（.yaml、.yml、.json、.groovy），或申报表（.yaml、.yml、.json，配合 --template、按表格打印样式排列的 .csv，或 Excel 工作簿 .xlsx、.xls）；- 表示从标准输入读取 YAML 或 JSON。",
            "A template or library (.yaml, .yml, .json, .groovy), or a declaration (.yaml, .yml, .json, .csv in the form's printed layout with --template, or an Excel workbook .xlsx, .xls); - reads YAML or JSON from standard input."),
    HELP_ARG_NEW_DEPARTMENT(
            "help.arg.zhibiao.new.--department",
            "部门（单位）名称；优先于档案中的名称。",
            "The department's name (部门（单位）名称); overrides the profile's."),
    HELP_ARG_NEW_FORMAT(
            "help.arg.zhibiao.new.--format",
            "输出格式：yaml（默认）、json、csv（仅指标行），或打印样式的 xlsx（Excel）、docx（Word），后两者须用 -o 指定文件。",
            "Output format: yaml (default), json, csv (indicator rows only), or the printed form as xlsx (Excel) or docx (Word), which need -o."),
    HELP_ARG_NEW_FROM(
            "help.arg.zhibiao.new.--from",
            "用于生成 --stage 表格的已填申报表：YAML、JSON、zhibiao 写出的 Excel 工作簿，或按表格打印样式排列的 CSV（此时须指定 TEMPLATE）。",
            "The filled declaration a --stage form is written from: YAML, JSON, an Excel workbook zhibiao wrote, or a CSV in the form's printed layout (then with TEMPLATE)."),
    HELP_ARG_NEW_OUTPUT(
            "help.arg.zhibiao.new.--output",
            "写入此文件，而不是标准输出（- 即标准输出）。YAML 文件旁的 .zhibiao/schemas/ 中同时写出模板的 schema，并在文件首行指向它。文件名以 .xlsx 或 .docx 结尾时写成 Excel 或 Word 表格，除非 --format 另有指定。",
            "Write here instead of stdout (- is stdout). A YAML file gets its template's schema in .zhibiao/schemas/ beside it, named in its first line. A file named .xlsx or .docx is written as the Excel or Word form unless --format says otherwise."),
    HELP_ARG_NEW_PROFILE(
            "help.arg.zhibiao.new.--profile",
            "部门档案（YAML）：联系人、职能、资金、项目、目标和自有指标；- 表示从标准输入读取。",
            "The department's profile (YAML): contact, 职能, funds, projects, goals, own indicators; - reads it from standard input."),
    HELP_ARG_NEW_PROFILES(
            "help.arg.zhibiao.new.--profiles",
            "批量：每个档案生成一份申报表，写入 -o 指定的目录。可以是档案目录（*.yaml、*.yml、*.json；输出文件以档案文件命名），或 CSV 文件：首行为表头，每行一个部门：department,code,year,preparer,phone,date（输出文件以 code 命名，无 code 时以部门名称命名）。",
            "Bulk: one declaration per profile, written into the -o directory. A directory of profiles (*.yaml, *.yml, *.json; output named after each file), or a CSV file with a header line and one department per line: department,code,year,preparer,phone,date (output named after code, else department)."),
    HELP_ARG_NEW_QUIET("help.arg.zhibiao.new.--quiet", "使用 --profiles 时不显示进度条。", "No progress bar with --profiles."),
    HELP_ARG_NEW_STAGE(
            "help.arg.zhibiao.new.--stage",
            "按 --from 指定的已填申报表，生成绩效运行监控表（monitoring）或绩效自评表（self-evaluation），而不是申报表初稿。",
            "Write the monitoring form (绩效运行监控表) or the self-evaluation form (绩效自评表) of the filled declaration given with --from, instead of a starter declaration."),
    HELP_ARG_NEW_YEAR("help.arg.zhibiao.new.--year", "申报年度；优先于档案中的年度。", "Declaration year; overrides the profile's."),
    HELP_ARG_NEW_TEMPLATE(
            "help.arg.zhibiao.new.TEMPLATE",
            "模板目录中的模板编号（如 hubei/public-security，可加 @版本）或模板文件。",
            "Catalogue template id (hubei/public-security, optionally @version) or a template file."),
    HELP_ARG_REPORT_OUTPUT(
            "help.arg.zhibiao.report.--output",
            "把页面写入此文件（如 report.html），而不是标准输出（- 即标准输出）。",
            "Write the page here (report.html) instead of stdout (- is stdout)."),
    HELP_ARG_REPORT_QUIET("help.arg.zhibiao.report.--quiet", "不显示进度条。", "No progress bar."),
    HELP_ARG_REPORT_DIR(
            "help.arg.zhibiao.report.DIR",
            "申报表所在目录（其下所有 *.yaml、*.yml 和 *.json）或单个文件。",
            "Folders of declarations (every *.yaml, *.yml and *.json under them) or single files."),
    HELP_ARG_SCHEMA_ALL(
            "help.arg.zhibiao.schema.--all",
            "在 -o 指定的目录中写出 schema 库：每类文档和模板目录中的每个模板（申报表、监控表、自评表），两种 draft 各一份，另有列出它们的 catalog.json（SchemaStore 格式）。",
            "A schema store in the -o folder: every kind and catalogue template (declaration, monitoring and self-evaluation forms), both drafts, and catalog.json (SchemaStore format) listing them."),
    HELP_ARG_SCHEMA_DRAFT(
            "help.arg.zhibiao.schema.--draft",
            "JSON Schema 版本：2020-12（默认）或 7。",
            "JSON Schema draft: 2020-12 (default) or 7."),
    HELP_ARG_SCHEMA_OUTPUT(
            "help.arg.zhibiao.schema.--output",
            "写入此文件，而不是标准输出（- 即标准输出；使用 --all 时为目录）。",
            "Write here instead of stdout (- is stdout; with --all: the folder)."),
    HELP_ARG_SCHEMA_STAGE(
            "help.arg.zhibiao.schema.--stage",
            "与 --template 一起用：打印该模板的监控表（monitoring）或自评表（self-evaluation）的 schema——该阶段的表格，每行加上该阶段的列。",
            "With --template: the schema of that template's monitoring or self-evaluation form, the stage's tables with its columns on every row."),
    HELP_ARG_SCHEMA_TEMPLATE(
            "help.arg.zhibiao.schema.--template",
            "模板编号（如 hubei/public-security，可加 @版本）或模板文件。",
            "Template id (hubei/public-security, optionally @version) or a template file."),
    HELP_ARG_SCHEMA_KIND(
            "help.arg.zhibiao.schema.KIND",
            "文档类型：declaration（申报表）、template（模板）、library（指标库）或 profile（档案）。",
            "The document kind: declaration, template, library or profile."),
    HELP_ARG_SCORE_OUTPUT(
            "help.arg.zhibiao.score.--output",
            "把评分后的文档写入此文件（- 即标准输出）；扩展名决定格式。",
            "Write the scored document here (- is stdout); its extension chooses the format."),
    HELP_ARG_SCORE_FILE(
            "help.arg.zhibiao.score.FILE",
            "绩效自评表（stage: self-evaluation）。",
            "The self-evaluation (stage: self-evaluation)."),
    HELP_ARG_UPGRADE_FINDINGS(
            "help.arg.zhibiao.upgrade.--findings",
            "变化的格式：text（默认，打印到标准错误）、json 或 sarif（打印到标准输出，需用 -o 把申报表写入文件）。",
            "How what changed is printed: text (default, on stderr), json or sarif (on stdout; needs -o to write the declaration to a file)."),
    HELP_ARG_UPGRADE_FORMAT(
            "help.arg.zhibiao.upgrade.--format",
            "输出格式；不指定时由 -o 文件的扩展名决定，否则为 yaml。",
            "Output format; without it, the -o file's extension decides, else yaml."),
    HELP_ARG_UPGRADE_OUTPUT(
            "help.arg.zhibiao.upgrade.--output",
            "写入此文件，而不是标准输出（- 即标准输出）；扩展名 .yaml、.json、.csv、.xlsx 或 .docx 决定格式。",
            "Write here instead of stdout (- is stdout); .yaml, .json, .csv, .xlsx or .docx chooses the format."),
    HELP_ARG_UPGRADE_TEMPLATE(
            "help.arg.zhibiao.upgrade.--template",
            "CSV 申报表填写时所依据的模板（编号@版本）；按打印格式的 CSV 不写模板。",
            "The template a CSV declaration was written for (id@version); a CSV in the printed layout names none."),
    HELP_ARG_UPGRADE_TO(
            "help.arg.zhibiao.upgrade.--to",
            "目标模板版本：编号@版本（如 hubei/public-security@2025.1）、只写编号即最新版本，或模板文件。",
            "The template version to carry it to: id@version (hubei/public-security@2025.1), an id for its newest version, or a template file."),
    HELP_ARG_UPGRADE_DECLARATION(
            "help.arg.zhibiao.upgrade.DECLARATION",
            "已填写的申报表：YAML、JSON、zhibiao 写出的 Excel 工作簿，或按打印格式的 CSV（用 --template 指明模板）；- 表示从标准输入读取。",
            "The filled declaration: YAML, JSON, a workbook zhibiao wrote, or a CSV in the printed layout (with --template); - reads it from standard input."),
    HELP_CMD_ZHIBIAO(
            "help.cmd.zhibiao", "zhibiao（指标）：以代码定义绩效指标体系。", "zhibiao (指标): performance-target templates as code."),
    HELP_CMD_2(
            "help.cmd.zhibiao.2",
            "省级财政部门编写模板；部门用 `zhibiao new` 生成申报表初稿，用 `zhibiao check` 查看还有哪些问题。",
            "Provinces write templates; departments run `zhibiao new` for a starter declaration and `zhibiao check` to see what is still wrong."),
    HELP_CMD_CATALOGUE(
            "help.cmd.zhibiao.catalogue",
            "浏览模板和指标库：内置的，以及运维人员指定的模板目录中的（--catalogue DIR、ZHIBIAO_CATALOGUE）。",
            "Browse the templates and indicator libraries: the built-in ones, and those in the operator's catalogue directories (--catalogue DIR, ZHIBIAO_CATALOGUE)."),
    HELP_CMD_CATALOGUE_DIFF(
            "help.cmd.zhibiao.catalogue.diff",
            "显示从模板 A 到模板 B 的变化：新增、删除或移动的一级、二级指标和行，收紧或放宽的指标值，依据、分类、性质、单位的改变，以及表格和列的变化。",
            "Show what changed from template A to template B: 一级/二级 and rows added, removed or moved, targets tightened or loosened, basis/category/kind/unit changes, tables and columns."),
    HELP_CMD_CATALOGUE_DIFF_2(
            "help.cmd.zhibiao.catalogue.diff.2",
            "每行以 +（新增）、-（删除）或 ~（改变）开头，后接“一级 › 二级 › 三级”路径。",
            "Each line starts with + (added), - (removed) or ~ (changed) and the 一级 › 二级 › 三级 path."),
    HELP_CMD_CATALOGUE_DIFF_FOOTER(
            "help.cmd.zhibiao.catalogue.diff.footer",
            "%n退出码：%n  0   两个模板相同%n  1   两个模板不同%n  2   输入不可用：模板未知、文件无法读取、模板无法解析%n  70  zhibiao 内部错误（请报告）%n",
            "%nExit codes:%n  0   the two templates are the same%n  1   they differ%n  2   unusable input: unknown template, unreadable file, a template that does not resolve%n  70  internal error in zhibiao (please report it)%n"),
    HELP_CMD_CATALOGUE_DOCS(
            "help.cmd.zhibiao.catalogue.docs",
            "写出模板目录的参考文档：Markdown 页面（index.md、每个模板和每个指标库各一页、rules.md）和一个带搜索、可离线阅读的独立 index.html。",
            "Write a reference of the built-in catalogue: Markdown pages (index.md, one per template, one per library, rules.md) and one self-contained index.html with search, readable offline."),
    HELP_CMD_CATALOGUE_LIST(
            "help.cmd.zhibiao.catalogue.list",
            "列出模板（每个模板的最新版本）及其来源：内置，或模板目录中的文件。",
            "List the templates, newest version of each, with where each comes from: built-in, or the file in a catalogue directory."),
    HELP_CMD_CATALOGUE_SHOW(
            "help.cmd.zhibiao.catalogue.show",
            "以 YAML 打印解析后的模板（已套用上级模板，已展开指标库中的行）。",
            "Print a template resolved (parents applied, library rows inlined) as YAML."),
    HELP_CMD_CHECK("help.cmd.zhibiao.check", "按模板检查已填写的申报表。", "Check filled declarations against their templates."),
    HELP_CMD_CHECK_2(
            "help.cmd.zhibiao.check.2",
            "每个问题打印一行：文件:行:列: 级别[规则]: 消息。",
            "Prints file:line:col: severity[rule]: message for every finding (Chinese unless --lang en)."),
    HELP_CMD_CONVERT(
            "help.cmd.zhibiao.convert",
            "在 YAML、JSON 和 Groovy DSL 之间转换模板或指标库，或在 YAML、JSON、按表格打印样式排列的 CSV 和 Excel、Word 表格之间转换申报表。",
            "Translate a template or indicator library between YAML, JSON and the Groovy DSL, or a declaration between YAML, JSON, CSV in the form's printed layout and the Excel and Word forms."),
    HELP_CMD_CONVERT_2(
            "help.cmd.zhibiao.convert.2",
            "两种写法得到相同的模型；注释不会保留。",
            "Both forms build the same model; comments are not carried over."),
    HELP_CMD_GENERATE_COMPLETION(
            "help.cmd.zhibiao.generate-completion",
            "生成 zhibiao 的 bash/zsh 补全脚本。",
            "Generate a bash/zsh completion script for zhibiao."),
    HELP_CMD_GENERATE_COMPLETION_2(
            "help.cmd.zhibiao.generate-completion.2",
            "运行 source <(zhibiao generate-completion) 即可在当前 shell 中用 TAB 补全 zhibiao 的命令和选项。",
            "Run source <(zhibiao generate-completion) to give zhibiao TAB completion in the current shell."),
    HELP_CMD_HELP("help.cmd.zhibiao.help", "显示指定命令的帮助。", "Display help information about the specified command."),
    HELP_CMD_HELP_2(
            "help.cmd.zhibiao.help.2",
            "不指定 COMMAND 时显示主命令的帮助；指定时显示该命令的帮助。",
            "When no COMMAND is given, the usage help for the main command is displayed. If a COMMAND is specified, the help for that command is shown."),
    HELP_CMD_NEW("help.cmd.zhibiao.new", "按模板生成绩效目标申报表初稿。", "Write a starter declaration (绩效目标申报表) from a template."),
    HELP_CMD_NEW_2(
            "help.cmd.zhibiao.new.2",
            "模板中的标准行全部填好，需部门自填的位置标为待填（origin: todo），资金占比和合计自动计算。",
            "Every standard row is filled in, every department-specific slot is marked (origin: todo), funds shares and totals are computed."),
    HELP_CMD_REPORT(
            "help.cmd.zhibiao.report",
            "检查各目录下的全部申报表，为财政部门写出一份审核汇总页面（HTML）。",
            "Check every declaration under the folders and write one review page (HTML) for finance."),
    HELP_CMD_REPORT_2(
            "help.cmd.zhibiao.report.2",
            "页面自成一体、可离线打开：各部门的错误和警告数、最常违反的规则、柱状图，以及各部门每个问题的文件和位置。",
            "The page is self-contained: departments with their errors and warnings, the rules most often broken, bar charts, and each department's findings with file and position. It opens offline."),
    HELP_CMD_SCHEMA(
            "help.cmd.zhibiao.schema",
            "打印 JSON Schema：某类文档的通用 schema；或用 --template 打印某个模板的申报表 schema（加 --stage 则为其监控表或自评表）；或用 --all -o DIR 写出供编辑器离线使用的 schema 库。",
            "Print a JSON Schema: the generic schema of a document kind, or with --template the schema of one template's declarations (with --stage, of its monitoring or self-evaluation form), or with --all -o DIR write a schema store for editors offline."),
    HELP_CMD_SCORE(
            "help.cmd.zhibiao.score",
            "为绩效自评表评分：每行得分、各一级指标小计、总分和等级。",
            "Score a self-evaluation form: every row's score, subtotals per first level, total and grade."),
    HELP_CMD_SCORE_2(
            "help.cmd.zhibiao.score.2",
            "用 -o 时写出评分后的文档（按扩展名为 yaml、json 或 csv）；否则打印汇总。",
            "With -o the scored document is written (yaml, json or csv by its extension); without, a summary is printed."),
    HELP_CMD_UPGRADE(
            "help.cmd.zhibiao.upgrade",
            "把已填写的申报表迁移到模板的另一个版本：部门填写的值全部保留，标准行按新模板更新，被删除的行逐一列出，新增的必填位置成为待填行（origin: todo），含义已改变的行上填写的值记为冲突。",
            "Carry a filled declaration to another template version: every value the department typed stays, standard rows follow the new template, removed rows are listed, new required slots appear as rows to fill (origin: todo), and a typed value on a row whose meaning changed is a conflict."),
    HELP_CMD_UPGRADE_2(
            "help.cmd.zhibiao.upgrade.2",
            "变化打印到标准错误，每条形如“文件:行:列: 级别[代码]: 消息”；用 --findings json 或 sarif 时改为标准输出上的一个文档。",
            "What changed is printed to stderr as file:line:col: severity[code]: message; with --findings json or sarif, as one document on stdout."),
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
    HELP_OPTIONS("help.options", "%n选项：%n", "%nOptions:%n"),
    HELP_PARAMETERS("help.parameters", "%n参数：%n", "%nParameters:%n"),
    HELP_USAGE("help.usage", "用法：%n", "Usage: "),
    HINT_DID_YOU_MEAN("hint.did-you-mean", "是否应为“%s”？", "did you mean '%s'?"),
    HINT_ONE_OF("hint.one-of", "应为：%s", "expected one of: %s"),
    LIST_SEPARATOR("list.separator", "、", ", "),
    MAN_ARGUMENTS("man.arguments", "参数", "Arguments"),
    MAN_COMMANDS("man.commands", "命令", "Commands"),
    MAN_DESCRIPTION("man.description", "描述", "Description"),
    MAN_EXIT_STATUS("man.exit-status", "退出码", "Exit status"),
    MAN_MANUAL("man.manual", "zhibiao 手册", "Zhibiao Manual"),
    MAN_NAME("man.name", "名称", "Name"),
    MAN_OPTIONS("man.options", "选项", "Options"),
    MAN_SYNOPSIS("man.synopsis", "概要", "Synopsis"),
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
    SCHEMA_CATALOG_STAGE("schema.catalog-stage", "%s（模板 %s）", "%s (template %s)"),
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
