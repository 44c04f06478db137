package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.Script;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.BitwiseNegationExpression;
import org.codehaus.groovy.ast.expr.BooleanExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ClosureListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.ElvisOperatorExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.FieldExpression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.LambdaExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.MethodReferenceExpression;
import org.codehaus.groovy.ast.expr.NamedArgumentListExpression;
import org.codehaus.groovy.ast.expr.NotExpression;
import org.codehaus.groovy.ast.expr.PostfixExpression;
import org.codehaus.groovy.ast.expr.PrefixExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.RangeExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.SpreadMapExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.UnaryPlusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.AssertStatement;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.BreakStatement;
import org.codehaus.groovy.ast.stmt.CaseStatement;
import org.codehaus.groovy.ast.stmt.CatchStatement;
import org.codehaus.groovy.ast.stmt.ContinueStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.EmptyStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SwitchStatement;
import org.codehaus.groovy.ast.stmt.SynchronizedStatement;
import org.codehaus.groovy.ast.stmt.ThrowStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.ast.stmt.WhileStatement;
import org.codehaus.groovy.classgen.BytecodeExpression;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.runtime.DefaultGroovyMethods;
import org.codehaus.groovy.runtime.DefaultGroovyStaticMethods;
import org.codehaus.groovy.syntax.Types;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/**
 * The shape of the language a template script may use, checked on the parsed script before any
 * name is resolved and before any AST transformation can run. It is an allow-list twice over:
 *
 * <ul>
 *   <li>of <b>node types</b> — literals, strings, local variables, lists, maps, ranges, closures
 *       without default parameter values, calls, operators, {@code if}/{@code for}/{@code while}/
 *       {@code switch}; everything else (property and field access, method pointers, spreads,
 *       {@code new}, class literals, {@code ~pattern}, {@code try}/{@code throw},
 *       {@code synchronized}, lambdas) is refused wherever it is written;</li>
 *   <li>of <b>method names</b> — a call names its method with a literal (no {@code x."$name"()}),
 *       and the name is a DSL keyword, a closure held in a local variable of the script, or one
 *       of a short list of value methods (strings, numbers, lists, maps, ranges).</li>
 * </ul>
 *
 * <p>Operators that hand work to code no interrupt check can stop are refused too: regular
 * expressions ({@code =~}, {@code ==~}), powers ({@code **}), and number literals too big to
 * compute with. Typed checks (which receiver, which overload) are {@link AllowList}'s job after
 * type checking; this pass makes sure that what it checks is all there is.
 */
final class ScriptShape extends CodeVisitorSupport {

    /**
     * Methods a script may call by name; the typed check ({@link AllowList}) decides on which
     * receivers: the GDK methods it allows by name, and these methods of closures, strings,
     * numbers, lists, maps and iterators, which it allows per receiver type.
     */
    static final Set<String> VALUE_METHODS = AllowList.union(
            AllowList.GDK_BY_NAME,
            Set.of(
                    "call",
                    "negate",
                    "length",
                    "hashCode",
                    "substring",
                    "startsWith",
                    "endsWith",
                    "trim",
                    "strip",
                    "isBlank",
                    "indexOf",
                    "lastIndexOf",
                    "charAt",
                    "replace",
                    "concat",
                    "valueOf",
                    "add",
                    "put",
                    "get",
                    "getOrDefault",
                    "containsKey",
                    "containsValue",
                    "keySet",
                    "values",
                    "entrySet",
                    "getKey",
                    "getValue",
                    "subList",
                    "intValue",
                    "longValue",
                    "doubleValue",
                    "signum",
                    "subtract",
                    "iterator",
                    "hasNext"));

    /** Operators refused outright: their work happens where no interrupt check reaches. */
    private static final Set<Integer> REFUSED_OPERATORS =
            Set.of(Types.FIND_REGEX, Types.MATCH_REGEX, Types.POWER, Types.POWER_EQUAL);

    /** Statement types a script may use. */
    private static final Set<Class<?>> STATEMENTS = Set.of(
            BlockStatement.class,
            ExpressionStatement.class,
            ForStatement.class,
            WhileStatement.class,
            DoWhileStatement.class,
            IfStatement.class,
            ReturnStatement.class,
            BreakStatement.class,
            ContinueStatement.class,
            SwitchStatement.class,
            CaseStatement.class);

