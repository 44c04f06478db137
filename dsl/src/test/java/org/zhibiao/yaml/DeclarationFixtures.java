package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every declaration written anywhere in the repository's sources (the seeds, the goldens, the
 * broken examples), as JSON: real documents make better test input than generated ones, and
 * new fixtures join the tests without being listed here.
 */
final class DeclarationFixtures {

    private static final Pattern DECLARATION = Pattern.compile("\"?kind\"?\\s*:\\s*\"?declaration\\b");

    private DeclarationFixtures() {}

    /** One JSON text and where it came from (a class: a record would compare its bytes by identity). */
    static final class Json {

        private final String name;
        private final byte[] bytes;

        Json(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        String name() {
            return name;
        }

        byte[] bytes() {
            return bytes;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * JSON files as they are; YAML ones as their tree written as JSON (broken ones stay broken)
     * and, when they read cleanly, as {@link Documents#toJson} writes the model.
     */
    static List<Json> all() {
        List<Json> out = new ArrayList<>();
        for (Path file : files()) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                if (name.endsWith(".json")) {
                    out.add(new Json(name, bytes));
                    continue;
                }
                try {
                    var tree = YAMLMapper.builder().build().readTree(bytes);
                    out.add(new Json(
                            name + ".tree.json",
                            JsonMapper.builder()
                                    .build()
                                    .writerWithDefaultPrettyPrinter()
                                    .writeValueAsBytes(tree)));
                } catch (RuntimeException e) {
                    // not YAML Jackson can read as a tree (a tab, a bad byte …): nothing to convert
                }
                Object model = Documents.read(name, bytes).value();
                if (model != null) {
                    out.add(new Json(
                            name + ".model.json", Documents.toJson(model).getBytes(UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The declaration files below the repository root, build output left out. */
    private static List<Path> files() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().matches(".*/src/[^/]+/resources/.*\\.(json|ya?ml)"))
                    .filter(DeclarationFixtures::isDeclaration)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDeclaration(Path file) {
        try {
            return DECLARATION
                    .matcher(new String(Files.readAllBytes(file), UTF_8))
                    .find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
