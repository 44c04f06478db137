package org.zhibiao.resolve;

import java.util.List;
import java.util.Optional;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

/**
 * Where the resolver finds parents and libraries: the built-in catalogue, a directory, or a
 * map in a test. The core knows no host (STYLE.md 1); the catalogue module implements this.
 */
public interface TemplateSource {

    /** A template as written; the newest version when {@code version} is null. */
    Optional<Template> template(String id, String version);

    /** The versions of a template that exist, for "no such version" messages. */
    List<String> versions(String id);

    Optional<Library> library(String id);
}
