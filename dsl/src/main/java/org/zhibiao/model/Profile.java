package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * What a budget department brings to a template: who it is, what it does, its money, its
 * projects and goals, and its own indicators for the template's slots.
 *
 * @param department 部门（单位）名称
 * @param code 单位编码, kept as text (leading zeros matter)
 * @param year the declaration year
 * @param contact 填报人, 联系电话, 填报日期
 * @param functions 部门职能 (with 重点工作 and indicators where the form asks for them)
 * @param tasks 年度工作任务
 * @param organisation 机构设置及人员配置
 * @param funds 部门总体资金情况
 * @param projects 项目支出情况
 * @param goals 整体绩效总目标
 * @param indicators the department's own rows for the template's slots
 * @param previous path of last year's declaration, for the 前年/上年 columns
 */
public record Profile(
        String department,
        String code,
        Integer year,
        Contact contact,
        List<Function> functions,
        String tasks,
        String organisation,
        Funds funds,
        List<Project> projects,
        Goals goals,
        List<ProfileIndicator> indicators,
        String previous,
        @JsonIgnore Position pos) {

    public Profile {
        functions = Lists.copy(functions);
        projects = Lists.copy(projects);
        indicators = Lists.copy(indicators);
        pos = pos == null ? Position.NONE : pos;
    }

    /** A profile with nothing but a name and a year, as {@code zhibiao new --department} builds. */
    public static Profile of(String department, Integer year) {
        return new Profile(department, null, year, null, null, null, null, null, null, null, null, null, null);
    }
}
