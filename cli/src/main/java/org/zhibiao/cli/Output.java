package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.zhibiao.cli.batch.TempFiles;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * Writes a command's result: to stdout, or to a file atomically (temp file in the same folder,
 * then rename), never over an existing file unless {@code --force} says so. A failed write
 * leaves no partial file behind.
 */
final class Output {

    private Output() {}

    /**
     * Whether {@code output} is standard output for a binary format ({@code xlsx}, {@code docx}),
     * said on {@code err}: a workbook is never written to a terminal or a pipe, and the command
     * stops before it reads anything.
     */
    static boolean binaryToStdout(String extension, Path output, PrintWriter err, Lang lang) {
        if (output != null && !Inputs.isStandard(output)) {
            return false;
        }
        err.println(Text.NEW_OFFICE_NEEDS_OUTPUT.format(lang, extension));
        err.flush();
        return true;
    }

    /** Null when written; otherwise the diagnostic that says why not. No target, or {@code -}, is stdout. */
    static Diagnostic write(Path target, String text, boolean force, PrintWriter stdout) {
        if (target == null || Inputs.isStandard(target)) {
            stdout.print(text);
            stdout.flush();
            return null;
        }
        return write(target, text.getBytes(StandardCharsets.UTF_8), force);
    }

    /** Writes bytes (an xlsx or docx) to a file, as {@link #write(Path, String, boolean, PrintWriter)} writes text. */
    static Diagnostic write(Path target, byte[] bytes, boolean force) {
        Position at = Position.of(target.toString(), 1, 1);
        Diagnostic parent = parentProblem(target);
        if (parent != null) {
            return parent;
        }
        if (Files.isDirectory(target)) {
            return Problem.OUTPUT_EXISTS.at(at, target);
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Problem.OUTPUT_EXISTS.at(at, target);
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            temp = TempFiles.create(dir, "." + target.getFileName(), ".tmp");
            fill(temp, bytes);
            keepPermissions(target, temp);
            move(temp, target, force);
            return null;
        } catch (FileAlreadyExistsException e) {
            return Problem.OUTPUT_EXISTS.at(at, target);
        } catch (IOException e) {
            return Problem.OUTPUT_FAILED.at(at, target, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            TempFiles.delete(temp);
        }
    }

    /**
     * Why {@code target} cannot be written because of a folder above it, or null: the nearest
     * existing ancestor is a file (#13: {@code -o notes.txt/x} said the output already existed).
     */
    static Diagnostic parentProblem(Path target) {
        for (Path up = target.toAbsolutePath().normalize().getParent(); up != null; up = up.getParent()) {
            BasicFileAttributes attributes;
            try {
                // one look per folder: a batch's other threads may be creating it meanwhile
                attributes = Files.readAttributes(up, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // not there (yet): its parent decides
            }
            return attributes.isDirectory()
                    ? null
                    : Problem.OUTPUT_PARENT_NOT_DIRECTORY.at(Position.of(target.toString(), 1, 1), target, up);
        }
        return null;
    }

    /**
     * A file replaced with {@code --force} keeps its permissions (#13: a 0600 file came back 0644,
     * readable by everyone); a new file gets the umask's, as any file the user creates.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target) || !Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (NoSuchFileException e) {
            // removed meanwhile: nothing to keep
        }
    }

    /**
     * Writes through a channel opened without CREATE: if a shutdown hook deleted the temp file
     * meanwhile, this fails instead of recreating it, and an interrupt closes the channel
     * (ClosedByInterruptException) so an interrupted batch stops writing at once.
     */
    private static void fill(Path temp, byte[] content) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    private static void move(Path temp, Path target, boolean force) throws IOException {
        try {
            if (force) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // a link, not a rename: fails instead of replacing a file that appeared meanwhile
                Files.createLink(target, temp);
            }
        } catch (AtomicMoveNotSupportedException | UnsupportedOperationException e) {
            Files.move(
                    temp,
                    target,
                    force ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0]);
        }
    }
}
