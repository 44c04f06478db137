package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * The shape of a declaration form and its closed vocabularies, as the province prints it.
 *
 * @param tables the indicator tables, in form order
 * @param bases allowed 指标值确定依据
 * @param basis the 指标值确定依据 a row gets when neither library nor template says
 * @param categories allowed 指标分类; empty when the form has no such column
 * @param category the default 指标分类
 * @param funds the funds block; absent when the form has none
 * @param projectCategories allowed 支出项目类别
 * @param horizon years from the declaration year to the 长期目标 deadline (Hubei: 2, 2024 → 2026)
 * @param levels the qualitative grades this form accepts as 指标值 (健全, 规范 …)
 * @param stages what the template changes in the monitoring and self-evaluation forms; a stage it
 *     does not list takes the national form (issue 16)
 */
public record Form(
        List<TableDef> tables,
        List<String> bases,
        String basis,
        List<String> categories,
        String category,
        FundsForm funds,
        List<String> projectCategories,
        Integer horizon,
        List<String> levels,
        List<StageForm> stages,
        @JsonIgnore Position pos) {

    public Form {
        tables = Lists.copy(tables);
        bases = Lists.copy(bases);
        categories = Lists.copy(categories);
        projectCategories = Lists.copy(projectCategories);
        levels = Lists.copy(levels);
        stages = Lists.copy(stages);
        pos = pos == null ? Position.NONE : pos;
    }

    /** A form with no stage of its own: both stages take the national forms. */
    public Form(
            List<TableDef> tables,
            List<String> bases,
            String basis,
            List<String> categories,
            String category,
            FundsForm funds,
            List<String> projectCategories,
            Integer horizon,
            List<String> levels,
            Position pos) {
        this(tables, bases, basis, categories, category, funds, projectCategories, horizon, levels, List.of(), pos);
    }

    /** What the template says of a stage's form, or null when it says nothing. */
    public StageForm stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
    }
}
