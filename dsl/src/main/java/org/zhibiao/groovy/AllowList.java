package org.zhibiao.groovy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArrayExpression;
import org.codehaus.groovy.ast.expr.AttributeExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.MethodReferenceExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Types;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

/**
 * The typed guard rail, behind {@link ScriptShape}'s check of names. It runs after the type
 * checker, when every call in the script has been resolved to the one method it will reach, and
 * admits only: the DSL's own keywords and a short list of side-effect-free JDK and GDK methods on
 * strings, numbers, ranges, lists and maps (enough for loops and string building). Everything
 * else — constructors, property access, method pointers, casts to other types, a subscript that
 * is not by position or map key (Groovy's {@code getAt(Collection, String)} reads a property by
 * name), a product that can grow without bound, calls the type checker could not resolve — is
 * refused at its line and column.
 *
 * <p>{@code SecureASTCustomizer}'s receiver lists are not used for this: before type checking it
 * sees most receivers as {@code Object}.
 */
final class AllowList extends CompilationCustomizer {

    /** Types a script may name in a declaration, a cast, a parameter, or as a static receiver. */
    private static final Set<String> VALUE_TYPES = Set.of(
            "java.lang.Object",
            "java.lang.String",
            "java.lang.CharSequence",
            "groovy.lang.GString",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Short",
            "java.lang.Byte",
            "java.lang.Double",
            "java.lang.Float",
            "java.lang.Boolean",
            "java.lang.Character",
            "java.lang.Number",
            "java.lang.Math",
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.util.List",
            "java.util.ArrayList",
            "java.util.Map",
            "java.util.LinkedHashMap",
            "java.util.Set",
            "java.util.Collection",
            "java.util.Iterator",
            "java.util.Map$Entry",
            "java.lang.Iterable",
            "java.lang.Comparable",
            "groovy.lang.Range",
            "groovy.lang.IntRange",
            "groovy.lang.ObjectRange",
            "groovy.lang.Closure",
            "int",
            "long",
            "short",
            "byte",
            "double",
            "float",
            "boolean",
            "char",
            "void");

    /** Methods of these types that read the environment, even though the types are plain values. */
    private static final Set<String> ENVIRONMENT_READERS = Set.of("getInteger", "getLong", "getBoolean");

    /**
     * GDK methods fit for loops and string building that a script calls by name; none touches
     * I/O, threads or the meta-object protocol. {@link ScriptShape#VALUE_METHODS} lets a call name
     * them from this one list, so the two passes cannot drift apart.
     */
    static final Set<String> GDK_BY_NAME = Set.of(
            "each",
            "eachWithIndex",
            "collect",
            "collectMany",
            "collectEntries",
            "times",
            "upto",
            "downto",
            "step",
            "findAll",
            "find",
            "findIndexOf",
            "any",
            "every",
            "inject",
            "sum",
            "max",
            "min",
            "count",
            "plus",
            "minus",
            "multiply",
            "div",
            "mod",
            "intdiv",
            "size",
            "join",
            "sort",
            "reverse",
            "first",
            "last",
            "head",
            "tail",
            "take",
            "drop",
            "isEmpty",
            "asBoolean",
            "toString",
            "capitalize",
            "uncapitalize",
            "toInteger",
            "isNumber",
            "isInteger",
            "tokenize",
            "contains",
            "withIndex",
            "indexed",
            "groupBy",
            "asList",
            "toSet",
            "compareTo",
            "equals",
            "is",
            "next",
            "previous",
            "abs",
            "round",
            "toUpperCase",
            "toLowerCase",
            "stripIndent",
            "isCase",
            "toSorted",
            "flatten");

    /** The GDK methods allowed: those called by name, and the ones Groovy calls for {@code []} and {@code <<}. */
    private static final Set<String> SAFE_GDK = union(GDK_BY_NAME, Set.of("getAt", "putAt", "leftShift"));

    /** Numbers whose arithmetic takes constant time: a product of two of them cannot grow without bound. */
    private static final Set<String> FIXED_SIZE_NUMBERS = Set.of(
            "int",
            "long",
            "short",
            "byte",
            "double",
            "float",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Short",
            "java.lang.Byte",
            "java.lang.Double",
            "java.lang.Float");

