package org.zhibiao.check;

import java.util.Map;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;

/**
 * What a {@link Rule} sees: the resolved template, the declaration, the rule's parameters, and
 * where to report.
 *
 * @param template the resolved template the declaration was compiled from
 * @param declaration the declaration under review
 * @param severity the severity the template assigns to this rule
 * @param params the rule's parameters from the template's {@code rules:} entry
 * @param out the collector findings go to
 */
public record CheckContext(
        Template template, Declaration declaration, Severity severity, Map<String, String> params, Diagnostics out) {

    /** Reports a finding at the rule's configured severity. */
    public void report(Diagnostic finding) {
        out.add(new Diagnostic(finding.code(), severity, finding.zh(), finding.en(),
                finding.position(), finding.path(), finding.hint()));
    }
}
