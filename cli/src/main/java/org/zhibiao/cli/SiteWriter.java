package org.zhibiao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;

/**
 * Writes a directory of generated files the way {@link Output} writes one: into a hidden temp
 * directory next to the target, then renamed into place, so that a reader never sees half a site.
 * An existing non-empty directory is replaced only with {@code --force}; the old one is moved
 * aside first and restored if the new one cannot take its place.
 */
final class SiteWriter {

    private SiteWriter() {}

    /** Null when written; otherwise the diagnostic that says why not. */
    static Diagnostic write(Path target, Map<String, String> files, boolean force) {
        Path dir = target.toAbsolutePath().normalize();
        Position at = Position.of(target.toString(), 1, 1);
        Path temp = null;
        try {
            Diagnostic parent = Output.parentProblem(target);
            if (parent != null) {
                return parent;
            }
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                // #13: --force replaced a file it had not written by a directory
                return Problem.OUTPUT_NOT_DIRECTORY.at(at, target);
            }
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                if (!force) {
                    return Problem.OUTPUT_NOT_EMPTY.at(at, target);
                }
                String foreign = foreign(dir, files);
                if (foreign != null) {
                    return Problem.OUTPUT_FOREIGN_FILES.at(at, target, foreign);
                }
            }
            Files.createDirectories(dir.getParent());
            temp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + "-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = temp.resolve(file.getKey()).normalize();
                if (!path.startsWith(temp)) {
                    throw new IllegalArgumentException("page outside the site: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            openUp(temp);
            replace(temp, dir);
            temp = null;
            return null;
        } catch (IOException e) {
            return Problem.OUTPUT_FAILED.at(at, target, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void replace(Path fresh, Path dir) throws IOException {
        if (!Files.exists(dir)) {
            move(fresh, dir);
            return;
        }
        Path old = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + "-old-");
        Files.delete(old);
        move(dir, old);
        try {
            move(fresh, dir);
        } catch (IOException e) {
            move(old, dir);
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A file under {@code dir} that is not one of {@code files} (a path relative to {@code dir}),
     * or null: {@code --force} replaces a site this command wrote before, never a folder that holds
     * anything else (#13: {@code docs -o ~ --force} would have deleted the home directory).
     */
    private static String foreign(Path dir, Map<String, String> files) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !files.containsKey(name))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Temp directories are created owner-only; a site is ordinary files others may read. */
    private static void openUp(Path root) throws IOException {
        if (!Files.getFileStore(root).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden leftover named after the target; nothing a user loses
        }
    }
}
