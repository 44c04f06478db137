package org.zhibiao.cli.batch;

import java.util.List;
import java.util.Locale;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;

/** What a batch did, for its summary line: files, files written, errors, warnings, unusable files, time. */
public final class Tally {

    private final long start = System.nanoTime();
    private long files;
    private long written;
    private long errors;
    private long warnings;
    private long unusable;

    /** One file done: its diagnostics, whether it could be used at all, whether an output was written. */
    public void add(List<Diagnostic> diagnostics, boolean usable, boolean wrote) {
        files++;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else if (d.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        unusable += usable ? 0 : 1;
        written += wrote ? 1 : 0;
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public long unusable() {
        return unusable;
    }

    /** {@code 10000 个文件：3 个错误，12 个警告，用时 8.4 秒}, with written and unusable counts when asked or non-zero. */
    public String summary(Lang lang, boolean writes) {
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean zh = lang == Lang.ZH;
        StringBuilder line = new StringBuilder().append(files).append(zh ? " 个文件：" : " file(s): ");
        if (writes) {
            line.append(zh ? "写出 " + written + " 个，" : written + " written, ");
        }
        line.append(errors).append(zh ? " 个错误，" : " error(s), ").append(warnings).append(zh ? " 个警告" : " warning(s)");
        if (unusable > 0) {
            line.append(zh ? "，" + unusable + " 个无法使用" : ", " + unusable + " unusable");
        }
        return line.append(String.format(Locale.ROOT, zh ? "，用时 %.1f 秒" : ", %.1f s", seconds)).toString();
    }
}
