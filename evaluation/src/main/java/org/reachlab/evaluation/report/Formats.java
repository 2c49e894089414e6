package org.reachlab.evaluation.report;

import org.reachlab.stats.Estimate;

/** How the report writes numbers: percentages, points and intervals, always in the root locale. */
final class Formats {

    private Formats() {
    }

    static String f(String fmt, Object... args) {
        return Chart.f(fmt, args);
    }

    /** A share as a percentage with one decimal, or n/a. */
    static String pct(double x) {
        return Double.isNaN(x) ? "n/a" : f("%.1f%%", 100 * x);
    }

    /** A difference of shares in signed points with two decimals, or n/a. */
    static String pts(double x) {
        return Double.isNaN(x) ? "n/a" : f("%+.2f", 100 * x);
    }

    /** A mean with its interval, as a percentage or as a plain number with two decimals. */
    static String interval(Estimate i, boolean percent) {
        if (Double.isNaN(i.value())) {
            return "n/a";
        }
        if (percent) {
            return Double.isNaN(i.lo()) ? pct(i.value()) : f("%.1f%% [%.1f, %.1f]", 100 * i.value(), 100 * i.lo(),
                    100 * i.hi());
        }
        return Double.isNaN(i.lo()) ? f("%.2f", i.value()) : f("%.2f [%.2f, %.2f]", i.value(), i.lo(), i.hi());
    }

    /** A difference of shares with its interval in signed points. */
    static String intervalPoints(Estimate i) {
        if (Double.isNaN(i.value())) {
            return "n/a";
        }
        return Double.isNaN(i.lo()) ? pts(i.value()) : f("%+.2f [%+.2f, %+.2f]", 100 * i.value(), 100 * i.lo(),
                100 * i.hi());
    }
}