    /** Numbers that grow with what is done to them; only these of their methods keep them small. */
    private static final Set<String> BIG_NUMBERS = Set.of("java.math.BigDecimal", "java.math.BigInteger");

    private static final Set<String> BIG_NUMBER_METHODS = Set.of(
            "add",
            "subtract",
            "negate",
            "abs",
            "signum",
            "compareTo",
            "equals",
            "hashCode",
            "intValue",
            "longValue",
            "doubleValue",
            "toString",
            "max",
            "min",
            "valueOf");

    /** Subscript keys that pick by position; any other key on a non-map reads a property by name. */
    private static final Set<String> POSITION_KEYS = Set.of(
            "int",
            "long",
            "short",
            "byte",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Short",
            "java.lang.Byte",
            "groovy.lang.IntRange",
            "groovy.lang.Range",
            "groovy.lang.ObjectRange");

    /** GDK methods also admitted on a receiver typed only as {@code Object}. */
    private static final Set<String> OBJECT_GDK = Set.of(
            "each",
            "eachWithIndex",
            "collect",
            "findAll",
            "find",
            "any",
            "every",
            "inject",
            "asBoolean",
            "toString",
            "is",
            "equals",
            "isCase");

    private static final Set<String> GDK_CLASSES = Set.of(
            "org.codehaus.groovy.runtime.DefaultGroovyMethods", "org.codehaus.groovy.runtime.StringGroovyMethods");

    /** Members the ThreadInterrupt guard inserts into loops and closures. */
    private static final Map<String, Set<String>> INTERRUPT_CHECK =
            Map.of("java.lang.Thread", Set.of("currentThread", "isInterrupted"));

    AllowList() {
        super(CompilePhase.INSTRUCTION_SELECTION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        Checker checker = new Checker(source, classNode);
        for (MethodNode method : classNode.getMethods()) {
            if (method.getLineNumber() > 0 || "run".equals(method.getName())) {
                checker.check(method);
            }
        }
    }

    private static final class Checker extends ClassCodeVisitorSupport {
        private final SourceUnit source;
        private final ClassNode script;

        Checker(SourceUnit source, ClassNode script) {
            this.source = source;
            this.script = script;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        void check(MethodNode method) {
            if (method.getLineNumber() > 0 && isInherited(method.getName())) {
                refuse("重新定义 " + method.getName(), "redefining " + method.getName(), method);
            }
            checkType(method.getReturnType(), method);
            for (Parameter p : method.getParameters()) {
                checkType(p.getOriginType(), method);
            }
            if (method.getCode() != null) {
                method.getCode().visit(this);
            }
        }

        @Override
        public void visitMethodCallExpression(MethodCallExpression call) {
            checkTarget(
                    call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET), call.getMethodAsString(), call);
            if (!(call.getObjectExpression() instanceof ClassExpression)) {
                call.getObjectExpression().visit(this);
            }
            call.getMethod().visit(this);
            call.getArguments().visit(this);
        }

        @Override
        public void visitStaticMethodCallExpression(StaticMethodCallExpression call) {
            checkTarget(call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET), call.getMethod(), call);
            call.getArguments().visit(this);
        }

        @Override
        public void visitBinaryExpression(BinaryExpression expression) {
            MethodNode operator = expression.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET);
            int type = expression.getOperation().getType();
            if (type == Types.LEFT_SQUARE_BRACKET) {
                checkSubscript(expression);
            } else if (type == Types.MULTIPLY || type == Types.MULTIPLY_EQUAL) {
                checkProduct(expression);
            }
            if (operator != null) {
                checkTarget(operator, operator.getName(), expression);
            }
            super.visitBinaryExpression(expression);
        }

        /**
         * {@code x[i]} on a list, string or range picks by position; on a map it looks a key up. Any
         * other subscript is Groovy's {@code getAt(Object, String)} or {@code getAt(Collection, String)},
         * which read a property by name ({@code list['class']}): refused.
         */
        private void checkSubscript(BinaryExpression expression) {
            ClassNode subscripted = inferred(expression.getLeftExpression());
            ClassNode key = inferred(expression.getRightExpression());
            boolean map = subscripted != null
                    && (subscripted.equals(ClassHelper.MAP_TYPE)
                            || subscripted.implementsInterface(ClassHelper.MAP_TYPE));
            boolean byPosition =
                    key != null && POSITION_KEYS.contains(key.redirect().getName());
            if (subscripted == null
                    || ClassHelper.OBJECT_TYPE.equals(subscripted)
                    || isDsl(subscripted.getName())
                    || subscripted.equals(script)
                    || !(map || byPosition)) {
                refuse(
                        "按名称取属性（" + expression.getText() + "）",
                        "reading a property by name (" + expression.getText() + ")",
                        expression);
            }
        }

