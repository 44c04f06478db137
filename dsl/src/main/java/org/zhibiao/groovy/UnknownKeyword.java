package org.zhibiao.groovy;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.syntax.SyntaxException;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/**
 * A bare call ({@code titel 'x'}) whose name is no DSL keyword, no closure of the script and no
 * method the script could reach otherwise: most likely a misspelt keyword, so it is a compile
 * error with a "did you mean …?", not a refusal. {@link ScriptShape} reports it before type
 * checking, because nothing that is not a keyword may reach the type checker's name lookup.
 */
final class UnknownKeyword extends SyntaxException {

    private static final long serialVersionUID = 1L;

    private final String name;

    UnknownKeyword(String name, ASTNode node) {
        super(
                "no keyword " + name,
                Math.max(node.getLineNumber(), 1),
                Math.max(node.getColumnNumber(), 1),
                Math.max(node.getLastLineNumber(), 1),
                Math.max(node.getLastColumnNumber(), 1));
        this.name = name;
    }

    String zh() {
        return Text.GUARD_UNKNOWN_KEYWORD.format(Lang.ZH, name);
    }

    String en() {
        return Text.GUARD_UNKNOWN_KEYWORD.format(Lang.EN, name);
    }

    Hint hint() {
        return DidYouMean.hint(name, Keywords.all());
    }
}
