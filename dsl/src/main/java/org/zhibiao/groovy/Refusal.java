package org.zhibiao.groovy;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * A construct the guard rails refuse in a template script, located at its node and worded in
 * both languages; {@link ScriptCompiler} turns it into a {@link GroovyProblem#FORBIDDEN} diagnostic.
 */
final class Refusal extends SyntaxException {

    private static final long serialVersionUID = 1L;

    private final String zh;
    private final String en;

    Refusal(String zh, String en, ASTNode node) {
        super(
                en,
                Math.max(node.getLineNumber(), 1),
                Math.max(node.getColumnNumber(), 1),
                Math.max(node.getLastLineNumber(), 1),
                Math.max(node.getLastColumnNumber(), 1));
        this.zh = zh;
        this.en = en;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }
}
