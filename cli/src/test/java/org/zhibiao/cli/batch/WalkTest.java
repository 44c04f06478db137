package org.zhibiao.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a batch takes from a directory, and in what order. */
class WalkTest {

    @TempDir
    Path dir;

    private List<String> walked(Path... roots) {
        List<String> names = new ArrayList<>();
        Walk.documents(List.of(roots))
                .forEachRemaining(p -> names.add(dir.relativize(p).toString()));
        return names;
    }

    @Test
    void documents_are_taken_in_name_order_through_subdirectories_and_other_files_are_left() throws IOException {
        // given
        Files.writeString(dir.resolve("b.yaml"), "");
        Files.writeString(dir.resolve("a.json"), "");
        Files.writeString(dir.resolve("notes.txt"), "");
        Files.writeString(dir.resolve(".hidden.yaml"), "");
        Files.createDirectories(dir.resolve("c.json"));
        Files.writeString(dir.resolve("c.json/d.yml"), "");
        // when, then
        assertThat(walked(dir)).containsExactly("a.json", "b.yaml", "c.json/d.yml");
        assertThat(Walk.count(List.of(dir))).isEqualTo(3);
    }

    @Test
    void a_link_to_a_file_is_taken_and_a_link_to_a_directory_is_not_followed() throws IOException {
        // given
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.yaml"), "");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.createSymbolicLink(batch.resolve("linked.yaml"), elsewhere.resolve("x.yaml"));
        Files.createSymbolicLink(batch.resolve("loop.yaml"), batch);
        Files.createSymbolicLink(batch.resolve("sub"), elsewhere);
        // when, then
        assertThat(walked(batch)).containsExactly("batch/linked.yaml");
    }

    @Test
    void a_file_named_on_the_command_line_is_taken_whatever_it_is_called() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertThat(walked(missing)).containsExactly("missing.txt");
    }

    @Test
    void issue13_a_directory_that_cannot_be_listed_is_taken_as_one_input_and_the_walk_goes_on() throws IOException {
        // given: tests run as root, who can list a chmod 000 folder, so the listing fails here instead
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/1.yaml"), "");
        Files.createDirectories(dir.resolve("b-locked"));
        Files.createDirectories(dir.resolve("c-broken"));
        Files.writeString(dir.resolve("d.yaml"), "");
        Walk.Lister failing = folder -> {
            if (folder.endsWith("b-locked")) {
                throw new AccessDeniedException(folder.toString());
            }
            if (folder.endsWith("c-broken")) {
                // what a DirectoryStream throws when reading entries fails midway
                throw new DirectoryIteratorException(new IOException("I/O error"));
            }
            try (var entries = Files.list(folder)) {
                return entries.toList();
            }
        };
        // when
        List<String> names = new ArrayList<>();
        Walk.documents(List.of(dir), failing)
                .forEachRemaining(p -> names.add(dir.relativize(p).toString()));
        // then: each unlistable folder once, for its reader to report as unusable; nothing else lost
        assertThat(names).containsExactly("a/1.yaml", "b-locked", "c-broken", "d.yaml");
    }
}
