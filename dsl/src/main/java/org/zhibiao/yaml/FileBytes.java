package org.zhibiao.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * Reads a whole input file through a byte limit that counts bytes as they arrive.
 *
 * <p>Why not {@code Files.size} and {@code readAllBytes} (#13): the size of {@code /dev/zero}, a
 * FIFO or {@code /proc} file says nothing about what reading it yields, so such a file ran the
 * heap out or hung the command. Only a regular file is opened at all (opening a FIFO for reading
 * blocks until a writer comes); its stated size refuses a large file before reading, and the
 * counted read refuses one that grew, or lied, meanwhile.
 */
public final class FileBytes {

    private FileBytes() {}

    /** The file's bytes, or null after reporting why not: missing, not a regular file, unreadable, over {@code limit}. */
    public static byte[] read(Path path, int limit, Diagnostics out) {
        Position at = Position.of(path.toString(), 1, 1);
        if (!Files.isRegularFile(path)) {
            report(path, at, out);
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            if (size > limit) {
                out.report(Problem.FILE_TOO_LARGE, at, size, limit);
                return null;
            }
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                out.report(Problem.FILE_TOO_LARGE, at, "> " + limit, limit);
                return null;
            }
            return bytes;
        } catch (NoSuchFileException e) {
            out.add(Problem.FILE_UNREADABLE.at(at, new Object[] {Text.FILE_MISSING.format(Lang.ZH)}, new Object[] {
                Text.FILE_MISSING.format(Lang.EN)
            }));
        } catch (AccessDeniedException e) {
            out.add(Problem.FILE_UNREADABLE.at(at, new Object[] {Text.FILE_DENIED.template(Lang.ZH)}, new Object[] {
                Text.FILE_DENIED.template(Lang.EN)
            }));
        } catch (IOException e) {
            out.report(Problem.FILE_UNREADABLE, at, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return null;
    }

    /**
     * A stream's bytes (standard input), counted through the same limit: at most one byte past it
     * is read before it is refused. {@code name} is what diagnostics call the stream ({@code <stdin>}).
     */
    public static byte[] read(InputStream in, String name, int limit, Diagnostics out) {
        Position at = Position.of(name, 1, 1);
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                out.report(Problem.FILE_TOO_LARGE, at, "> " + limit, limit);
                return null;
            }
            return bytes;
        } catch (IOException e) {
            out.report(Problem.FILE_UNREADABLE, at, e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** Why a path that is not a regular file cannot be read. */
    private static void report(Path path, Position at, Diagnostics out) {
        if (Files.isDirectory(path)) {
            out.add(Problem.NOT_A_FILE.at(at, new Object[] {Text.WORD_DIRECTORY.template(Lang.ZH)}, new Object[] {
                Text.WORD_DIRECTORY.template(Lang.EN)
            }));
        } else if (Files.exists(path)) {
            out.add(Problem.NOT_A_FILE.at(at, new Object[] {Text.WORD_DEVICE.template(Lang.ZH)}, new Object[] {
                Text.WORD_DEVICE.template(Lang.EN)
            }));
        } else {
            out.add(Problem.FILE_UNREADABLE.at(at, new Object[] {Text.FILE_MISSING.format(Lang.ZH)}, new Object[] {
                Text.FILE_MISSING.format(Lang.EN)
            }));
        }
    }
}
