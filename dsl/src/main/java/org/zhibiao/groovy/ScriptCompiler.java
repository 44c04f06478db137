package org.zhibiao.groovy;

import groovy.lang.GroovyCodeSource;
import groovy.transform.ThreadInterrupt;
import groovy.transform.TypeChecked;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.SecureASTCustomizer;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;

/**
 * Compiles a template script with the guard rails on, once per distinct text per process: the
 * class is cached by the SHA-256 of the source, so a batch command that reads the same script
 * for many departments pays for the compiler once.
 */
final class ScriptCompiler {

    static {
        // [#3] grapes download code at compile time; zhibiao never wants them
        if (System.getProperty("groovy.grape.enable") == null) {
            System.setProperty("groovy.grape.enable", "false");
        }
    }

    private static final CompilerConfiguration CONFIG = configuration();
    private static final Map<String, Class<? extends TemplateScript>> CACHE = new ConcurrentHashMap<>();
    private static final String STC_PREFIX = "[Static type checking] - ";

    private ScriptCompiler() {}

    /** The compiled script class, or the located compile errors. */
    record Compiled(Class<? extends TemplateScript> type, List<Diagnostic> errors) {}

    static Compiled compile(String file, String source) {
        String key = sha256(source);
        Class<? extends TemplateScript> cached = CACHE.get(key);
        if (cached != null) {
            return new Compiled(cached, List.of());
        }
        try (GuardedClassLoader loader = new GuardedClassLoader(TemplateScript.class.getClassLoader(), CONFIG)) {
            GroovyCodeSource code =
                    new GroovyCodeSource(source, "ZhibiaoScript_" + key.substring(0, 16), "/zhibiao/script");
            code.setCachable(false);
            Class<?> parsed = loader.parseClass(code);
            Class<? extends TemplateScript> type = parsed.asSubclass(TemplateScript.class);
            CACHE.put(key, type);
            return new Compiled(type, List.of());
        } catch (MultipleCompilationErrorsException e) {
            return new Compiled(null, convert(file, e.getErrorCollector().getErrors()));
        } catch (CompilationFailedException | IOException | ClassCastException e) {
            return new Compiled(null, List.of(GroovyProblem.COMPILE.at(Position.of(file, 1, 1), e.getMessage())));
        }
    }

    /** How many distinct scripts this process has compiled; for tests of the cache. */
    static int cached() {
        return CACHE.size();
    }

    private static List<Diagnostic> convert(String file, List<? extends Message> messages) {
        List<Diagnostic> out = new ArrayList<>();
        for (Message m : messages) {
            if (m instanceof SyntaxErrorMessage s) {
                SyntaxException x = s.getCause();
                Position at = Position.of(file, x.getLine(), x.getStartColumn());
                if (x instanceof Refusal r) {
                    out.add(GroovyProblem.FORBIDDEN.at(at, r.zh(), r.en()));
                } else if (x instanceof UnknownKeyword u) {
                    Diagnostic d = GroovyProblem.COMPILE.at(at, u.zh(), u.en());
                    out.add(new Diagnostic(d.code(), d.severity(), d.zh(), d.en(), at, "", u.hint()));
                } else {
                    out.add(compileError(at, x));
                }
            } else if (m instanceof ExceptionMessage e && e.getCause() instanceof SecurityException se) {
                out.add(GroovyProblem.FORBIDDEN.at(Position.of(file, 1, 1), se.getMessage(), se.getMessage()));
            } else if (m instanceof ExceptionMessage e) {
                out.add(GroovyProblem.COMPILE.at(Position.of(file, 1, 1), String.valueOf(e.getCause())));
            } else {
                out.add(GroovyProblem.COMPILE.at(Position.of(file, 1, 1), m.toString()));
            }
        }
        // the guard rails visit outer expressions first: report in the order of the text
        out.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
                .thenComparingInt(d -> d.position().column()));
        return out;
    }

    private static Diagnostic compileError(Position at, SyntaxException x) {
        String message = x.getOriginalMessage();
        if (message.startsWith(STC_PREFIX)) {
            message = message.substring(STC_PREFIX.length());
        }
        return GroovyProblem.COMPILE.hinted(at, Keywords.suggest(message), message);
    }

    private static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(TemplateScript.class.getName());
        config.setSourceEncoding(StandardCharsets.UTF_8.name());
        config.setDisabledGlobalASTTransformations(globalTransformations());
        SecureASTCustomizer secure = new SecureASTCustomizer();
        secure.setPackageAllowed(false);
        secure.setAllowedImports(List.of());
        secure.setAllowedStarImports(List.of());
        secure.setAllowedStaticImports(List.of());
        secure.setAllowedStaticStarImports(List.of());
        config.addCompilationCustomizers(
                new SourceGuard(),
                new PositionMarker(),
                secure,
                new ASTTransformationCustomizer(ThreadInterrupt.class),
                new ASTTransformationCustomizer(TypeChecked.class),
                new AllowList());
        return config;
    }

    /** Every global AST transformation on the class path (Grab among them): none may run on a template. */
    private static Set<String> globalTransformations() {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL url : Collections.list(ScriptCompiler.class
                    .getClassLoader()
                    .getResources("META-INF/services/org.codehaus.groovy.transform.ASTTransformation"))) {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            names.add("groovy.grape.GrabAnnotationTransformation");
        }
        names.add("groovy.grape.GrabAnnotationTransformation");
        return names;
    }

    private static String sha256(String source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
