package org.reachlab.signals.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reachlab.signals.TimingSignal;

/**
 * Turns signals into the scored cells of the specification.
 *
 * <p>A cell is a string {@code <P|N>|<day or date>|<hour>}: {@code P} for PREFER, {@code N} for
 * AVOID and UNAVAILABLE; recurring signals give weekday cells ({@code MON}), dated ones date cells;
 * hours 7 to 20 (the hours 07:00–21:00); an hour counts when the window overlaps it.
 */
public final class Cells {

    /** First scored hour. */
    public static final int FIRST_HOUR = 7;
    /** End of the scored hours (exclusive). */
    public static final int END_HOUR = 21;

    private Cells() {
    }

    /**
     * The cells of some signals.
     *
     * @param signals the signals
     * @return their cells
     */
    public static Set<String> of(List<TimingSignal> signals) {
        Set<String> out = new HashSet<>();
        for (TimingSignal s : signals) {
            String side = s.kind().isNegative() ? "N" : "P";
            int from = s.fromMinute();
            int to = s.toMinute();
            for (int h = FIRST_HOUR; h < END_HOUR; h++) {
                if (h * 60 >= to || (h + 1) * 60 <= from) {
                    continue;
                }
                if (s.isDated()) {
                    for (LocalDate d = s.dateFrom(); !d.isAfter(s.dateTo()); d = d.plusDays(1)) {
                        out.add(side + "|" + d + "|" + h);
                    }
                } else {
                    List<DayOfWeek> days = s.days().isEmpty() ? List.of(DayOfWeek.values()) : s.days();
                    for (DayOfWeek d : days) {
                        out.add(side + "|" + d.name().substring(0, 3) + "|" + h);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The F1 of predicted against expected cells: 1.0 when both are empty, 0.0 when only one is.
     *
     * @param predicted predicted cells
     * @param expected  expected cells
     * @return the F1
     */
    public static double f1(Set<String> predicted, Set<String> expected) {
        if (predicted.isEmpty() && expected.isEmpty()) {
            return 1.0;
        }
        if (predicted.isEmpty() || expected.isEmpty()) {
            return 0.0;
        }
        int both = 0;
        for (String c : predicted) {
            if (expected.contains(c)) {
                both++;
            }
        }
        return 2.0 * both / (predicted.size() + expected.size());
    }
}
