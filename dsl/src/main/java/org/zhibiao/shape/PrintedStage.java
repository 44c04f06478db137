package org.zhibiao.shape;

import java.util.List;
import org.zhibiao.model.Column;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.Template;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/**
 * Which stage's form a printed sheet is (issue 16): a CSV or workbook has no {@code stage:} key, so
 * the form is known by the columns only a stage prints (实际完成值 and 得分 for the 自评表, 执行情况
 * and 完成目标可能性 for the 监控表), asked of the template's own stage forms so that Hubei's
 * 1–6月执行情况 counts. Without this a monitoring form read back from CSV became a declaration and
 * its stage columns unknown ones.
 */
public final class PrintedStage {

    private PrintedStage() {}

    /**
     * The stage whose added columns the sheet's first rows print most of, or null for a
     * declaration (none printed, or as many of one stage's as of the other's).
     */
    public static Stage of(Template resolved, Sheet sheet) {
        FormShape declaration = FormShape.of(resolved);
        Stage best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Stage stage : Stage.values()) {
            int count = printed(sheet, added(resolved, stage, declaration));
            if (count > bestCount) {
                best = stage;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The stage's columns that mark its form: added to the declaration's tables, and not one a
     * declaration may carry as a cell of its own (备注, 偏差原因): a declaration with a {@code remark}
     * is no monitoring form. Monitoring: 执行情况, 全年预计完成情况, 完成目标可能性; self-evaluation:
     * 实际完成值, 得分.
     */
    private static List<Column> added(Template resolved, Stage stage, FormShape declaration) {
        StageForm form = StageForms.of(resolved, stage);
        List<String> marks = stage == Stage.MONITORING
                ? List.of(StageForms.PROGRESS, StageForms.FORECAST, StageForms.LIKELIHOOD)
                : List.of(StageForms.ACTUAL, StageForms.SCORE);
        return form.columns().stream()
                .filter(c -> marks.contains(c.id()))
                .filter(c -> declaration.tables().stream().noneMatch(t -> t.has(c.id())))
                .toList();
    }

    private static int printed(Sheet sheet, List<Column> columns) {
        int count = 0;
        for (Column c : columns) {
            if (printed(sheet, c)) {
                count++;
            }
        }
        return count;
    }

    private static boolean printed(Sheet sheet, Column column) {
        int rows = Math.min(LayoutReader.HEADER_SEARCH_ROWS, sheet.rows().size());
        for (int i = 0; i < rows; i++) {
            for (SheetCell cell : sheet.rows().get(i)) {
                if (!cell.text().isBlank() && column.answersTo(cell.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
