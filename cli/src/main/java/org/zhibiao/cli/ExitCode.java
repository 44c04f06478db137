package org.zhibiao.cli;

/**
 * The exit codes every command documents in its help. Findings (1) and unusable input (2) are
 * different on purpose: a CI job fails on findings, a script retries nothing on a typo.
 */
public final class ExitCode {

    /** Done; for {@code check}, no errors. */
    public static final int OK = 0;

    /**
     * The input was read and has errors: findings of {@code check}, a profile that does not compile
     * against its template ({@code new}), templates that differ ({@code catalogue diff}).
     */
    public static final int FINDINGS = 1;

    /**
     * The input cannot be used, or the command line is wrong: a file missing, unreadable or too large,
     * not YAML or JSON, of the wrong kind or not readable as its kind (unknown key, wrong type, a
     * malformed 指标值); a template id or version that is not found or does not resolve; an output
     * that exists or cannot be written; a bad option.
     */
    public static final int USAGE = 2;

    /** A defect in zhibiao itself; the message asks for a bug report. */
    public static final int INTERNAL = 70;

    private ExitCode() {}
}
