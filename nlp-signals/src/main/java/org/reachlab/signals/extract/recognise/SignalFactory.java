package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.Window.DAY_END;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.TimingSignal;

/** Builds the signals of a clause: the evidence span trimmed of punctuation, windows as times of day. */
final class SignalFactory {

    private SignalFactory() {
    }

    /** One signal whose evidence is the clause. */
    static TimingSignal signal(SignalKind kind, List<DayOfWeek> days, Window w, LocalDate from, LocalDate to,
                               String zone, double confidence, Clause c) {
        int b = c.begin();
        int e = c.end();
        String t = c.text();
        while (b < e && (Character.isWhitespace(t.charAt(b)) || ",.;:-".indexOf(t.charAt(b)) >= 0)) {
            b++;
        }
        while (e > b && (Character.isWhitespace(t.charAt(e - 1)) || ",.;:!?-".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        LocalTime f = w == null ? null : toTime(w.from());
        LocalTime tt = w == null ? null : toTime(w.to());
        return new TimingSignal(kind, days, f, tt, from, to, zone, confidence, t.substring(b, e), b, e);
    }

    private static LocalTime toTime(int minute) {
        return minute >= DAY_END ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    /**
     * The signals of one dated interval: one per window, or, when the interval has a window of its
     * own and spans several days, that part of the first day and then the whole following days.
     */
    static List<TimingSignal> datedSignals(SignalKind kind, Interval iv, List<Window> windows, String zone,
                                           double confidence, Clause c) {
        List<TimingSignal> out = new ArrayList<>();
        if (iv.window() != null && iv.to().isAfter(iv.from())) {
            // partway through the first day: that part, then whole days
            out.add(signal(kind, List.of(), iv.window(), iv.from(), iv.from(), zone, confidence, c));
            out.add(signal(kind, List.of(), null, iv.from().plusDays(1), iv.to(), zone, confidence, c));
            return out;
        }
        List<Window> ws = !windows.isEmpty() ? windows : iv.window() != null ? List.of(iv.window()) : List.of();
        if (ws.isEmpty()) {
            out.add(signal(kind, List.of(), null, iv.from(), iv.to(), zone, confidence, c));
        } else {
            for (Window w : ws) {
                out.add(signal(kind, List.of(), w, iv.from(), iv.to(), zone, confidence, c));
            }
        }
        return out;
    }
}
