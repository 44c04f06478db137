package org.zhibiao.model;

/**
 * A closed vocabulary whose constants are written in documents by their label (定量, 正向, 长期 …).
 * Readers accept the label or the Java constant name; writers always print the label.
 */
public interface Labelled {

    String label();

    static <E extends Enum<E> & Labelled> E fromLabel(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.label().equals(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        return null;
    }
}
