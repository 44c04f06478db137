package org.zhibiao.yaml;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;
import org.zhibiao.diag.Position;

/**
 * Compares two model objects value by value and position by position. Record equality cannot:
 * {@link Position#equals} is always true by design, so a reader that put a record at the wrong
 * line would still build an equal model.
 */
final class SameModel {

    private SameModel() {}

    /** Fails with the path of the first difference, such as {@code $.tables[1].rows[0].pos}. */
    static void assertSame(Object expected, Object actual) {
        String difference = firstDifference(expected, actual);
        if (difference != null) {
            throw new AssertionFailedError(difference);
        }
    }

    /** The path of the first difference and both sides there, or null when there is none. */
    static String firstDifference(Object expected, Object actual) {
        return difference("$", expected, actual);
    }

    private static String difference(String path, Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual ? null : differ(path, expected, actual);
        }
        if (expected.getClass() != actual.getClass()) {
            return path + ": " + expected.getClass().getName() + " expected, was "
                    + actual.getClass().getName();
        }
        if (expected instanceof Position e) {
            return positionDifference(path, e, (Position) actual);
        }
        if (expected instanceof Record) {
            return recordDifference(path, expected, actual);
        }
        if (expected instanceof List<?> e) {
            return listDifference(path, e, (List<?>) actual);
        }
        if (expected instanceof Map<?, ?> e) {
            return mapDifference(path, e, (Map<?, ?>) actual);
        }
        // BigDecimal.equals compares the scale too, so 1.0 and 1.00 differ here as they should
        return expected.equals(actual) && expected.toString().equals(actual.toString())
                ? null
                : differ(path, expected, actual);
    }

    private static String recordDifference(String path, Object expected, Object actual) {
        for (RecordComponent c : expected.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                String inner = difference(
                        path + "." + c.getName(),
                        c.getAccessor().invoke(expected),
                        c.getAccessor().invoke(actual));
                if (inner != null) {
                    return inner;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(path + "." + c.getName(), e);
            }
        }
        return null;
    }

    private static String positionDifference(String path, Position e, Position a) {
        boolean same = e.file().equals(a.file()) && e.line() == a.line() && e.column() == a.column();
        return same ? null : path + ": position " + where(e) + " expected, was " + where(a);
    }

    private static String listDifference(String path, List<?> e, List<?> a) {
        if (e.size() != a.size()) {
            return path + ": " + e.size() + " items expected, was " + a.size();
        }
        for (int i = 0; i < e.size(); i++) {
            String inner = difference(path + "[" + i + "]", e.get(i), a.get(i));
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String mapDifference(String path, Map<?, ?> expected, Map<?, ?> actual) {
        if (!List.copyOf(expected.keySet()).equals(List.copyOf(actual.keySet()))) {
            return path + ": keys " + expected.keySet() + " expected, were " + actual.keySet();
        }
        Iterator<?> keys = expected.keySet().iterator();
        while (keys.hasNext()) {
            Object key = keys.next();
            String inner = difference(path + "[" + key + "]", expected.get(key), actual.get(key));
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String differ(String path, Object expected, Object actual) {
        return path + ": <" + expected + "> expected, was <" + actual + ">";
    }

    private static String where(Position p) {
        return p.file() + ":" + p.line() + ":" + p.column();
    }
}
