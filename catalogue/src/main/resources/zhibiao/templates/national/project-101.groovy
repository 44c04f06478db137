// 项目支出核心绩效目标表: the 财预〔2021〕101号 variant of the national project framework
// (DOMAIN.md §1.2). 成本指标 is promoted to a 一级 and split by kind of cost:
//   成本指标 → 经济成本指标, 社会成本指标, 生态环境成本指标
//   产出指标 → 数量指标, 质量指标, 时效指标
//   效益指标 → 经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标
//   满意度指标 → 服务对象满意度指标
// 101号 asks for 核心 indicators only (高度关联, 重点突出, 量化易评: 定量为主、定性为辅).
// Whether 101号 keeps 可持续影响指标 is not settled (DOMAIN.md §9b); many local forms keep it, so it is
// here as an optional slot.
//
// Weights: 101号 sets no self-evaluation weights; 10号 still scores 产出 50, 效益 30, 满意度 10 and
// 预算执行率 10. Here the 50 of 产出 are split between 成本指标 (10) and 产出指标 (40) — a judgement
// call, change it with override: if your province splits otherwise. 预算执行率 is the `weights`
// rule's budgetExecution parameter, as in national/project.

template('national/project-101') {
    version '2021.1'
    title '项目支出核心绩效目标表'
    scope 'project'
    libraries 'common'
    form {
        // The core-target form prints what national/project prints, plus how each indicator is
        // explained, scored and measured (指标解释, 评(扣)分标准, 数据来源/测算依据; 岳阳楼区 in DOMAIN.md §4).
        table('年度') {
            title '年度绩效指标'
            column id: 'kind', header: '指标值类型', aliases: ['指标类型', '定量/定性'], type: 'choice',
                    values: ['定量', '定性']
            column id: 'nature', header: '指标性质', aliases: ['指标方向性', '指标方向', '指标属性'], type: 'choice',
                    values: ['正向', '反向']
            column id: 'target', header: '指标值', type: 'target', required: true, parts: [
                    [id: 'operator', header: '指标方向', aliases: ['运算符', '计算符号', '指标性质'], type: 'operator'],
                    [id: 'number', header: '指标值', aliases: ['目标值', '年度指标值', '指标值（目标值）'], type: 'number'],
                    [id: 'unit', header: '计量单位', aliases: ['度量单位', '单位'], type: 'unit']]
            column id: 'points', header: '分值', aliases: ['权重', '分值（权重）', '指标权重'], type: 'points', width: 6
            column id: 'explanation', header: '指标解释', aliases: ['指标内容', '指标说明'], type: 'text', width: 24
            column id: 'criteria', header: '评(扣)分标准', aliases: ['评（扣）分标准', '评分标准', '扣分标准'], type: 'text',
                    width: 24
            column id: 'source', header: '数据来源', aliases: ['测算依据', '数据来源/测算依据', '指标值设定依据'], type: 'text',
                    width: 16
            column id: 'remark', header: '备注', type: 'text', width: 16
        }
    }
    level1('成本指标', required: true, weight: 10) {
        level2('经济成本指标') {
            slot('economic-cost', label: '实施项目所需的直接经济成本（如单位成本、总成本，单位元或万元）', min: 1)
        }
        level2('社会成本指标') {
            slot('social-cost', label: '项目实施对社会造成的负面影响或代价', min: 0)
        }
        level2('生态环境成本指标') {
            slot('ecological-cost', label: '项目实施对生态环境造成的负面影响或代价', min: 0)
        }
    }
    level1('产出指标', required: true, weight: 40) {
        level2('数量指标') {
            slot('quantity', label: '计划提供的产品或服务数量', min: 1)
        }
        level2('质量指标') {
            slot('quality', label: '产品或服务应达到的标准、水平', min: 1) {
                ref '质量达标率'
            }
        }
        level2('时效指标') {
            slot('timeliness', label: '按时完成的程度', min: 1) {
                ref '完成及时率'
            }
        }
    }
    level1('效益指标', required: true, weight: 30) {
        level2('经济效益指标') {
            slot('economic-benefit', label: '项目实施带来的直接或间接经济效益', min: 0)
        }
        level2('社会效益指标') {
            slot('social-benefit', label: '项目实施对社会发展带来的影响', min: 0)
        }
        level2('生态效益指标') {
            slot('ecological-benefit', label: '项目实施对生态环境带来的影响', min: 0)
        }
        level2('可持续影响指标') {
            slot('sustainable-impact', label: '项目完成后后续运行、效益持续发挥的情况', min: 0)
        }
    }
    level1('满意度指标', required: false, weight: 10) {
        level2('服务对象满意度指标') {
            // no default row: a starter wrote 服务对象满意度 ≥90%, a value nobody gave (issue 14)
            slot('satisfaction', label: '服务对象、受益群体对项目的满意程度', min: 0)
        }
    }
    rules {
        rule 'weights', budgetExecution: '10', total: '100'
        rule 'quantitative-share', min: '50'
    }
}
