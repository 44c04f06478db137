/**
 * The Groovy front end: templates and indicator libraries written as code, read into the same
 * model as YAML ({@link org.zhibiao.groovy.GroovyReader}) and written back
 * ({@link org.zhibiao.groovy.GroovyWriter}).
 *
 * <p>A script is compiled with {@link org.zhibiao.groovy.TemplateScript} as its base class; every
 * closure is typed with {@code @DelegatesTo(…, DELEGATE_ONLY)}, one delegate per nesting level
 * ({@code TemplateSpec}, {@code FormSpec}, {@code TableSpec}, {@code FundsSpec}, {@code Level1Spec},
 * {@code Level2Spec}, {@code SlotSpec}, {@code AdditionSpec}, {@code ChangeSpec}, {@code RulesSpec},
 * {@code LibrarySpec}, {@code IndicatorSpec}). Java callers use the {@code Consumer} overloads via
 * {@link org.zhibiao.groovy.Dsl}. Guard rails, not a sandbox: see {@link org.zhibiao.groovy.GroovyReader}.
 *
 * <pre>{@code
 * template('hubei/department-overall') {
 *     version '2024.1'; title '湖北省部门整体绩效目标申报表'; scope 'department-overall'; libraries 'common'
 *     form { table('年度') { columns '前年', '上年', '指标值' }; bases '计划标准', '行业标准'; basis '计划标准' }
 *     level1('运行成本', required: true) { level2('公用经费控制') { ref '公用经费控制率' } }
 *     level1('履职效能') { level2('核心业务产出{n}') { slot('core-output', label: '本部门核心业务产出', min: 1) } }
 *     一级指标('满意度') { 二级指标('服务对象满意度') { (1..2).each { n -> 三级指标 "满意度$n", 指标值: "≥${94 + n}%" } } }
 * }
 * template('hubei/public-security') {
 *     extendsTemplate 'hubei/department-overall@2024.1'
 *     add(to: '社会效应/经济效益') { indicator '优化营商环境', target: '定性' }
 *     override('满意度/服务对象满意度/群众满意度') { target '≥96%' }
 *     remove '管理效率/绩效管理/评价结果应用率'
 *     fill('core-output') { ref '出警率', target: '=100%' }
 *     rules { rule 'quantitative-share', min: '50' }
 * }
 * }</pre>
 *
 * <h2>Completion in the IDE</h2>
 *
 * <p>Scripts name no base class (the reader refuses annotations and imports), so IntelliJ IDEA
 * learns it from {@code org/zhibiao/groovy/zhibiao.gdsl}, shipped in this jar: with zhibiao-dsl on
 * the project's class path, every {@code .groovy} file under a {@code zhibiao/}, {@code templates/}
 * or {@code libraries/} folder completes and type-checks against {@code TemplateScript} and the
 * {@code @DelegatesTo} delegates, with no plugin.
 *
 * <h2>Keywords and their Chinese aliases</h2>
 *
 * <p>The rule: a keyword that names something printed on the form (一级/二级/三级指标, 指标值, 依据 …)
 * has the form's Chinese word as an alias; editing verbs and form-shape keywords
 * ({@code form}, {@code table}, {@code add}, {@code override}, {@code remove}, {@code fill},
 * {@code rules}) stay English only. {@link org.zhibiao.groovy.GroovyWriter} writes English.
 *
 * <table>
 * <caption>Keywords (methods)</caption>
 * <tr><th>English</th><th>中文</th><th>where</th><th>model</th></tr>
 * <tr><td>template</td><td>模板</td><td>script</td><td>Template</td></tr>
 * <tr><td>library</td><td>指标库</td><td>script</td><td>Library</td></tr>
 * <tr><td>version</td><td>版本</td><td>template, library</td><td>version</td></tr>
 * <tr><td>title</td><td>标题</td><td>template, library (table: English only)</td><td>title</td></tr>
 * <tr><td>scope, extendsTemplate / parent, libraries</td><td>—</td><td>template</td><td>scope, extends, libraries</td></tr>
 * <tr><td>level1</td><td>一级指标</td><td>template, add</td><td>Level1</td></tr>
 * <tr><td>level2</td><td>二级指标</td><td>level1, add</td><td>Level2</td></tr>
 * <tr><td>indicator</td><td>三级指标</td><td>level2, slot, fill, add; library entry</td><td>Inline; IndicatorDef</td></tr>
 * <tr><td>ref</td><td>引用</td><td>level2, slot, fill, add</td><td>LibraryRef</td></tr>
 * <tr><td>slot</td><td>槽位</td><td>level2, add</td><td>Slot</td></tr>
 * <tr><td>target, halfYear, basis, category, weight</td><td>指标值, 半年指标值, 依据, 分类, 分值</td>
 *     <td>override; library entry (no halfYear)</td><td>Change / IndicatorDef fields</td></tr>
 * <tr><td>name, aliases, explanation, formula, source, unit, kind, direction, scale, scope</td>
 *     <td>名称, 别名, 指标解释, 计算公式, 数据来源, 单位, 类型, 方向, 分级, 适用范围</td><td>library entry</td>
 *     <td>IndicatorDef fields</td></tr>
 * <tr><td>form, table, columns, keyWork, bases, basis, categories, category, funds, income, expenditure,
 *     history, halfYear, unit, projectCategories, horizon, levels</td><td>—</td><td>form</td><td>Form, TableDef, FundsForm</td></tr>
 * <tr><td>add, override, remove, fill, rules, rule</td><td>—</td><td>template</td>
 *     <td>Addition, Change, remove, Fill, RuleSetting</td></tr>
 * </table>
 *
 * <table>
 * <caption>Named options ({@code ref '出警率', 指标值: '=100%'})</caption>
 * <tr><th>English</th><th>中文</th><th>on</th></tr>
 * <tr><td>target</td><td>指标值</td><td>ref, indicator</td></tr>
 * <tr><td>halfYear</td><td>半年指标值</td><td>ref, indicator</td></tr>
 * <tr><td>basis</td><td>依据</td><td>ref, indicator</td></tr>
 * <tr><td>category</td><td>分类</td><td>ref, indicator</td></tr>
 * <tr><td>weight</td><td>分值</td><td>ref, indicator, level1</td></tr>
 * <tr><td>name</td><td>名称</td><td>ref</td></tr>
 * <tr><td>kind, direction, unit, ref</td><td>类型, 方向, 单位, 引用</td><td>indicator</td></tr>
 * <tr><td>required</td><td>必填</td><td>level1</td></tr>
 * <tr><td>label, min, max</td><td>说明, 最少, 最多</td><td>slot</td></tr>
 * <tr><td>to, after</td><td>位置, 之后</td><td>add</td></tr>
 * <tr><td>enabled, severity, any other key = rule parameter</td><td>—</td><td>rule</td></tr>
 * </table>
 *
 * @since 0.1
 */
package org.zhibiao.groovy;
