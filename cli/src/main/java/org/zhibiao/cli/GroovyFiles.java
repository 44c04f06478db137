package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.groovy.GroovyWriter;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/** The only CLI class that names Groovy: loaded when, and only when, a {@code .groovy} file is used. */
final class GroovyFiles {

    private GroovyFiles() {}

    static Result<Object> read(Path path) {
        return new GroovyReader().read(path);
    }

    static Result<GroovyReader.Scripted> readScripted(Path path) {
        return new GroovyReader().readScripted(path);
    }

    static String write(Object document) {
        GroovyWriter writer = new GroovyWriter();
        return document instanceof Template t ? writer.write(t) : writer.write((Library) document);
    }
}
