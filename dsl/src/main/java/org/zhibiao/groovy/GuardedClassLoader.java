package org.zhibiao.groovy;

import groovy.lang.GroovyClassLoader;
import java.util.List;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * The class loader a template script is compiled into and runs from. It never looks for other
 * scripts on disk, and it will not hand a script the classes for files, sockets, processes,
 * reflection or the Groovy compiler — a second rail behind {@link AllowList}, which already
 * refuses naming them.
 */
final class GuardedClassLoader extends GroovyClassLoader {

    private static final List<String> REFUSED = List.of(
            "java.io.",
            "java.nio.",
            "java.net.",
            "java.lang.Process",
            "java.lang.Runtime",
            "java.lang.ClassLoader",
            "java.lang.System",
            "java.lang.Thread$",
            "java.lang.ThreadGroup",
            "java.sql.",
            "javax.",
            "com.sun.",
            "groovy.lang.GroovyShell",
            "groovy.lang.GroovyClassLoader",
            "groovy.util.Eval",
            "groovy.grape.",
            "groovy.ui.",
            "org.codehaus.groovy.control.",
            "org.codehaus.groovy.tools.");

    GuardedClassLoader(ClassLoader parent, CompilerConfiguration config) {
        super(parent, config, false);
        setResourceLoader(name -> null);
    }

    @Override
    public Class<?> loadClass(String name, boolean lookupScriptFiles, boolean preferClassOverScript, boolean resolve)
            throws ClassNotFoundException, CompilationFailedException {
        for (String prefix : REFUSED) {
            if (name.startsWith(prefix)) {
                throw new ClassNotFoundException(name);
            }
        }
        return super.loadClass(name, false, true, resolve);
    }
}