        /** A product of decimals or big integers can double in size at each step, in code no interrupt reaches. */
        private void checkProduct(BinaryExpression expression) {
            ClassNode left = inferred(expression.getLeftExpression());
            ClassNode right = inferred(expression.getRightExpression());
            if (!isFixedSize(left) || !isFixedSize(right)) {
                refuse(
                        "小数或大整数的乘法（" + expression.getText() + "）",
                        "multiplying decimals or big integers (" + expression.getText() + ")",
                        expression);
            }
        }

        private static boolean isFixedSize(ClassNode type) {
            return type != null && FIXED_SIZE_NUMBERS.contains(type.redirect().getName());
        }

        private static ClassNode inferred(Expression expression) {
            ClassNode type = expression.getNodeMetaData(StaticTypesMarker.INFERRED_TYPE);
            if (type == null && expression instanceof VariableExpression v && v.getAccessedVariable() != null) {
                type = v.getAccessedVariable().getOriginType();
            }
            if (type == null && expression instanceof ConstantExpression c) {
                type = c.getType();
            }
            return type;
        }

        @Override
        public void visitConstructorCallExpression(ConstructorCallExpression call) {
            boolean interruptCheck = call.getLineNumber() < 1
                    && "java.lang.InterruptedException".equals(call.getType().getName());
            if (!call.isSpecialCall() && !interruptCheck) {
                String type = call.getType().getName();
                refuse("创建对象（new " + type + "）", "creating objects (new " + type + ")", call);
            }
            super.visitConstructorCallExpression(call);
        }

        @Override
        public void visitPropertyExpression(PropertyExpression expression) {
            String text = expression.getText();
            refuse("访问属性（" + text + "）", "property access (" + text + ")", expression);
        }

        @Override
        public void visitAttributeExpression(AttributeExpression expression) {
            refuse("访问字段（" + expression.getText() + "）", "field access (" + expression.getText() + ")", expression);
        }

        @Override
        public void visitMethodPointerExpression(MethodPointerExpression expression) {
            refuse("方法指针（" + expression.getText() + "）", "method pointers (" + expression.getText() + ")", expression);
        }

        @Override
        public void visitMethodReferenceExpression(MethodReferenceExpression expression) {
            visitMethodPointerExpression(expression);
        }

        @Override
        public void visitArrayExpression(ArrayExpression expression) {
            refuse("创建数组", "creating arrays", expression);
        }

        @Override
        public void visitClassExpression(ClassExpression expression) {
            refuse(
                    "引用类（" + expression.getType().getName() + "）",
                    "referring to a class (" + expression.getType().getName() + ")",
                    expression);
        }

        @Override
        public void visitCastExpression(CastExpression expression) {
            checkType(expression.getType(), expression);
            String target = expression.getType().redirect().getName();
            if (target.equals("java.math.BigDecimal") || target.equals("java.math.BigInteger")) {
                // '1e999999999' as BigDecimal parses at once, and the first sum with it fills the heap
                refuse(
                        "转换为 " + expression.getType().getNameWithoutPackage(),
                        "converting to " + expression.getType().getNameWithoutPackage(),
                        expression);
            }
            super.visitCastExpression(expression);
        }

        @Override
        public void visitDeclarationExpression(DeclarationExpression expression) {
            if (expression.getLeftExpression() instanceof VariableExpression v) {
                checkType(v.getOriginType(), expression);
            }
            super.visitDeclarationExpression(expression);
        }

        @Override
        public void visitClosureExpression(ClosureExpression expression) {
            if (expression.getParameters() != null) {
                for (Parameter p : expression.getParameters()) {
                    checkType(p.getOriginType(), expression);
                }
            }
            super.visitClosureExpression(expression);
        }

