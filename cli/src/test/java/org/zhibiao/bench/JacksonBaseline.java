package org.zhibiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yardstick of a bulk run: read every file of a corpus with Jackson and write it again,
 * pretty-printed, on all cores, and nothing else. Usage: {@code JacksonBaseline INDIR OUTDIR}.
 */
public final class JacksonBaseline {

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JacksonBaseline() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> files;
        try (Stream<Path> listed = Files.list(in)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long bytes = files.parallelStream()
                .mapToLong(file -> copy(file, out.resolve(file.getFileName())))
                .sum();
        System.err.printf("%d files, %d bytes read and written%n", files.size(), bytes);
    }

    private static long copy(Path from, Path to) {
        try {
            JsonNode tree = JSON.readTree(Files.readAllBytes(from));
            byte[] written = JSON.writeValueAsBytes(tree);
            Files.write(to, written);
            return written.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
