package org.reachlab.pipeline.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.TimingSignal;

/**
 * Says why a call was planned, from the evidence that moved its probability most: the contact's
 * own answered calls at that weekday and hour, its segment's rate at that hour against the
 * segment's day, and what the contact stated in notes (quoted, personal data replaced, with the
 * note's date). Each piece is scored by how far it moves the log-odds of a connect from the
 * population's rate (the contact's own record shrunk toward that rate by two pseudo-attempts); the
 * two strongest that speak for the call are named, then what was avoided: a stated bad time that
 * the call keeps clear of.
 */
public final class Explainer {

    /** Attempts a segment's hour needs before the explanation quotes its rate. */
    static final int SEGMENT_MIN_ATTEMPTS = 20;

    /** The log-odds a stated preference is worth, times the extractor's confidence. */
    static final double NOTE_WEIGHT = 1.5;

    private final CallLogIndex log;
    private final NoteStatements notes;

    /** An explainer over a call log's history and the contacts' notes. */
    public Explainer(CallLogIndex log, NoteStatements notes) {
        this.log = log;
        this.notes = notes;
    }

    /** A piece of evidence and how far it moves the log-odds of a connect. */
    record Evidence(String text, double shift) {
    }

    /** The reason for a call to the contact starting at {@code localStart} (in the contact's zone). */
    public String reason(Callee callee, ZonedDateTime localStart, double probability) {
        List<Evidence> evidence = evidence(callee, localStart);
        List<String> parts = new ArrayList<>();
        evidence.stream().filter(e -> e.shift() > 0.05).sorted(Comparator.comparingDouble(Evidence::shift).reversed())
                .limit(2).forEach(e -> parts.add(e.text()));
        if (parts.isEmpty()) {
            parts.add(evidence.isEmpty() ? String.format(Locale.ROOT,
                    "no own history or notes: the model's best open hour today (%.0f%%)", 100 * probability)
                    : String.format(Locale.ROOT, "the model's best open hour today (%.0f%%); %s", 100 * probability,
                    evidence.stream().max(Comparator.comparingDouble(e -> Math.abs(e.shift()))).orElseThrow().text()));
        }
        String avoided = avoided(callee, localStart);
        if (avoided != null) {
            parts.add(avoided);
        }
        return String.join("; ", parts);
    }

    /** Every piece of evidence about the call, unsorted. */
    List<Evidence> evidence(Callee callee, ZonedDateTime localStart) {
        List<Evidence> out = new ArrayList<>();
        DayOfWeek day = localStart.getDayOfWeek();
        int hour = localStart.getHour();
        double base = clamp(log.rate());
        int[] own = log.ownRecord(callee.contact().id(), day, hour);
        if (own[0] > 0) {
            out.add(new Evidence(String.format(Locale.ROOT, "answered %d of %d calls on %s %02d-%02d", own[1], own[0],
                    CallLogIndex.plural(day), hour, hour + 1), shift(own[1], own[0], base)));
        } else if (own[2] > 0) {
            out.add(new Evidence(String.format(Locale.ROOT, "answered %d of %d calls at %02d-%02d", own[3], own[2],
                    hour, hour + 1), shift(own[3], own[2], base)));
        } else if (own[4] > 0) {
            out.add(new Evidence(String.format(Locale.ROOT, "answered %d of %d calls, none yet at this hour", own[5],
                    own[4]), 0.5 * shift(own[5], own[4], base)));
        }
        Evidence segment = segment(callee, hour);
        if (segment != null) {
            out.add(segment);
        }
        for (NoteStatements.Statement s : notes.of(callee.contact().id())) {
            TimingSignal t = s.signal();
            if (t.kind() == SignalKind.PREFER && appliesOn(t, localStart.toLocalDate())
                    && covers(t, localStart.toLocalTime())) {
                out.add(new Evidence("stated '" + quote(t.text()) + "' on " + s.at().toLocalDate(),
                        NOTE_WEIGHT * t.confidence()));
            }
        }
        return out;
    }

    private Evidence segment(Callee callee, int hour) {
        String key = CallLogIndex.segmentKey(callee.contact());
        long[] s = log.segment(key);
        if (s == null || s[hour] < SEGMENT_MIN_ATTEMPTS) {
            return null;
        }
        double rh = (double) s[24 + hour] / s[hour];
        long att = 0;
        long con = 0;
        for (int h = 0; h < 24; h++) {
            att += s[h];
            con += s[24 + h];
        }
        double all = (double) con / att;
        int from = hour;
        int to = hour + 1;
        while (from > 0 && s[from - 1] >= SEGMENT_MIN_ATTEMPTS && s[24 + from - 1] >= 0.9 * rh * s[from - 1]) {
            from--;
        }
        while (to < 24 && s[to] >= SEGMENT_MIN_ATTEMPTS && s[24 + to] >= 0.9 * rh * s[to]) {
            to++;
        }
        long n = 0;
        long k = 0;
        for (int h = from; h < to; h++) {
            n += s[h];
            k += s[24 + h];
        }
        double rate = (double) k / n;
        return new Evidence(String.format(Locale.ROOT, "%s: %.0f%% answer at %02d-%02d vs %.0f%% across the day (%d calls)",
                key, 100 * rate, from, to, 100 * all, n), logit(clamp(rh)) - logit(clamp(all)));
    }

    /** A stated bad time the call keeps clear of, or {@code null}. */
    private String avoided(Callee callee, ZonedDateTime localStart) {
        LocalDate date = localStart.toLocalDate();
        String other = null;
        for (NoteStatements.Statement s : notes.of(callee.contact().id())) {
            TimingSignal t = s.signal();
            if (!t.kind().isNegative()) {
                continue;
            }
            String quote = "stated '" + quote(t.text()) + "' on " + s.at().toLocalDate();
            if (appliesOn(t, date)) {
                if (!t.isWholeDay() && !covers(t, localStart.toLocalTime())) {
                    return "not " + window(t) + ": " + quote;
                }
            } else if (!t.isDated() && !t.days().isEmpty() && other == null) {
                other = "not " + days(t.days()) + (t.isWholeDay() ? "" : " " + window(t)) + ": " + quote;
            } else if (t.isDated() && !date.isAfter(t.dateTo()) && other == null) {
                other = "not " + t.dateFrom() + (t.dateTo().equals(t.dateFrom()) ? "" : " to " + t.dateTo()) + ": " + quote;
            }
        }
        return other;
    }

    static boolean appliesOn(TimingSignal t, LocalDate date) {
        if (t.isDated()) {
            return !date.isBefore(t.dateFrom()) && !date.isAfter(t.dateTo());
        }
        return t.days().isEmpty() || t.days().contains(date.getDayOfWeek());
    }

    static boolean covers(TimingSignal t, LocalTime time) {
        int m = time.getHour() * 60 + time.getMinute();
        return t.isWholeDay() || (m >= t.fromMinute() && m < t.toMinute());
    }

    private static String window(TimingSignal t) {
        return String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", t.fromMinute() / 60, t.fromMinute() % 60,
                t.toMinute() / 60, t.toMinute() % 60);
    }

    private static String days(List<DayOfWeek> days) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : days) {
            String n = d.name().toLowerCase(Locale.ROOT);
            names.add(Character.toUpperCase(n.charAt(0)) + n.substring(1));
        }
        return String.join("/", names);
    }

    private static String quote(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    private static double shift(int connects, int attempts, double base) {
        double shrunk = (connects + 2 * base) / (attempts + 2);
        return logit(clamp(shrunk)) - logit(base);
    }

    private static double clamp(double p) {
        return Math.max(0.01, Math.min(0.99, p));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
