package org.reachlab.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.reachlab.data.domain.SignalKind;

/**
 * One statement about when the note's contact can or cannot be reached.
 *
 * <p>A signal is either <em>recurring</em> ({@code dateFrom} and {@code dateTo} null; {@code days}
 * empty meaning every day) or <em>dated</em> (both dates set, inclusive, {@code days} empty). The
 * window {@code [from, to)} is local wall-clock time; both null mean the whole day. A {@code to} of
 * {@link LocalTime#MIDNIGHT} after a later {@code from} means the end of the day (written "24:00").
 *
 * @param kind       what is said
 * @param days       the weekdays of a recurring signal, in week order; empty for every day or a dated signal
 * @param from       window start, or null for a whole day
 * @param to         window end (exclusive), or null for a whole day
 * @param dateFrom   first day of a dated signal, or null
 * @param dateTo     last day (inclusive) of a dated signal, or null
 * @param zone       the IANA zone stated in the text, or null
 * @param confidence how sure the extractor is, 0–1
 * @param text       the evidence
 * @param spanBegin  offset of the evidence in the note text
 * @param spanEnd    end offset (exclusive) of the evidence
 */
public record TimingSignal(SignalKind kind, List<DayOfWeek> days, LocalTime from, LocalTime to,
                           LocalDate dateFrom, LocalDate dateTo, String zone, double confidence,
                           String text, int spanBegin, int spanEnd) {

    public TimingSignal {
        Objects.requireNonNull(kind, "kind");
        days = days == null ? List.of() : List.copyOf(days.stream().distinct().sorted().toList());
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must both be set or both be null, received from="
                    + from + " to=" + to);
        }
        if ((dateFrom == null) != (dateTo == null)) {
            throw new IllegalArgumentException("dateFrom and dateTo must both be set or both be null, received dateFrom="
                    + dateFrom + " dateTo=" + dateTo);
        }
        if (dateFrom != null && dateTo.isBefore(dateFrom)) {
            throw new IllegalArgumentException("dateTo must not be before dateFrom, received dateFrom="
                    + dateFrom + " dateTo=" + dateTo);
        }
        if (dateFrom != null && !days.isEmpty()) {
            throw new IllegalArgumentException("a dated signal carries no days, received days=" + days);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1, received " + confidence);
        }
        text = text == null ? "" : text;
    }

    /** True when the signal is about particular dates. */
    public boolean isDated() {
        return dateFrom != null;
    }

    /** True when the signal covers whole days. */
    public boolean isWholeDay() {
        return from == null;
    }

    /** Window start in minutes of the day (0 for a whole day). */
    public int fromMinute() {
        return from == null ? 0 : from.toSecondOfDay() / 60;
    }

    /** Window end in minutes of the day (1440 for a whole day or a window ending at midnight). */
    public int toMinute() {
        if (to == null) {
            return 24 * 60;
        }
        int m = to.toSecondOfDay() / 60;
        return m == 0 ? 24 * 60 : m;
    }

    /** The same signal with another span and evidence text. */
    public TimingSignal withEvidence(String newText, int begin, int end) {
        return new TimingSignal(kind, days, from, to, dateFrom, dateTo, zone, confidence, newText, begin, end);
    }

    /**
     * A short reading of the signal, e.g. {@code PREFER [TUE, THU] 14:00-15:00} or
     * {@code UNAVAILABLE 2026-03-02..2026-03-06 all-day Europe/Berlin}.
     */
    public String summary() {
        StringBuilder b = new StringBuilder(kind.name());
        if (isDated()) {
            b.append(' ').append(dateFrom);
            if (!dateTo.equals(dateFrom)) {
                b.append("..").append(dateTo);
            }
        } else {
            b.append(' ').append(days.isEmpty() ? "daily"
                    : days.stream().map(d -> d.name().substring(0, 3)).toList().toString());
        }
        b.append(' ').append(from == null ? "all-day" : from + "-" + (toMinute() == 24 * 60 ? "24:00" : to.toString()));
        if (zone != null) {
            b.append(' ').append(zone);
        }
        return b.toString();
    }

    /** True when both signals say the same thing (kind, days, window, dates), whatever the evidence. */
    public boolean sameMeaning(TimingSignal o) {
        return kind == o.kind && days.equals(o.days) && Objects.equals(from, o.from) && Objects.equals(to, o.to)
                && Objects.equals(dateFrom, o.dateFrom) && Objects.equals(dateTo, o.dateTo);
    }
}
