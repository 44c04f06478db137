package org.zhibiao.cli.report;

import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.score.Grade;

/**
 * What the review page keeps of one document: who, against which template, how many findings,
 * and the findings it lists, already rendered in the page's language. Small on purpose: the
 * declaration itself is gone once the summary is made, so memory grows only with what the page
 * prints.
 *
 * @param anchor the element id of the document's section ({@code d12})
 * @param file the file as shown, relative to the folder it was found under
 * @param department 部门名称; empty when the document names none or could not be read
 * @param template the template id@version; empty when unknown
 * @param errors number of errors (all of them, listed or not)
 * @param warnings number of warnings
 * @param usable whether the document could be checked at all
 * @param listed the findings the page lists, at most {@link ReviewPage#LISTED} of them
 * @param unlisted how many more there were
 * @param score 总分 of a scored self-evaluation; null until there is one
 * @param grade 等级 of a scored self-evaluation; null until there is one
 */
public record Summary(
        String anchor,
        String file,
        String department,
        String template,
        int errors,
        int warnings,
        boolean usable,
        List<Finding> listed,
        int unlisted,
        BigDecimal score,
        Grade grade) {

    public Summary {
        listed = List.copyOf(listed);
    }

    /**
     * One finding as the page prints it.
     *
     * @param severity {@code error}, {@code warning} or {@code info}
     * @param code the rule or problem code
     * @param position {@code decl.yaml:12:5} or {@code decl.xlsx:年度!G14}, relative like the file
     * @param message the message in the page's language, with its hint
     */
    public record Finding(String severity, String code, String position, String message) {}
}
