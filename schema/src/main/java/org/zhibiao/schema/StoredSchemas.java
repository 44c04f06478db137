package org.zhibiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The schema store the build writes into the jar ({@code org/zhibiao/schema/store/}, the layout
 * of {@link SchemaFiles#store()}): a built-in template's schema without running the generator,
 * which keeps victools off the start-up path of {@code zhibiao new}.
 */
public final class StoredSchemas {
    private StoredSchemas() {}

    /** The stored file, e.g. {@code templates/hubei/public-security@2024.1-7.json}, or null when absent. */
    public static String read(String name) {
        try (InputStream in = StoredSchemas.class.getResourceAsStream("store/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
