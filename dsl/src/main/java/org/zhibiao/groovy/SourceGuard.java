package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.AnnotatedNode;
import org.codehaus.groovy.ast.AnnotationNode;
import org.codehaus.groovy.ast.ClassCodeVisitorSupport;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ConstructorNode;
import org.codehaus.groovy.ast.FieldNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.PropertyNode;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;

/**
 * The first guard rail, run right after parsing: a template script has no package, no imports,
 * no classes, methods, fields or initialisers of its own, no annotations, and its statements
 * keep to {@link ScriptShape}. Refusing annotations here, before semantic analysis,
 * is what keeps {@code @Grab}, {@code @ASTTest} and every other local AST transformation from
 * running code inside the compiler.
 */
final class SourceGuard extends CompilationCustomizer {

    SourceGuard() {
        super(CompilePhase.CONVERSION);
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = source.getAST();
        if (classNode != module.getClasses().get(0)) {
            return;
        }
        if (module.getPackage() != null) {
            refuse(source, "包声明（package）", "a package declaration", module.getPackage());
        }
        List<ImportNode> imports = new ArrayList<>(module.getImports());
        imports.addAll(module.getStarImports());
        imports.addAll(module.getStaticImports().values());
        imports.addAll(module.getStaticStarImports().values());
        for (ImportNode node : imports) {
            refuse(source, "导入（import " + node.getText() + "）", "an import (" + node.getText() + ")", node);
        }
        for (ClassNode declared : module.getClasses()) {
            if (!declared.isScript()) {
                refuse(source, "声明类（" + declared.getName() + "）", "declaring a class (" + declared.getName() + ")",
                        declared);
            } else {
                checkScript(source, module, declared);
            }
            new AnnotationFinder(source).visitClass(declared);
        }
    }

    /**
     * A script is its statements and nothing else: no methods (a method's default parameter
     * values, like a field's initialiser, run code no statement shows), no fields or properties,
     * no initialiser blocks. The statements are then held to {@link ScriptShape}.
     */
    private static void checkScript(SourceUnit source, ModuleNode module, ClassNode script) {
        for (MethodNode method : script.getMethods()) {
            if (method.getCode() == module.getStatementBlock()) {
                continue; // run(): the script's own statements
            }
            if (method.getLineNumber() > 0) {
                refuse(source, "定义方法（" + method.getName() + "，可改用保存在局部变量中的闭包）",
                        "defining a method (" + method.getName() + "; a closure in a local variable does instead)",
                        method);
            }
        }
        for (ConstructorNode constructor : script.getDeclaredConstructors()) {
            if (constructor.getLineNumber() > 0) {
                refuse(source, "定义构造方法", "defining a constructor", constructor);
            }
        }
        for (FieldNode field : script.getFields()) {
            if (field.getLineNumber() > 0) {
                refuse(source, "定义字段（" + field.getName() + "）", "defining a field (" + field.getName() + ")", field);
            }
        }
        for (PropertyNode property : script.getProperties()) {
            if (property.getLineNumber() > 0) {
                refuse(source, "定义属性（" + property.getName() + "）", "defining a property (" + property.getName() + ")",
                        property);
            }
        }
        for (Statement initialiser : script.getObjectInitializerStatements()) {
            refuse(source, "初始化块", "an initialiser block", initialiser);
        }
        ScriptShape.check(source, module.getStatementBlock());
    }

    static void refuse(SourceUnit source, String zh, String en, ASTNode node) {
        source.getErrorCollector().addErrorAndContinue(new SyntaxErrorMessage(new Refusal(zh, en, node), source));
    }

    /** Refuses every annotation, wherever it is written. */
    private static final class AnnotationFinder extends ClassCodeVisitorSupport {
        private final SourceUnit source;

        AnnotationFinder(SourceUnit source) {
            this.source = source;
        }

        @Override
        protected SourceUnit getSourceUnit() {
            return source;
        }

        @Override
        public void visitAnnotations(AnnotatedNode node) {
            for (AnnotationNode a : node.getAnnotations()) {
                if (a.getLineNumber() < 1) {
                    continue; // added by the compiler itself (the configured script base class), not written
                }
                String name = "@" + a.getClassNode().getName();
                refuse(source, "注解（" + name + "）", "an annotation (" + name + ")", a);
            }
        }
    }
}
