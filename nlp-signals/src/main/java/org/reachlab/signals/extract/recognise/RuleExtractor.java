package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.SignalFactory.datedSignals;
import static org.reachlab.signals.extract.recognise.SignalFactory.signal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.gate.AvailabilityGate;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * The rule layer of one language: splits sentences into clauses, asks the recognisers what each
 * clause states (times, periods, weekdays, dates, absences, returns, negation, cue words, zones)
 * and decides the signals following the timing-signal specification. Within a clause an absence
 * beats a return, which beats negation, which beats busy words, which beat preferences; a single
 * weekday reads as a date, plural weekdays and habit words as recurring.
 *
 * <p>Stateless after construction and safe to share between threads.
 */
public final class RuleExtractor {

    private final TextNormaliser normaliser;
    private final ClauseSplitter splitter;
    private final NonSignalFilter nonSignals;
    private final TimeRecogniser times;
    private final PeriodRecogniser periods;
    private final DayRecogniser days;
    private final DateRecogniser dates;
    private final IntervalReader intervals;
    private final AbsenceRecogniser absences;
    private final NegationRecogniser negation;
    private final KindCues cues;
    private final ZoneRecogniser zones;
    /** Whether a clause the rules read states availability at all (null: every clause does). */
    private final AvailabilityGate gate;
    /** "from" right before a date: the start of an absence whose end is a later return. */
    private final Pattern openStart;

    /**
     * Builds the rules of a language.
     *
     * @param lex the language's lexicon
     * @throws IllegalStateException when the lexicon lacks a key the rules read
     */
    public RuleExtractor(Lexicon lex) {
        this(lex, AvailabilityGate.shipped(lex));
    }