        private void checkTarget(MethodNode target, String name, ASTNode node) {
            if (target == null) {
                String shown = name == null ? node.getText() : name;
                refuse("无法静态确定的调用（" + shown + "）", "a call that cannot be resolved statically (" + shown + ")", node);
                return;
            }
            MethodNode actual = target instanceof ExtensionMethodNode e ? e.getExtensionMethodNode() : target;
            if (!isAllowed(actual)) {
                String shown = actual.getDeclaringClass().getNameWithoutPackage() + "." + actual.getName();
                refuse("调用 " + shown, "calling " + shown, node);
            }
        }

        private boolean isAllowed(MethodNode method) {
            ClassNode owner = method.getDeclaringClass();
            String type = owner.getName();
            String name = method.getName();
            if (owner.equals(script) || isDsl(type)) {
                return true;
            }
            if (GDK_CLASSES.contains(type)) {
                return isSafeGdk(method);
            }
            if (type.startsWith("org.codehaus.groovy.runtime.dgmimpl.")) {
                return true;
            }
            if ("java.lang.Object".equals(type)) {
                return Set.of("toString", "equals", "hashCode").contains(name);
            }
            if ("groovy.lang.Closure".equals(type)) {
                return "call".equals(name);
            }
            if (INTERRUPT_CHECK.containsKey(type)) {
                return INTERRUPT_CHECK.get(type).contains(name);
            }
            if (BIG_NUMBERS.contains(type)) {
                return BIG_NUMBER_METHODS.contains(name);
            }
            return VALUE_TYPES.contains(type) && !ENVIRONMENT_READERS.contains(name);
        }

        private static boolean isSafeGdk(MethodNode method) {
            String name = method.getName();
            Parameter[] params = method.getParameters();
            ClassNode self = params.length == 0 ? ClassHelper.OBJECT_TYPE : params[0].getType();
            if (!SAFE_GDK.contains(name)) {
                return false;
            }
            if ("multiply".equals(name) && !isFixedSize(self)) {
                // 'x' * 2_000_000_000 fills the heap inside the GDK, where no interrupt check can stop it,
                // and a BigDecimal squared in a loop doubles its digits at each step
                return false;
            }

            if (("find".equals(name) || "findAll".equals(name)) && isText(self)) {
                // 'aaa…b'.find('(a+)+c'): a regular expression, matched where no interrupt check reaches
                return false;
            }
            if ("minus".equals(name)
                    && !ClassHelper.isNumberType(self)
                    && !isText(self)
                    && !"java.lang.Number".equals(self.getName())) {
                // list1 - list2 compares every element with every other, in library code
                return false;
            }
            return !ClassHelper.OBJECT_TYPE.equals(self) || OBJECT_GDK.contains(name);
        }

        private static boolean isText(ClassNode type) {
            String name = type.redirect().getName();
            return name.equals("java.lang.CharSequence")
                    || name.equals("java.lang.String")
                    || name.equals("groovy.lang.GString");
        }

        private static boolean isDsl(String type) {
            return type.startsWith("org.zhibiao.groovy.")
                    && (type.endsWith("Spec") || type.equals(TemplateScript.class.getName()));
        }

        private boolean isInherited(String name) {
            ClassNode base = script.getSuperClass();
            while (base != null) {
                if (!base.getMethods(name).isEmpty()) {
                    return true;
                }
                base = base.getSuperClass();
            }
            return Set.of(
                            "invokeMethod",
                            "getProperty",
                            "setProperty",
                            "getMetaClass",
                            "setMetaClass",
                            "methodMissing",
                            "propertyMissing")
                    .contains(name);
        }

        private void checkType(ClassNode type, ASTNode node) {
            if (type == null) {
                return;
            }
            String name = type.isArray() ? "array" : type.redirect().getName();
            if (!VALUE_TYPES.contains(name) && !isDsl(name)) {
                refuse("使用类型 " + type.getNameWithoutPackage(), "using the type " + type.getNameWithoutPackage(), node);
            }
        }

        private void refuse(String zh, String en, ASTNode node) {
            SourceGuard.refuse(source, zh, en, node);
        }
    }

    /** Both sets as one, unmodifiable: how each pass adds its own names to the shared ones. */
    static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
