package org.zhibiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The zh/en titles and descriptions of schema nodes, read from {@code descriptions.properties}
 * next to this class. Keys are {@code Type} or {@code Type.component}.
 */
final class Texts {
    private static final Properties TEXTS = load();

    private Texts() {}

    /** Whether there is a text for {@code key}. */
    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    /** The short (Chinese) title, or null. */
    static String title(String key) {
        String[] parts = parts(key);
        return parts == null ? null : parts[0];
    }

    /** {@code 中文 / English}, or null. */
    static String description(String key) {
        String[] parts = parts(key);
        if (parts == null) {
            return null;
        }
        return parts.length == 2 ? parts[0] + " / " + parts[1] : parts[1] + " / " + parts[2];
    }

    private static String[] parts(String key) {
        String value = TEXTS.getProperty(key);
        return value == null ? null : value.split("\\s*\\|\\s*");
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("descriptions.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
