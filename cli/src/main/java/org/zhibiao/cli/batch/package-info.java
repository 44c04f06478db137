/**
 * Province-scale runs of {@code zhibiao new --profiles} and {@code zhibiao check DIR}: a bounded,
 * ordered, all-cores work loop ({@link org.zhibiao.cli.batch.Batch}), lazy file and CSV sources,
 * a terminal-only progress bar, the summary line, and the temp-file registry that keeps an
 * interrupted run from leaving half-written files (issue 7).
 */
package org.zhibiao.cli.batch;
