package org.zhibiao.cli.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The document files a batch works on, found lazily and in a stable order: each argument that is
 * a directory is walked (names sorted per directory, hidden entries and symbolic links to
 * directories skipped) for {@code *.yaml}, {@code *.yml}, {@code *.json} and workbooks
 * ({@code *.xlsx}, {@code *.xls}); any other argument is
 * taken as it is, so a missing file is reported by whoever reads it. Only one directory listing
 * is held at a time per level, never the files' contents.
 */
public final class Walk implements Iterator<Path> {

    /** Lists a directory's entries; the walk's one contact with listing, replaceable in tests. */
    @FunctionalInterface
    interface Lister {
        /** The entries of {@code dir}, in any order. */
        List<Path> list(Path dir) throws IOException;
    }

    private final Iterator<Path> roots;
    private final Lister lister;
    /** Whether CSV files in a directory are forms to read: only when the operator named their template. */
    private final boolean csv;

    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private Path next;

    private Walk(List<Path> roots, Lister lister, boolean csv) {
        this.roots = roots.iterator();
        this.lister = lister;
        this.csv = csv;
    }

    /** The documents under (or named by) {@code roots}. */
    public static Walk documents(List<Path> roots) {
        return new Walk(roots, Walk::entries, false);
    }

    /**
     * The documents under (or named by) {@code roots}, and CSV forms in its directories too: a CSV
     * names no template, so {@code check DIR} finds them only when {@code --template} names one
     * (issue 14).
     */
    public static Walk forms(List<Path> roots) {
        return new Walk(roots, Walk::entries, true);
    }

    /** As {@link #documents(List)}, listing directories with {@code lister}. */
    static Walk documents(List<Path> roots, Lister lister) {
        return new Walk(roots, lister, false);
    }

    /** Whether a file name is one a batch reads from a directory. */
    public static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".")
                && (name.endsWith(".yaml")
                        || name.endsWith(".yml")
                        || name.endsWith(".json")
                        // a workbook records its template (issue 15); a CSV needs --template, so only forms() finds it
                        || name.endsWith(".xlsx")
                        || name.endsWith(".xls"));
    }

    private static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** How many documents {@link #documents} will yield; walks the directories without reading files. */
    public static long count(List<Path> roots) {
        return count(documents(roots));
    }

    /** How many files {@code walk} will yield; walks the directories without reading files. */
    public static long count(Walk walk) {
        long n = 0;
        for (; walk.hasNext(); walk.next()) {
            n++;
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!stack.isEmpty()) {
                advanceInDirectory();
            } else if (roots.hasNext()) {
                Path root = roots.next();
                descendOrTake(root, Files.isDirectory(root));
            } else {
                return false;
            }
        }
        return true;
    }

    private void advanceInDirectory() {
        Iterator<Path> top = stack.peek();
        if (!top.hasNext()) {
            stack.pop();
            return;
        }
        Path entry = top.next();
        if (entry.getFileName().toString().startsWith(".")) {
            return;
        }
        BasicFileAttributes attributes = attributes(entry);
        if (attributes != null && attributes.isDirectory()) {
            descendOrTake(entry, true);
        } else if ((isDocument(entry) || (csv && isCsv(entry)))
                && (attributes == null || !attributes.isSymbolicLink() || !Files.isDirectory(entry))) {
            next = entry; // one stat per file; a second only for a symbolic link, to skip links to directories
        }
    }

    /** Descends into a directory; a file, or a directory that cannot be listed, is yielded for its reader to report. */
    private void descendOrTake(Path path, boolean directory) {
        Iterator<Path> entries = directory ? list(path) : null;
        if (entries == null) {
            next = path;
        } else {
            stack.push(entries);
        }
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path found = next;
        next = null;
        return found;
    }

    /** The entry's own attributes (a link is not followed), or null when they cannot be read. */
    private static BasicFileAttributes attributes(Path entry) {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A directory's entries by name, or null when it cannot be listed: the directory is then
     * yielded as one input, which its reader reports as unusable, and the walk goes on (#13: an
     * unreadable folder inside the one being checked ended the whole batch).
     */
    private Iterator<Path> list(Path dir) {
        List<Path> entries;
        try {
            entries = new ArrayList<>(lister.list(dir));
        } catch (IOException | DirectoryIteratorException | UncheckedIOException | SecurityException e) {
            // DirectoryIteratorException (unchecked) is a failure mid-listing, after the folder opened
            return null;
        }
        // each name made once, not twice per comparison: [#14] sorting 2,000 files by names made in
        // the comparator was a twentieth of a bulk check's CPU
        Map<Path, String> names = new HashMap<>(entries.size() * 4 / 3 + 1);
        entries.forEach(p -> names.put(p, p.getFileName().toString()));
        entries.sort(Comparator.comparing(names::get));
        return entries.iterator();
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        }
        return entries;
    }
}
