package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * A department's performance-target declaration (绩效目标申报表): the compiled form it fills in
 * and submits.
 *
 * @param template {@code id@version} of the template it was compiled from
 * @param stage the form after the declaration this document is (监控, 自评); null for the 申报表
 * @param department 部门（单位）名称
 * @param code 单位编码
 * @param year 年度
 * @param unit the money unit of the form (万元)
 * @param contact 填报人, 联系电话, 填报日期
 * @param functions 部门职能概述 / 单位主要职能
 * @param tasks 年度工作任务
 * @param organisation 机构设置及人员配置
 * @param funds 部门总体资金情况
 * @param projects 项目支出情况
 * @param goals 整体绩效总目标
 * @param tables the indicator tables
 * @param subtotals 小计 per 一级 of a scored self-evaluation, in the form's order, budget execution last
 * @param total 总分 of a scored self-evaluation
 * @param grade 等级 of a scored self-evaluation (优, 良, 中, 差)
 */
public record Declaration(
        @Required String template,
        Stage stage,
        String department,
        String code,
        Integer year,
        String unit,
        Contact contact,
        List<Function> functions,
        String tasks,
        String organisation,
        Funds funds,
        List<Project> projects,
        Goals goals,
        List<Table> tables,
        List<LevelScore> subtotals,
        BigDecimal total,
        String grade,
        @JsonIgnore Position pos) {

    public Declaration {
        functions = Lists.copy(functions);
        projects = Lists.copy(projects);
        tables = Lists.copy(tables);
        subtotals = Lists.copy(subtotals);
        pos = pos == null ? Position.NONE : pos;
    }

    /** A document with a stage, total and grade but no subtotals (as before they were written). */
    public Declaration(
            String template,
            Stage stage,
            String department,
            String code,
            Integer year,
            String unit,
            Contact contact,
            List<Function> functions,
            String tasks,
            String organisation,
            Funds funds,
            List<Project> projects,
            Goals goals,
            List<Table> tables,
            BigDecimal total,
            String grade,
            Position pos) {
        this(
                template,
                stage,
                department,
                code,
                year,
                unit,
                contact,
                functions,
                tasks,
                organisation,
                funds,
                projects,
                goals,
                tables,
                List.of(),
                total,
                grade,
                pos);
    }

    /** A declaration (申报表): no stage, no score. */
    public Declaration(
            String template,
            String department,
            String code,
            Integer year,
            String unit,
            Contact contact,
            List<Function> functions,
            String tasks,
            String organisation,
            Funds funds,
            List<Project> projects,
            Goals goals,
            List<Table> tables,
            Position pos) {
        this(
                template,
                null,
                department,
                code,
                year,
                unit,
                contact,
                functions,
                tasks,
                organisation,
                funds,
                projects,
                goals,
                tables,
                null,
                null,
                pos);
    }

    /** This document as a form of another stage, with these tables and funds, and no score yet. */
    public Declaration atStage(Stage newStage, Funds newFunds, List<Table> newTables) {
        return atStage(newStage, newFunds, goals, newTables);
    }

    /** This document as a form of another stage, with these tables, funds and goals, and no score yet. */
    public Declaration atStage(Stage newStage, Funds newFunds, Goals newGoals, List<Table> newTables) {
        return new Declaration(
                template,
                newStage,
                department,
                code,
                year,
                unit,
                contact,
                functions,
                tasks,
                organisation,
                newFunds,
                projects,
                newGoals,
                newTables,
                List.of(),
                null,
                null,
                pos);
    }

    /** This document with its tables, funds, 小计, 总分 and 等级 replaced (a scored self-evaluation). */
    public Declaration scored(
            Funds newFunds,
            List<Table> newTables,
            List<LevelScore> newSubtotals,
            BigDecimal newTotal,
            String newGrade) {
        return new Declaration(
                template,
                stage,
                department,
                code,
                year,
                unit,
                contact,
                functions,
                tasks,
                organisation,
                newFunds,
                projects,
                goals,
                newTables,
                newSubtotals,
                newTotal,
                newGrade,
                pos);
    }
}
