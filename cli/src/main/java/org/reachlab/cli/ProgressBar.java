package org.reachlab.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command on standard error: on a terminal, one bar redrawn in place
 * ({@code [#########-----------]  9/20  45%  12.3 s  seed 1: model bayes trained}); otherwise
 * (a log, CI) one line per finished step with the same counts.
 */
final class ProgressBar {

    private static final int WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start;
    private int total;
    private int done;

    ProgressBar(PrintWriter err, boolean terminal, long startNanos) {
        this.err = err;
        this.terminal = terminal;
        this.start = startNanos;
    }

    /** The number of steps; steps past it are still shown, with the total raised. */
    void total(int steps) {
        this.total = steps;
    }

    /** One step finished, described by {@code line}. */
    void step(String line) {
        done++;
        int n = Math.max(total, done);
        int filled = n == 0 ? 0 : (int) Math.round(WIDTH * (double) done / n);
        String text = String.format(Locale.ROOT, "[%s%s] %3d/%d %3d%% %7.1f s  %s", "#".repeat(filled),
                "-".repeat(WIDTH - filled), done, n, Math.round(100.0 * done / n), (System.nanoTime() - start) / 1e9,
                line);
        if (terminal) {
            err.print("\r\033[2K" + text);
            if (done >= n) {
                err.println();
            }
        } else {
            err.println(text);
        }
        err.flush();
    }
}
