package org.zhibiao.check;

import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;

/**
 * Checks the clean Hubei pair with one extra 长期 row, and keeps what the test then asserts about:
 * the declaration, its 长期 table and the added row. Shared by the rule tests that judge one row.
 */
abstract class ExtraRowCheck {

    protected Declaration declaration;
    protected Table table;
    protected Row row;

    /** The findings for the clean Hubei declaration plus {@code extra}, checked against {@code template}. */
    protected List<Diagnostic> check(Template template, RowSpec extra) {
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").add(extra);
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "长期");
        row = table.rows().get(table.rows().size() - 1);
        return Checker.check(template, declaration);
    }

    protected List<Diagnostic> check(RowSpec extra) {
        return check(Fixtures.hubei(), extra);
    }
}
