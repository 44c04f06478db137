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
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

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
        if (!classNode.equals(module.getClasses().get(0))) {
            return;
        }
        if (module.getPackage() != null) {
            refuse(source, Text.GUARD_PACKAGE, module.getPackage());
        }
        List<ImportNode> imports = new ArrayList<>(module.getImports());
        imports.addAll(module.getStarImports());
        imports.addAll(module.getStaticImports().values());
        imports.addAll(module.getStaticStarImports().values());
        for (ImportNode node : imports) {
            refuse(source, Text.GUARD_IMPORT, node, node.getText());
        }
        for (ClassNode declared : module.getClasses()) {
            if (!declared.isScript()) {
                refuse(source, Text.GUARD_CLASS, declared, declared.getName());
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
                refuse(source, Text.GUARD_METHOD, method, method.getName());
            }
        }
        for (ConstructorNode constructor : script.getDeclaredConstructors()) {
            if (constructor.getLineNumber() > 0) {
                refuse(source, Text.GUARD_CONSTRUCTOR, constructor);
            }
        }
        for (FieldNode field : script.getFields()) {
            if (field.getLineNumber() > 0) {
                refuse(source, Text.GUARD_FIELD, field, field.getName());
            }
        }
        for (PropertyNode property : script.getProperties()) {
            if (property.getLineNumber() > 0) {
                refuse(source, Text.GUARD_PROPERTY, property, property.getName());
            }
        }
        for (Statement initialiser : script.getObjectInitializerStatements()) {
            refuse(source, Text.GUARD_INITIALISER, initialiser);
        }
        ScriptShape.check(source, module.getStatementBlock());
    }

    /** Refuses {@code node} as the catalogue's {@code what}, in both languages. */
    static void refuse(SourceUnit source, Text what, ASTNode node, Object... args) {
        refuse(source, what.format(Lang.ZH, args), what.format(Lang.EN, args), node);
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
                refuse(source, Text.GUARD_ANNOTATION, a, name);
            }
        }
    }
}
