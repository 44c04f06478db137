package org.zhibiao.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;
import org.zhibiao.target.Target;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes zhibiao's documents (libraries, templates, profiles, declarations) as YAML or
 * JSON. The one entry point of the YAML front end: strict on the way in, canonical and
 * deterministic on the way out, so that yaml → model → yaml is byte-identical.
 */
public final class Documents {

    private Documents() {}

    /**
     * The writers, each made on first use: building Jackson's mappers costs a cold process about
     * 0.07 s, which {@code zhibiao check} (it only reads) need not pay (#7).
     */
    private static final class YamlOut {
        static final ObjectMapper YAML_OUT = configure(YAMLMapper.builder(YAMLFactory.builder()
                        .stringQuotingChecker(new QuoteNumberLike())
                        .build())
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR));
    }

    /** See {@link YamlOut}. */
    static final class JsonOut {
        static final ObjectMapper JSON_OUT = configure(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT));
    }

    private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
        return builder.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY)
                        .withContentInclusion(JsonInclude.Include.NON_EMPTY))
                .addMixIn(Target.class, TargetMixin.class)
                .build();
    }

    /** Reads any document; the {@code kind:} key says which. */
    public static Result<Object> read(String file, byte[] bytes) {
        Diagnostics out = new Diagnostics();
        Object document = readInto(file, bytes, null, out);
        return Result.of(document, out);
    }

    /** Reads a document that must be of {@code model}'s kind; another kind is reported at its {@code kind:}. */
    public static <T extends Record> Result<T> read(String file, byte[] bytes, Class<T> model) {
        for (DocumentType type : DocumentType.values()) {
            if (type.modelClass() == model) {
                return typed(file, bytes, type, model);
            }
        }
        throw new IllegalArgumentException("not a document model: " + model);
    }

    public static Result<Template> readTemplate(String file, byte[] bytes) {
        return typed(file, bytes, DocumentType.TEMPLATE, Template.class);
    }

    public static Result<Library> readLibrary(String file, byte[] bytes) {
        return typed(file, bytes, DocumentType.LIBRARY, Library.class);
    }

    public static Result<Profile> readProfile(String file, byte[] bytes) {
        return typed(file, bytes, DocumentType.PROFILE, Profile.class);
    }

    public static Result<Declaration> readDeclaration(String file, byte[] bytes) {
        return typed(file, bytes, DocumentType.DECLARATION, Declaration.class);
    }

    /** Reads a file from disk, reporting a missing or unreadable file as a diagnostic. */
    public static Result<Object> read(Path path) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = load(path, out);
        return bytes == null ? Result.of(null, out) : read(path.toString(), bytes);
    }

    /**
     * Reads a file's bytes, or reports why not: only a regular file, through a limit counted as
     * the bytes arrive ({@link FileBytes}).
     */
    public static byte[] load(Path path, Diagnostics out) {
        return FileBytes.read(path, TreeReader.MAX_BYTES, out);
    }

    /**
     * Where the value of a top-level {@code key} sits in a document, for a finding about a value
     * the model keeps without its position (a declaration's {@code template:}, a profile's
     * {@code previous:}). Reads the located tree again, so call it on an error path only; falls
     * back to the file's first line when the key cannot be found.
     */
    public static Position valueAt(String file, byte[] bytes, String key) {
        try {
            Node root = new TreeReader(file, new Diagnostics()).read(bytes, key);
            if (root instanceof Node.Mapping mapping && mapping.entries().get(key) != null) {
                return mapping.entries().get(key).value().pos();
            }
        } catch (TreeReader.Abort e) {
            // the document was read once already; a second read that fails leaves the fallback
        }
        return Position.of(file, 1, 1);
    }

    /**
     * Reads a stream (standard input, for {@code zhibiao check -}) under the same size limit as a
     * file: at most one byte past the limit is read before it is refused, so a runaway pipe cannot
     * fill the heap. {@code name} is what diagnostics call it, such as {@code <stdin>}.
     */
    public static byte[] load(InputStream in, String name, Diagnostics out) {
        return FileBytes.read(in, name, TreeReader.MAX_BYTES, out);
    }

    private static <T> Result<T> typed(String file, byte[] bytes, DocumentType type, Class<T> model) {
        Diagnostics out = new Diagnostics();
        Object document = readInto(file, bytes, type, out);
        return Result.of(model.cast(document), out);
    }

    private static Object readInto(String file, byte[] bytes, DocumentType expected, Diagnostics out) {
        if ((expected == null || expected == DocumentType.DECLARATION) && TreeReader.plainJson(file, bytes)) {
            // [#7] a clean JSON declaration, nearly every file of a bulk check, is bound straight
            // from its bytes; anything else, or anything that would be reported, is read below
            Object fast = JsonBinder.read(file, bytes, DocumentType.DECLARATION);
            if (fast != null) {
                return fast;
            }
        }
        return readByTree(file, bytes, expected, out);
    }

    /**
     * The reference path: the located tree, then {@link Binder}. The only one that reports; the
     * fast path must agree with it (JsonBinderTest).
     */
    static Object readByTree(String file, byte[] bytes, DocumentType expected, Diagnostics out) {
        String what = expected == null ? "zhibiao" : expected.chinese() + " / " + expected.kind();
        Node root;
        try {
            root = new TreeReader(file, out).read(bytes, what);
        } catch (TreeReader.Abort e) {
            return null;
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof Node.Mapping mapping)) {
            out.add(notADocument(root));
            return null;
        }
        DocumentType type = typeOf(mapping, expected, out);
        if (type == null) {
            return null;
        }
        return new Binder(out).bind(mapping, type.modelClass(), "kind");
    }

    /** A document (or bundle item) that is not a mapping, in each reader's own words. */
    private static Diagnostic notADocument(Node node) {
        return Problem.WRONG_TYPE.at(
                node.pos(),
                new Object[] {
                    Text.WORD_DOCUMENT.template(Lang.ZH), Text.WORD_MAPPING.template(Lang.ZH), node.shape(true)
                },
                new Object[] {
                    Text.WORD_DOCUMENT.template(Lang.EN), Text.WORD_MAPPING.template(Lang.EN), node.shape(false)
                });
    }

    private static DocumentType typeOf(Node.Mapping mapping, DocumentType expected, Diagnostics out) {
        Node.Entry kind = mapping.entries().get("kind");
        String kinds = "library, template, profile, declaration";
        if (kind == null) {
            out.report(Problem.MISSING_KEY, mapping.pos(), "kind (" + kinds + ")");
            return null;
        }
        String text = kind.value() instanceof Node.Scalar s ? s.text() : "";
        DocumentType type = DocumentType.ofKind(text);
        if (type == null) {
            out.report(Problem.BAD_ENUM, kind.value().pos(), text, kinds);
            return null;
        }
        if (expected != null && type != expected) {
            out.add(Problem.WRONG_DOCUMENT.at(
                    kind.value().pos(),
                    new Object[] {expected.chinese(), "kind: " + expected.kind()},
                    new Object[] {expected.kind(), "kind: " + expected.kind()}));
            return null;
        }
        return type;
    }

    /**
     * Reads a bundle: a JSON or YAML list of documents, as the catalogue ships its pre-checked
     * content. Each element is bound like a document of its own {@code kind:}.
     */
    public static Result<List<Object>> readBundle(String file, byte[] bytes) {
        Diagnostics out = new Diagnostics();
        Node root;
        try {
            root = new TreeReader(file, out).read(bytes, "bundle");
        } catch (TreeReader.Abort e) {
            return Result.of(null, out);
        }
        List<Object> documents = new ArrayList<>();
        if (root instanceof Node.Sequence sequence) {
            for (Node item : sequence.items()) {
                if (item instanceof Node.Mapping mapping) {
                    DocumentType type = typeOf(mapping, null, out);
                    if (type != null) {
                        documents.add(new Binder(out).bind(mapping, type.modelClass(), "kind"));
                    }
                } else {
                    out.add(notADocument(item));
                }
            }
        } else if (root != null) {
            out.add(Problem.WRONG_TYPE.at(
                    root.pos(),
                    new Object[] {"bundle", Text.WORD_LIST.template(Lang.ZH), root.shape(true)},
                    new Object[] {"bundle", Text.WORD_LIST.template(Lang.EN), root.shape(false)}));
        }
        return Result.of(documents, out);
    }

    /** Several documents as one JSON list, each with its {@code kind:} first. */
    public static String bundleToJson(List<?> documents) {
        var array = JsonOut.JSON_OUT.createArrayNode();
        documents.forEach(d -> array.add(tree(d)));
        return JsonOut.JSON_OUT.writeValueAsString(array) + "\n";
    }

    /**
     * The document as YAML: {@code kind:} first, then its fields in model order, empties left out.
     * A declaration printed without a schema beside it starts with a comment saying how to get one
     * ({@link SchemaIds#hint}): no {@code $schema} line, since its {@code $id} is no address an
     * editor could load.
     */
    public static String toYaml(Object document) {
        return toYaml(document, null);
    }

    /**
     * The document as YAML; a declaration with {@code schema} (a path relative to the file, or an
     * address that resolves) starts with {@code # yaml-language-server: $schema=schema}, so an
     * editor with the YAML language server completes and validates it offline (issue 17).
     */
    public static String toYaml(Object document, String schema) {
        String yaml = YamlOut.YAML_OUT.writeValueAsString(
                new Kinded(DocumentType.of(document).kind(), document));
        if (document instanceof Declaration d && d.template() != null) {
            String first = schema == null
                    ? SchemaIds.hint(d.template(), d.stage())
                    : "# yaml-language-server: $schema=" + schema;
            return first + "\n" + yaml;
        }
        return yaml;
    }

    /** The document as pretty-printed JSON, same content and order as {@link #toYaml}. */
    public static String toJson(Object document) {
        if (document instanceof Declaration d) {
            // [#7] a bulk new --format json writes thousands; RecordJson writes Jackson's text
            // through its generator in a fraction of the time, or declines and databind writes it
            String fast = RecordJson.write(JsonOut.JSON_OUT, DocumentType.DECLARATION.kind(), d);
            if (fast != null) {
                return fast;
            }
        }
        return toJsonByJackson(document);
    }

    /** The reference for {@link #toJson}: Jackson's databind text, which RecordJson must match byte for byte. */
    static String toJsonByJackson(Object document) {
        return JsonOut.JSON_OUT.writeValueAsString(
                        new Kinded(DocumentType.of(document).kind(), document)) + "\n";
    }

    /**
     * A document with its {@code kind:} first, serialised in one pass: the same text as
     * {@link #tree}, without building the tree first (#7: a fifth of a bulk {@code new --format json}).
     */
    private record Kinded(String kind, @JsonUnwrapped Object document) {}

    private static JsonNode tree(Object document) {
        ObjectNode root = JsonOut.JSON_OUT.createObjectNode();
        root.put("kind", DocumentType.of(document).kind());
        root.setAll((ObjectNode) JsonOut.JSON_OUT.valueToTree(document));
        return root;
    }
}
