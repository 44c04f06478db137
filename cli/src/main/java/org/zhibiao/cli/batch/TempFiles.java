package org.zhibiao.cli.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The temporary files of atomic writes that are still open. A shutdown hook (Ctrl-C, SIGTERM)
 * deletes them and refuses new ones, so that an interrupted run leaves only complete files: the
 * final name is created by a link or rename of a finished temp file, never written in place.
 */
public final class TempFiles {

    private static final Set<Path> LIVE = new HashSet<>();
    private static boolean closing;
    private static boolean hooked;
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();

    private TempFiles() {}

    /**
     * A new empty temp file in {@code dir}, registered for clean-up; refused once the JVM is stopping.
     * It is an ordinary file (the process's umask applies), as the declaration it becomes.
     */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        synchronized (LIVE) {
            if (closing) {
                throw new InterruptedIOException("zhibiao is stopping");
            }
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "zhibiao-temp-cleanup"));
                hooked = true;
            }
            // a counter, not Files.createTempFile: its SecureRandom name and this lock made writing
            // 10,000 declarations wait on each other (#7); CREATE_NEW still never opens an existing file
            while (true) {
                Path temp = dir.resolve(prefix + "." + PID + "." + COUNTER.incrementAndGet() + suffix);
                try {
                    Files.createFile(temp);
                } catch (FileAlreadyExistsException e) {
                    continue; // left by an earlier run with the same process id
                }
                LIVE.add(temp);
                return temp;
            }
        }
    }

    /** True once the JVM is stopping (Ctrl-C, SIGTERM): a write refused now is dropped, not failed. */
    public static boolean stopping() {
        synchronized (LIVE) {
            return closing;
        }
    }

    /** Deletes a temp file (if it is still there) and forgets it. */
    public static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        deleteQuietly(temp);
        synchronized (LIVE) {
            LIVE.remove(temp);
        }
    }

    /** The shutdown hook: no new temp files from now on, and the open ones deleted. */
    static void deleteAll() {
        synchronized (LIVE) {
            closing = true;
            LIVE.forEach(TempFiles::deleteQuietly);
            LIVE.clear();
        }
    }

    /** How many temp files are open now; for tests. */
    public static int live() {
        synchronized (LIVE) {
            return LIVE.size();
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // hidden and named after its target: nothing a user loses, and nothing more to do at exit
        }
    }
}