    /**
     * Builds the rules of a language with a given availability gate.
     *
     * @param lex  the language's lexicon
     * @param gate decides whether a clause with signals states availability; null keeps every clause
     * @throws IllegalStateException when the lexicon lacks a key the rules read
     */
    public RuleExtractor(Lexicon lex, AvailabilityGate gate) {
        this.gate = gate;
        normaliser = new TextNormaliser(lex);
        splitter = new ClauseSplitter(lex);
        nonSignals = new NonSignalFilter(lex);
        times = new TimeRecogniser(lex);
        periods = new PeriodRecogniser(lex);
        days = new DayRecogniser(lex);
        dates = new DateRecogniser(lex);
        intervals = new IntervalReader(lex, days);
        absences = new AbsenceRecogniser(lex);
        negation = new NegationRecogniser(lex);
        cues = new KindCues(lex);
        zones = new ZoneRecogniser(lex);
        openStart = Pattern.compile("(?<![\\p{L}])(?:" + lex.required("conn.from") + ")\\s+$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Tells whether SUTime could add anything the rules would accept: its dates are only used when
     * written with a month name, an ordinal or a d.m / d/m form, so a text without one skips SUTime.
     *
     * @param text the note text
     * @return false when SUTime's dates would all be ignored
     */
    public boolean needsSutime(String text) {
        return dates.needsSutime(text);
    }

    /**
     * Extracts the signals of a text.
     *
     * @param text       the note text
     * @param analysis   its sentences, tokens and SUTime dates
     * @param noteLocal  the note's timestamp in the person's zone
     * @param personZone the person's zone when known, or null
     * @return the signals in text order
     */
    public List<TimingSignal> extract(String text, TextAnalysis analysis, LocalDateTime noteLocal, ZoneId personZone) {
        String norm = normaliser.normalise(text);
        String lower = TextNormaliser.lowerSameLength(norm);
        List<TimingSignal> out = new ArrayList<>();
        for (TextAnalysis.Sentence s : splitter.mergeDateBreaks(text, analysis.sentences())) {
            List<TimingSignal> sentenceSignals = new ArrayList<>();
            boolean[] absenceWithoutTime = {false};
            for (int[] c : splitter.clauses(lower, s.begin(), s.end())) {
                Clause clause = new Clause(text, norm, lower, c[0], c[1], s, analysis, noteLocal, personZone);
                List<TimingSignal> read = readClause(clause, absenceWithoutTime);
                if (!read.isEmpty() && gate != null && !gate.statesAvailability(text.substring(c[0], c[1]),
                        s.tokens().stream().filter(t -> t.begin() >= c[0] && t.end() <= c[1]).toList())) {
                    // the clause mentions a time without stating when a person can be reached
                    continue;
                }
                sentenceSignals.addAll(read);
            }
            String sentenceLower = lower.substring(s.begin(), s.end());
            if (nonSignals.isOfferSentence(sentenceLower)) {
                continue;
            }
            if (nonSignals.isPhoneOnly(sentenceLower)) {
                sentenceSignals.removeIf(x -> x.kind() == SignalKind.UNAVAILABLE);
            }
            for (TimingSignal x : sentenceSignals) {
                if (out.stream().noneMatch(o -> o.sameMeaning(x))) {
                    out.add(x);
                }
            }
        }
        return out;
    }

    /**
     * Reads one clause.
     *
     * @param c                  the clause
     * @param absenceWithoutTime in/out: whether an earlier clause of the sentence stated an absence without a time
     */
    private List<TimingSignal> readClause(Clause c, boolean[] absenceWithoutTime) {
        String lc = c.lc();
        String orig = c.original();
        if (nonSignals.statesNothing(c, lc)) {
            return List.of();
        }
        List<DateMention> dateMentions = dates.dateMentions(c, lc);
        // a clock range inside a date ("July 5 - 6") is not a time
        List<Window> clocks = times.clockWindows(lc).stream()
                .filter(w -> dateMentions.stream().noneMatch(d -> d.begin() < w.end() && w.begin() < d.end())).toList();
        List<Window> periodWindows = periods.periodWindows(lc, orig, clocks);
        List<DayMention> dayMentions = days.dayMentions(lc, orig);
        boolean absent = absences.absent(lc, orig);
        if (clocks.isEmpty() && periodWindows.isEmpty() && dayMentions.isEmpty() && dateMentions.isEmpty()) {
            if (absent) {
                absenceWithoutTime[0] = true;
            }
            return List.of();
        }
        boolean offered = cues.offered(lc);
        boolean pref = cues.prefers(lc);
        boolean neg = negation.negated(lc);
        KindCues.Busy busy = cues.busy(lc, !clocks.isEmpty() || !periodWindows.isEmpty());
        boolean habit = cues.habitual(lc, dayMentions);
        double confidence = cues.confidence(lc);
        String zone = zones.zone(orig, c.personZone());

        List<Window> windows = clocks.isEmpty() ? periodWindows : TimeRecogniser.adjustMeridian(clocks, periodWindows);

        int returnAt = absences.returnAt(lc);
        if (returnAt >= 0) {
            List<TimingSignal> returned = readReturn(c, returnAt, dateMentions, dayMentions, windows, zone, confidence,
                    absenceWithoutTime[0]);
            if (returned != null) {
                return returned;
            }
        }

        SignalKind kind;
        if (absent && !(offered && pref)) {
            kind = SignalKind.UNAVAILABLE;
        } else if (neg) {
            kind = SignalKind.AVOID;
        } else if (busy.busy()) {
            kind = SignalKind.AVOID;
        } else if (pref && !busy.untimedMeeting()) {
            kind = SignalKind.PREFER;
        } else {
            return List.of();
        }

        // a single weekday reads as a date, a range of weekdays as a habit, unless the statement is an absence
        boolean singularDays = dayMentions.stream().anyMatch(d -> !d.plural() && !d.range());
        boolean dated = !dateMentions.isEmpty() || (singularDays && !habit)
                || (kind == SignalKind.UNAVAILABLE && !dayMentions.isEmpty() && !habit);
        if (dated) {
            return datedReading(c, kind, busy.busy(), dateMentions, dayMentions, windows, zone, confidence);
        }
        return recurringReading(c, kind, habit, dayMentions, windows, zone, confidence);
    }

    /**
     * Returns: "back on Monday" is a preference for that day; a stated absence before it runs until
     * the day before.
     *
     * @return the signals, or null when no date follows the return (then the clause reads as usual)
     */
    private List<TimingSignal> readReturn(Clause c, int returnAt, List<DateMention> dateMentions,
                                          List<DayMention> dayMentions, List<Window> windows, String zone,
                                          double confidence, boolean absenceWithoutTime) {
        String lc = c.lc();
        String orig = c.original();
        List<DateMention> afterReturn = new ArrayList<>();
        List<DayMention> daysAfter = dayMentions.stream()
                .filter(d -> d.begin() > returnAt && !days.adjacentToDate(d, dateMentions, lc)).toList();
        for (DateMention d : dateMentions) {
            if (d.begin() > returnAt) {
                afterReturn.add(d);
            }
        }
        for (DayMention d : daysAfter) {
            afterReturn.addAll(days.weekdayDates(d, lc, c, windows));
        }
        if (afterReturn.isEmpty()) {
            return null;
        }
        List<TimingSignal> out = new ArrayList<>();
        DateMention first = afterReturn.stream().min((a, b) -> Integer.compare(a.begin(), b.begin())).get();
        Window w = windows.isEmpty() ? null : windows.get(0);
        out.add(signal(SignalKind.PREFER, List.of(), w, first.from(), first.from(), zone, confidence, c));
        List<DateMention> before = dateMentions.stream().filter(d -> d.begin() < returnAt).toList();
        List<DayMention> daysBefore = dayMentions.stream().filter(d -> d.begin() < returnAt).toList();
        boolean absentBefore = absences.absent(lc.substring(0, returnAt), orig.substring(0, returnAt))
                || absenceWithoutTime || absences.returnsFromAbsence(lc);
        List<DateMention> beforeAll = new ArrayList<>(before);
        for (DayMention d : daysBefore) {
            if (!days.adjacentToDate(d, before, lc)) {
                beforeAll.addAll(days.weekdayDates(d, lc, c, List.of()));
            }
        }
        beforeAll.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        if (absentBefore) {
            if (beforeAll.isEmpty()) {
                LocalDate last = first.from().minusDays(1);
                if (!last.isBefore(c.noteDate())) {
                    out.add(0, signal(SignalKind.UNAVAILABLE, List.of(), null, c.noteDate(), last, zone, confidence, c));
                }
            } else if (beforeAll.size() == 1 && openStart.matcher(lc.substring(0, beforeAll.get(0).begin())).find()
                    && beforeAll.get(0).to().isBefore(first.from().minusDays(1))) {
                // "from week 28, back on 3 August": the absence runs from its start to the day before the return
                out.add(0, signal(SignalKind.UNAVAILABLE, List.of(), null, beforeAll.get(0).from(), first.from().minusDays(1),
                        zone, confidence, c));
            } else {
                for (Interval iv : intervals.intervals(beforeAll, lc, c.noteDate())) {
                    out.addAll(0, datedSignals(SignalKind.UNAVAILABLE, iv, List.of(), zone, confidence, c));
                }
            }
        }
        return out;
    }

    /** A dated statement: its dates and weekdays chained into intervals. */
    private List<TimingSignal> datedReading(Clause c, SignalKind kind, boolean busyCue, List<DateMention> dateMentions,
                                            List<DayMention> dayMentions, List<Window> windows, String zone,
                                            double confidence) {
        String lc = c.lc();
        List<DateMention> all = new ArrayList<>(dateMentions);
        for (DayMention d : dayMentions) {
            if (!days.adjacentToDate(d, dateMentions, lc)) {
                List<DateMention> wd = days.weekdayDates(d, lc, c, windows);
                for (DateMention x : wd) {
                    all.removeIf(o -> !o.weekday() && o.begin() >= x.begin() && o.end() <= x.end());
                }
                all.addAll(wd);
            }
        }
        all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        if (all.isEmpty()) {
            return List.of();
        }
        SignalKind k = kind;
        if (k == SignalKind.UNAVAILABLE && windows.stream().anyMatch(Window::clock) && busyCue) {
            k = SignalKind.AVOID;
        }
        List<TimingSignal> out = new ArrayList<>();
        for (Interval iv : intervals.withDuration(intervals.intervals(all, lc, c.noteDate()), lc)) {
            out.addAll(datedSignals(k, iv, windows, zone, confidence, c));
        }
        return out;
    }

    /** A recurring statement: weekdays and windows; an absence only counts as a habit, then as avoid. */
    private List<TimingSignal> recurringReading(Clause c, SignalKind kind, boolean habit, List<DayMention> dayMentions,
                                                List<Window> windows, String zone, double confidence) {
        SignalKind k = kind;
        if (k == SignalKind.UNAVAILABLE) {
            if (!habit) {
                return List.of();
            }
            k = SignalKind.AVOID;
        }
        Set<DayOfWeek> daySet = EnumSet.noneOf(DayOfWeek.class);
        dayMentions.forEach(d -> daySet.addAll(d.days()));
        if (windows.isEmpty() && daySet.isEmpty()) {
            return List.of();
        }
        List<DayOfWeek> dayList = new ArrayList<>(daySet);
        List<TimingSignal> out = new ArrayList<>();
        if (windows.isEmpty()) {
            out.add(signal(k, dayList, null, null, null, zone, confidence, c));
        } else {
            for (Window w : windows) {
                out.add(signal(k, dayList, w, null, null, zone, confidence, c));
            }
        }
        return out;
    }
}
