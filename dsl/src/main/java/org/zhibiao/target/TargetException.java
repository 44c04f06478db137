package org.zhibiao.target;

/**
 * A 指标值 that cannot be read, with the offset of the offending character so that front ends
 * can point at the exact column.
 */
public final class TargetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String zh;
    private final int offset;

    public TargetException(String zh, String en, int offset) {
        super(en);
        this.zh = zh;
        this.offset = offset;
    }

    /** The reason in Chinese; {@link #getMessage()} is the English one. */
    public String zh() {
        return zh;
    }

    /** 0-based offset into the raw text where reading failed. */
    public int offset() {
        return offset;
    }
}
