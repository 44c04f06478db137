package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Makes semantic errors land on the script's own line and column: before every statement that
 * is a DSL call ({@code ref '预算执行率', target: '=100%'}) it inserts
 * {@code this.zhibiaoAt(line, column)}, which tells the delegates where they are. An explicit
 * {@code this} goes to the script even inside a DELEGATE_ONLY closure.
 */
final class PositionMarker extends CompilationCustomizer {

    static final String MARK = "zhibiaoAt";

    PositionMarker() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        new Marker(source).visitClass(classNode);
    }

    private static final class Marker extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        Marker(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitBlockStatement(BlockStatement block) {
            super.visitBlockStatement(block);
            List<Statement> marked = new ArrayList<>();
            for (Statement s : block.getStatements()) {
                if (s instanceof ExpressionStatement e
                        && e.getExpression() instanceof MethodCallExpression call
                        && call.isImplicitThis()
                        && s.getLineNumber() > 0) {
                    marked.add(mark(call));
                }
                marked.add(s);
            }
            block.getStatements().clear();
            block.getStatements().addAll(marked);
        }

        private static Statement mark(MethodCallExpression call) {
            MethodCallExpression mark = new MethodCallExpression(
                    new VariableExpression("this"),
                    MARK,
                    new ArgumentListExpression(
                            new ConstantExpression(call.getLineNumber(), true),
                            new ConstantExpression(call.getColumnNumber(), true)));
            mark.setImplicitThis(false);
            mark.setSourcePosition(call);
            ExpressionStatement statement = new ExpressionStatement(mark);
            statement.setSourcePosition(call);
            return statement;
        }
    }
}