    /** Expression types a script may use (exact classes: a subclass is a different construct). */
    private static final Set<Class<?>> EXPRESSIONS = Set.of(
            ConstantExpression.class,
            GStringExpression.class,
            VariableExpression.class,
            ListExpression.class,
            MapExpression.class,
            MapEntryExpression.class,
            NamedArgumentListExpression.class,
            RangeExpression.class,
            BinaryExpression.class,
            DeclarationExpression.class,
            ClosureExpression.class,
            MethodCallExpression.class,
            ArgumentListExpression.class,
            TupleExpression.class,
            TernaryExpression.class,
            ElvisOperatorExpression.class,
            BooleanExpression.class,
            NotExpression.class,
            UnaryMinusExpression.class,
            UnaryPlusExpression.class,
            PrefixExpression.class,
            PostfixExpression.class,
            ClosureListExpression.class,
            CastExpression.class);

    /** The largest number literals a script may write: enough for any amount or weight. */
    private static final int MAX_DIGITS = 40;

    private static final int MAX_SCALE = 40;

    /** The most values a range may span; a template counts rows, not millions. */
    private static final long MAX_RANGE = 10_000;

    private static final Set<String> DSL_METHODS = dslMethods();

    /**
     * Names a bare call could reach besides the DSL's: the script's own inherited methods and the
     * GDK's. A bare call to one of them is refused; to any other name, it is a misspelt keyword.
     */
    private static final Set<String> REACHABLE = Stream.of(
                    Script.class, DefaultGroovyMethods.class, DefaultGroovyStaticMethods.class)
            .flatMap(c -> Stream.of(c.getMethods()))
            .map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * Bare names that would read a property of the script or of a closure, or a GDK property of
     * either ({@code binding}, {@code metaClass}, {@code properties}, {@code owner}, {@code delegate} …),
     * rather than a variable.
     */
    private static final Set<String> HIDDEN_PROPERTIES = Stream.concat(
                    Stream.of("super", "class"),
                    Stream.of(Script.class, Closure.class, DefaultGroovyMethods.class)
                            .flatMap(c -> Stream.of(c.getMethods()))
                            .map(Method::getName)
                            .filter(n -> n.matches("(get|is)[A-Z].*"))
                            .map(n -> n.replaceFirst("^(get|is)", ""))
                            .map(n -> Character.toLowerCase(n.charAt(0)) + n.substring(1)))
            .collect(Collectors.toUnmodifiableSet());

    private final SourceUnit source;
    private final Set<String> locals;

    private ScriptShape(SourceUnit source, Set<String> locals) {
        this.source = source;
        this.locals = locals;
    }

    /** Checks a script body, refusing every construct outside the DSL's small language at its position. */
    static void check(SourceUnit source, Statement body) {
        Set<String> locals = new HashSet<>();
        body.visit(new CodeVisitorSupport() {
            @Override
            public void visitDeclarationExpression(DeclarationExpression expression) {
                if (expression.getLeftExpression() instanceof VariableExpression v) {
                    locals.add(v.getName());
                }
                super.visitDeclarationExpression(expression);
            }

            @Override
            public void visitForLoop(ForStatement loop) {
                if (loop.getVariable() != null) {
                    locals.add(loop.getVariable().getName());
                }
                super.visitForLoop(loop);
            }

            @Override
            public void visitClosureExpression(ClosureExpression expression) {
                if (expression.getParameters() != null) {
                    for (Parameter p : expression.getParameters()) {
                        locals.add(p.getName());
                    }
                }
                super.visitClosureExpression(expression);
            }
        });
        body.visit(new ScriptShape(source, locals));
    }

