package org.zhibiao.cli;

/**
 * The exit codes every command documents in its help. Findings (1) and unusable input (2) are
 * different on purpose: a CI job fails on findings, a script retries nothing on a typo.
 */
public final class ExitCode {

    /** Done; for {@code check}, no errors. */
    public static final int OK = 0;

    /** The input was read but has errors: findings of {@code check}, a template or profile that does not compile. */
    public static final int FINDINGS = 1;

    /** Unusable input or usage: a file missing or unreadable, not YAML, of the wrong kind, or a bad option. */
    public static final int USAGE = 2;

    /** A defect in zhibiao itself; the message asks for a bug report. */
    public static final int INTERNAL = 70;

    static final String HELP = "%nExit codes:%n"
            + "  0   done; for check: no errors%n"
            + "  1   findings: the input has errors (check), or does not compile (new)%n"
            + "  2   unusable input or usage: missing or unreadable file, not YAML, bad option%n"
            + "  70  internal error in zhibiao (please report it)%n"
            + "  130 interrupted by Ctrl-C; 143 stopped by SIGTERM (summary printed, no temp file left)%n";

    private ExitCode() {
    }
}