    /** The names of the DSL's keywords: the public methods the script base class and the delegates declare. */
    private static Set<String> dslMethods() {
        List<Class<?>> dsl = List.of(
                TemplateScript.class,
                TemplateSpec.class,
                FormSpec.class,
                TableSpec.class,
                StageSpec.class,
                ScoringSpec.class,
                FundsSpec.class,
                Level1Spec.class,
                Level2Spec.class,
                SlotSpec.class,
                AdditionSpec.class,
                ChangeSpec.class,
                RulesSpec.class,
                LibrarySpec.class,
                IndicatorSpec.class,
                EntriesSpec.class,
                RowCheckSpec.class);
        return dsl.stream()
                .flatMap(c -> Stream.of(c.getMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass().getPackageName().equals(TemplateScript.class.getPackageName()))
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What a refused construct is called in the message, by node type; others are named by their type. */
    private static final Map<Class<?>, Text> NAMES = Map.ofEntries(
            Map.entry(PropertyExpression.class, Text.GUARD_PROPERTY_ACCESS),
            Map.entry(AttributeExpression.class, Text.GUARD_FIELD_ACCESS),
            Map.entry(FieldExpression.class, Text.GUARD_FIELD_ACCESS),
            Map.entry(MethodPointerExpression.class, Text.GUARD_METHOD_POINTER),
            Map.entry(MethodReferenceExpression.class, Text.GUARD_METHOD_REFERENCE),
            Map.entry(ConstructorCallExpression.class, Text.GUARD_NEW_OBJECT),
            Map.entry(ClassExpression.class, Text.GUARD_CLASS_REFERENCE),
            Map.entry(ArrayExpression.class, Text.GUARD_ARRAY),
            Map.entry(SpreadExpression.class, Text.GUARD_SPREAD),
            Map.entry(SpreadMapExpression.class, Text.GUARD_SPREAD),
            Map.entry(BitwiseNegationExpression.class, Text.GUARD_TILDE),
            Map.entry(LambdaExpression.class, Text.GUARD_LAMBDA),
            Map.entry(TryCatchStatement.class, Text.GUARD_TRY),
            Map.entry(CatchStatement.class, Text.GUARD_TRY),
            Map.entry(ThrowStatement.class, Text.GUARD_THROW),
            Map.entry(SynchronizedStatement.class, Text.GUARD_SYNCHRONIZED),
            Map.entry(AssertStatement.class, Text.GUARD_ASSERT));

    private void admit(ASTNode node, Set<Class<?>> allowed) {
        if (!allowed.contains(node.getClass())) {
            Text name = NAMES.getOrDefault(node.getClass(), Text.GUARD_CONSTRUCT);
            String text = describe(node);
            SourceGuard.refuse(
                    source,
                    Text.GUARD_NAMED.format(Lang.ZH, name.format(Lang.ZH), text),
                    Text.GUARD_NAMED.format(Lang.EN, name.format(Lang.EN), text),
                    node);
        }
    }

    private static String describe(ASTNode node) {
        String text = node.getText();
        String kind = node.getClass().getName().replaceAll("^.*[.$]", "").replaceAll("(Expression|Statement)$", "");
        if (text == null || text.isBlank() || text.length() > 60) {
            return kind;
        }
        return text;
    }

    private void refuse(Text what, ASTNode node, Object... args) {
        SourceGuard.refuse(source, what, node, args);
    }

    // ---- statements

    @Override
    public void visitBlockStatement(BlockStatement block) {
        admit(block, STATEMENTS);
        super.visitBlockStatement(block);
    }

    @Override
    public void visitForLoop(ForStatement loop) {
        admit(loop, STATEMENTS);
        Parameter variable = loop.getVariable();
        if (variable != null && variable.hasInitialExpression()) {
            refuse(Text.GUARD_DEFAULT_VALUE, loop);
        }
        super.visitForLoop(loop);
    }

    @Override
    public void visitWhileLoop(WhileStatement loop) {
        admit(loop, STATEMENTS);
        super.visitWhileLoop(loop);
    }

    @Override
    public void visitDoWhileLoop(DoWhileStatement loop) {
        admit(loop, STATEMENTS);
        super.visitDoWhileLoop(loop);
    }

    @Override
    public void visitIfElse(IfStatement statement) {
        admit(statement, STATEMENTS);
        super.visitIfElse(statement);
    }

    @Override
    public void visitExpressionStatement(ExpressionStatement statement) {
        admit(statement, STATEMENTS);
        super.visitExpressionStatement(statement);
    }

    @Override
    public void visitReturnStatement(ReturnStatement statement) {
        admit(statement, STATEMENTS);
        super.visitReturnStatement(statement);
    }

    @Override
    public void visitAssertStatement(AssertStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitTryCatchFinally(TryCatchStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitSwitch(SwitchStatement statement) {
        admit(statement, STATEMENTS);
        super.visitSwitch(statement);
    }

    @Override
    public void visitCaseStatement(CaseStatement statement) {
        admit(statement, STATEMENTS);
        super.visitCaseStatement(statement);
    }

    @Override
    public void visitBreakStatement(BreakStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitContinueStatement(ContinueStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitThrowStatement(ThrowStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitSynchronizedStatement(SynchronizedStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitCatchStatement(CatchStatement statement) {
        admit(statement, STATEMENTS);
    }

    @Override
    public void visitEmptyStatement(EmptyStatement statement) {
        // nothing to check: EmptyStatement.INSTANCE is an anonymous subclass, so no class test
    }

    // ---- expressions

    @Override
    public void visitMethodCallExpression(MethodCallExpression call) {
        admit(call, EXPRESSIONS);
        String name = call.getMethodAsString();
        if (name == null) {
            refuse(Text.GUARD_COMPUTED_CALL, call, call.getMethod().getText());
        } else if (call.isSpreadSafe()) {
            refuse(Text.GUARD_SPREAD_CALL, call, name);
        } else if (call.isImplicitThis()
                && !DSL_METHODS.contains(name)
                && !locals.contains(name)
                && !REACHABLE.contains(name)) {
            source.getErrorCollector()
                    .addErrorAndContinue(new SyntaxErrorMessage(new UnknownKeyword(name, call), source));
        } else if (!isAllowedName(call, name)) {
            refuse(Text.GUARD_CALL, call, name);
        }
        call.getObjectExpression().visit(this);
        call.getArguments().visit(this);
    }

    private boolean isAllowedName(MethodCallExpression call, String name) {
        if (DSL_METHODS.contains(name)) {
            return true;
        }
        if (call.isImplicitThis()) {
            return locals.contains(name); // a closure held in a local variable: c()
        }
        return VALUE_METHODS.contains(name);
    }

    @Override
    public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
        admit(call, EXPRESSIONS);
    }

    @Override
    public void visitConstructorCallExpression(ConstructorCallExpression call) {
        admit(call, EXPRESSIONS);
    }

    @Override
    public void visitTernaryExpression(TernaryExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitTernaryExpression(expression);
    }

    @Override
    public void visitShortTernaryExpression(ElvisOperatorExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitShortTernaryExpression(expression);
    }

    @Override
    public void visitBinaryExpression(BinaryExpression expression) {
        admit(expression, EXPRESSIONS);
        checkOperator(expression);
        super.visitBinaryExpression(expression);
    }

    private void checkOperator(BinaryExpression expression) {
        int operator = expression.getOperation().getType();
        if (REFUSED_OPERATORS.contains(operator)) {
            String text = expression.getOperation().getText();
            boolean regex = operator == Types.FIND_REGEX || operator == Types.MATCH_REGEX;
            refuse(regex ? Text.GUARD_REGEX : Text.GUARD_POWER, expression, text);
        }
    }

    @Override
    public void visitPrefixExpression(PrefixExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitPrefixExpression(expression);
    }

    @Override
    public void visitPostfixExpression(PostfixExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitPostfixExpression(expression);
    }

    @Override
    public void visitBooleanExpression(BooleanExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitBooleanExpression(expression);
    }

    @Override
    public void visitClosureExpression(ClosureExpression expression) {
        admit(expression, EXPRESSIONS);
        if (expression.getParameters() != null) {
            for (Parameter p : expression.getParameters()) {
                if (p.hasInitialExpression()) {
                    refuse(Text.GUARD_PARAMETER_DEFAULT, p.getInitialExpression(), p.getName());
                }
                if (!p.getAnnotations().isEmpty()) {
                    refuse(Text.GUARD_AN_ANNOTATION, p.getAnnotations().get(0));
                }
            }
        }
        super.visitClosureExpression(expression);
    }

    @Override
    public void visitLambdaExpression(LambdaExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitTupleExpression(TupleExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitTupleExpression(expression);
    }

    @Override
    public void visitMapExpression(MapExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitMapExpression(expression);
    }

    @Override
    public void visitMapEntryExpression(MapEntryExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitMapEntryExpression(expression);
    }

    @Override
    public void visitListExpression(ListExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitListExpression(expression);
    }

    @Override
    public void visitRangeExpression(RangeExpression expression) {
        admit(expression, EXPRESSIONS);
        Long from = literal(expression.getFrom());
        Long to = literal(expression.getTo());
        if (from == null || to == null || Math.abs(to - from) > MAX_RANGE) {
            // a range is one small object however many values it spans, and the library walks it
            // without an interrupt check: (1..Integer.MAX_VALUE).sum(), list.addAll(1..n)
            refuse(Text.GUARD_RANGE, expression, expression.getText(), MAX_RANGE);
        }
        super.visitRangeExpression(expression);
    }

    /** A range end written as a literal: a whole number, or one character; null for anything else. */
    private static Long literal(Expression end) {
        boolean negative = end instanceof UnaryMinusExpression;
        Expression value = negative ? ((UnaryMinusExpression) end).getExpression() : end;
        if (!(value instanceof ConstantExpression c)) {
            return null;
        }
        Object v = c.getValue();
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            return negative ? -n : n;
        }
        if (v instanceof String text && text.length() == 1 && !negative) {
            return (long) text.charAt(0);
        }
        return null;
    }

    @Override
    public void visitPropertyExpression(PropertyExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitAttributeExpression(AttributeExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitFieldExpression(FieldExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitMethodPointerExpression(MethodPointerExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitMethodReferenceExpression(MethodReferenceExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitConstantExpression(ConstantExpression expression) {
        admit(expression, EXPRESSIONS);
        if (!isSmall(expression.getValue())) {
            refuse(Text.GUARD_TOO_LARGE, expression, expression.getText());
        }
    }

    private static boolean isSmall(Object value) {
        if (value instanceof BigDecimal d) {
            return d.precision() <= MAX_DIGITS && Math.abs(d.scale()) <= MAX_SCALE;
        }
        if (value instanceof BigInteger i) {
            return i.bitLength() <= 4 * MAX_DIGITS;
        }
        return true;
    }

    @Override
    public void visitClassExpression(ClassExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitVariableExpression(VariableExpression expression) {
        admit(expression, EXPRESSIONS);
        String name = expression.getName();
        if (HIDDEN_PROPERTIES.contains(name) && !locals.contains(name)) {
            refuse(Text.GUARD_PROPERTY_ACCESS_NAMED, expression, name);
        }
    }

    @Override
    public void visitDeclarationExpression(DeclarationExpression expression) {
        admit(expression, EXPRESSIONS);
        expression.getLeftExpression().visit(this);
        expression.getRightExpression().visit(this);
    }

    @Override
    public void visitGStringExpression(GStringExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitGStringExpression(expression);
    }

    @Override
    public void visitArrayExpression(ArrayExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitSpreadExpression(SpreadExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitSpreadMapExpression(SpreadMapExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitNotExpression(NotExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitNotExpression(expression);
    }

    @Override
    public void visitUnaryMinusExpression(UnaryMinusExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitUnaryMinusExpression(expression);
    }

    @Override
    public void visitUnaryPlusExpression(UnaryPlusExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitUnaryPlusExpression(expression);
    }

    @Override
    public void visitBitwiseNegationExpression(BitwiseNegationExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitCastExpression(CastExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitCastExpression(expression);
    }

    @Override
    public void visitArgumentlistExpression(ArgumentListExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitArgumentlistExpression(expression);
    }

    @Override
    public void visitClosureListExpression(ClosureListExpression expression) {
        admit(expression, EXPRESSIONS);
        super.visitClosureListExpression(expression);
    }

    @Override
    public void visitBytecodeExpression(BytecodeExpression expression) {
        admit(expression, EXPRESSIONS);
    }

    @Override
    public void visitEmptyExpression(EmptyExpression expression) {
        // nothing to check: EmptyExpression.INSTANCE is an anonymous subclass, so no class test
    }
}
