package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.NoteSource;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.data.time.LocalTimes;

/**
 * Writes the notes and emails of one contact from its truth: mostly ordinary sales notes with no
 * timing signal, and for a configured share of contacts a statement of their routine (from
 * their habit or their profile, exact or vague) or of a dated absence (vacation, trade fair),
 * in varied phrasing in the contact's language ({@link NotePhrases}: German for DE, Norwegian for NO,
 * English otherwise). Each statement's meaning and truth is recorded as a
 * {@link Statement}. Statements made before a routine change stay in the notes, outdated.
 */
final class NoteGenerator {

    /** The periods of the day, from hour and to hour; their words are each language's ({@link NotePhrases#period}). */
    private static final int[][] PERIODS = {
        {8, 9}, {8, 12}, {10, 12}, {12, 13}, {13, 15}, {13, 17}, {15, 17},
    };

    private final WorldConfig config;
    private long provisional;

    NoteGenerator(WorldConfig config) {
        this.config = config;
    }

    void generate(ContactTruth t, SplittableRandom r, List<Note> notes, List<Statement> statements) {
        List<Note> mine = new ArrayList<>();
        NotePhrases say = NotePhrases.of(t.contact().language());
        int fillers = WorldGenerator.poisson(r, config.notes().perContact());
        for (int i = 0; i < fillers; i++) {
            mine.add(note(t, randomWorkingTime(t, r, config.startDate(), config.endDate()),
                    say.filler(r.nextInt(NotePhrases.FILLERS)), r.nextDouble() < 0.6 ? NoteSource.CALL_NOTE : NoteSource.EMAIL_OUT));
        }
        List<Statement> pending = new ArrayList<>();
        if (r.nextDouble() < config.notes().timingShare()) {
            int count = 1 + (r.nextDouble() < 0.25 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                timingNote(t, say, r, mine, pending);
            }
        }
        mine.sort((a, b) -> a.at().toInstant().compareTo(b.at().toInstant()));
        // ids in time order; statements follow their note
        for (Note n : mine) {
            String id = "n-" + WorldGenerator.pad(notes.size() + 1, 7);
            notes.add(new Note(id, n.contactId(), n.at(), n.text(), n.source(), n.lang()));
            for (Statement s : pending) {
                if (s.noteId().equals(n.id())) {
                    statements.add(new Statement(id, s.contactId(), s.kind(), s.days(), s.from(), s.to(),
                            s.dateFrom(), s.dateTo(), s.basis(), s.vague(), s.validUntil(), s.rateInside(),
                            s.rateOutside()));
                }
            }
        }
    }

    private void timingNote(ContactTruth t, NotePhrases say, SplittableRandom r, List<Note> mine, List<Statement> out) {
        List<TruthEvent> absences = t.events().stream()
                .filter(e -> e.kind() == TruthEvent.Kind.VACATION || e.kind() == TruthEvent.Kind.FAIR)
                .filter(e -> e.from().isAfter(config.startDate().plusDays(3)) && e.from().isBefore(config.endDate()))
                .toList();
        double u = r.nextDouble();
        if (!absences.isEmpty() && u < 0.4) {
            absenceNote(t, say, absences.get(r.nextInt(absences.size())), r, mine, out);
        } else if (config.monthEnd().roles() != null && config.monthEnd().roles().containsKey(t.contact().role())
                && u < 0.5) {
            LocalDateTime at = randomWorkingTime(t, r, config.startDate(), config.endDate());
            Note n = note(t, at, say.monthEnd(r.nextInt(2)), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(new Statement(n.id(), t.contact().id(), SignalKind.AVOID, List.of(), null, null, null, null,
                    "month_end", true, t.driftDate() == null ? null : t.driftDate().minusDays(1), Double.NaN, Double.NaN));
        } else {
            // routine statements are more often made early, so that some are outdated after drift
            LocalDate until = t.driftDate() != null && r.nextDouble() < 0.7 ? t.driftDate() : config.endDate();
            LocalDateTime at = randomWorkingTime(t, r, config.startDate(), until);
            Profile p = t.profileOn(at.toLocalDate());
            if (p.habit() != null && r.nextDouble() < 0.8) {
                habitNote(t, say, p, at, r, mine, out);
            } else {
                profileNote(t, say, p, at, r, mine, out);
            }
        }
    }

    private void habitNote(ContactTruth t, NotePhrases say, Profile p, LocalDateTime at, SplittableRandom r,
                           List<Note> mine, List<Statement> out) {
        Habit h = p.habit();
        String days = say.daysPlural(h.days());
        List<String> codes = h.days().stream().map(NoteGenerator::code).toList();
        boolean vague = r.nextDouble() < config.notes().vagueShare();
        String text;
        boolean toldByOthers;
        int fromMin;
        int toMin;
        if (vague) {
            int period = periodFor(h.fromMinute(), h.toMinute());
            fromMin = PERIODS[period][0] * 60;
            toMin = PERIODS[period][1] * 60;
            int i = r.nextInt(3);
            text = say.habitVague(i, days, say.period(period));
            toldByOthers = i >= 1;
        } else {
            fromMin = h.fromMinute();
            toMin = h.toMinute();
            String a = say.clock(fromMin, r.nextInt(3));
            String b = say.clock(toMin, r.nextInt(3));
            int i = r.nextInt(4);
            text = say.habitExact(i, days, a, b);
            toldByOthers = i == 2;
        }
        Note n = note(t, at, text, toldByOthers ? NoteSource.CALL_NOTE : NoteSource.EMAIL_IN);
        mine.add(n);
        out.add(recurring(t, n, SignalKind.PREFER, codes, fromMin, toMin, "habit", vague, p));
    }

    private void profileNote(ContactTruth t, NotePhrases say, Profile p, LocalDateTime at, SplittableRandom r,
                             List<Note> mine, List<Statement> out) {
        double[] hourly = new double[24];
        for (int h = 8; h < 18; h++) {
            for (int d = 0; d < 5; d++) {
                hourly[h] += p.at(d * 24 + h) / 5;
            }
        }
        double max = 0;
        for (int h = 8; h < 18; h++) {
            max = Math.max(max, hourly[h]);
        }
        boolean restaurant = "restaurant".equals(t.contact().industry());
        if (restaurant && r.nextDouble() < 0.5) {
            Note n = note(t, at, say.lunchService(r.nextInt(2)), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.AVOID, List.of(), 11 * 60, 14 * 60, "segment", false, p));
            return;
        }
        if ((hourly[8] + hourly[9]) / 2 < 0.5 * max && r.nextDouble() < 0.5) {
            Note n = note(t, at, say.notBeforeTen(r.nextInt(3)), NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.AVOID, List.of(), 8 * 60, 10 * 60, "segment", false, p));
            return;
        }
        boolean vague = r.nextDouble() < config.notes().vagueShare() * 2;
        if (vague) {
            int best = 1;
            double bestMean = -1;
            for (int k = 0; k < PERIODS.length; k++) {
                int a = PERIODS[k][0];
                int b = PERIODS[k][1];
                double m = 0;
                for (int h = a; h < b; h++) {
                    m += hourly[h] / (b - a);
                }
                if (b - a >= 2 && m > bestMean) {
                    bestMean = m;
                    best = k;
                }
            }
            Note n = note(t, at, say.bestPeriod(r.nextInt(3), say.period(best)), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.PREFER, List.of(), PERIODS[best][0] * 60, PERIODS[best][1] * 60,
                    "segment", true, p));
        } else {
            int bestStart = 8;
            double bestMean = -1;
            for (int a = 8; a <= 16; a++) {
                double m = (hourly[a] + hourly[a + 1]) / 2;
                if (m > bestMean) {
                    bestMean = m;
                    bestStart = a;
                }
            }
            String a = say.clock(bestStart * 60, r.nextInt(3));
            String b = say.clock((bestStart + 2) * 60, r.nextInt(3));
            Note n = note(t, at, say.bestHours(r.nextInt(2), a, b), NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.PREFER, List.of(), bestStart * 60, (bestStart + 2) * 60, "segment", false, p));
        }
    }

    private void absenceNote(ContactTruth t, NotePhrases say, TruthEvent e, SplittableRandom r, List<Note> mine,
                             List<Statement> out) {
        String basis = e.kind() == TruthEvent.Kind.FAIR ? "fair" : "vacation";
        LocalDate back = e.to().plusDays(1);
        while (back.getDayOfWeek().getValue() > 5) {
            back = back.plusDays(1);
        }
        boolean during = e.kind() == TruthEvent.Kind.VACATION && r.nextDouble() < 0.35
                && e.from().plusDays(1).isBefore(config.endDate());
        if (during) {
            LocalDate day = e.from().plusDays(r.nextInt((int) Math.max(1, Math.min(
                    ChronoUnit.DAYS.between(e.from(), e.to()), 4))));
            LocalDateTime at = day.atTime(7 + r.nextInt(12), r.nextInt(60));
            // both wordings' dates are drawn before the wording, as they always were
            String[] backs = {say.date(back, r.nextInt(4)), say.date(back, r.nextInt(4))};
            int i = r.nextInt(2);
            Note n = note(t, at, say.absentUntil(i, backs[i]), NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, day, back.minusDays(1), basis));
            return;
        }
        LocalDate first = e.from().minusDays(1 + r.nextInt(10));
        while (first.getDayOfWeek().getValue() > 5) {
            first = first.minusDays(1);
        }
        LocalDateTime at = first.atTime(8 + r.nextInt(10), r.nextInt(60));
        if (e.kind() == TruthEvent.Kind.FAIR) {
            String[][] dates = {{say.date(e.from(), r.nextInt(4)), say.date(e.to(), r.nextInt(4))},
                {say.date(e.from(), r.nextInt(4)), say.date(e.to(), r.nextInt(4))}};
            int i = r.nextInt(2);
            Note n = note(t, at, say.fair(i, e.detail(), dates[i][0], dates[i][1]),
                    r.nextBoolean() ? NoteSource.CALL_NOTE : NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, e.from(), e.to(), basis));
            return;
        }
        if (r.nextBoolean()) {
            String from = say.date(e.from(), r.nextInt(4));
            Note n = note(t, at, say.vacation(from, say.date(e.to(), r.nextInt(4))), NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, e.from(), e.to(), basis));
        } else {
            String from = say.date(e.from(), r.nextInt(4));
            String to = say.date(e.to(), r.nextInt(4));
            Note n = note(t, at, say.outOfOffice(from, to, say.date(back, r.nextInt(4))), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, e.from(), e.to(), basis));
            out.add(dated(t, n, SignalKind.PREFER, back, back, basis));
        }
    }

    private Statement recurring(ContactTruth t, Note n, SignalKind kind, List<String> days, int fromMin, int toMin,
                                String basis, boolean vague, Profile p) {
        double inSum = 0;
        double outSum = 0;
        int in = 0;
        int outN = 0;
        for (int d = 0; d < 5; d++) {
            boolean dayIn = days.isEmpty() || days.contains(code(DayOfWeek.of(d + 1)));
            for (int h = 8; h < 18; h++) {
                boolean cell = dayIn && h * 60 + 60 > fromMin && h * 60 < toMin;
                double v = t.wrongNumber() ? 0 : p.at(d * 24 + h);
                if (cell) {
                    inSum += v;
                    in++;
                } else {
                    outSum += v;
                    outN++;
                }
            }
        }
        LocalDate drift = t.driftDate();
        LocalDate validUntil = drift != null && n.at().toLocalDate().isBefore(drift) ? drift.minusDays(1) : null;
        return new Statement(n.id(), t.contact().id(), kind, days, LocalTime.of(fromMin / 60, fromMin % 60),
                toMin >= 24 * 60 ? LocalTime.MAX : LocalTime.of(toMin / 60, toMin % 60), null, null, basis, vague,
                validUntil, in == 0 ? Double.NaN : inSum / in, outN == 0 ? Double.NaN : outSum / outN);
    }

    private Statement dated(ContactTruth t, Note n, SignalKind kind, LocalDate from, LocalDate to, String basis) {
        double inSum = 0;
        int in = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int h = 8; h < 18; h++) {
                inSum += t.wrongNumber() ? 0 : t.profileOn(d).at(LocalSlot.indexOf(d.getDayOfWeek(), h)) * t.dayFactor(d);
                in++;
            }
        }
        double outSum = 0;
        int outN = 0;
        LocalDate weekStart = from.minusDays(from.getDayOfWeek().getValue() - 1L);
        for (LocalDate d = weekStart.minusWeeks(1); d.isBefore(weekStart); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (int h = 8; h < 18; h++) {
                outSum += t.wrongNumber() ? 0 : t.profileOn(d).at(LocalSlot.indexOf(d.getDayOfWeek(), h)) * t.dayFactor(d);
                outN++;
            }
        }
        return new Statement(n.id(), t.contact().id(), kind, List.of(), null, null, from, to, basis, false, null,
                in == 0 ? Double.NaN : inSum / in, outN == 0 ? Double.NaN : outSum / outN);
    }

    /** The index of the narrowest period holding a window, else morning or afternoon by its middle. */
    private static int periodFor(int fromMin, int toMin) {
        int best = -1;
        for (int k = 0; k < PERIODS.length; k++) {
            int a = PERIODS[k][0] * 60;
            int b = PERIODS[k][1] * 60;
            if (a <= fromMin && toMin <= b && (best < 0 || b - a < (PERIODS[best][1] - PERIODS[best][0]) * 60)) {
                best = k;
            }
        }
        if (best >= 0) {
            return best;
        }
        int mid = (fromMin + toMin) / 2;
        return mid < 12 * 60 ? 1 : 5;
    }

    private LocalDateTime randomWorkingTime(ContactTruth t, SplittableRandom r, LocalDate from, LocalDate until) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, until));
        LocalDate d = from.plusDays(r.nextLong(span));
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        if (d.isBefore(from)) {
            d = from;
        }
        return d.atTime(8 + r.nextInt(10), r.nextInt(60));
    }

    private Note note(ContactTruth t, LocalDateTime local, String text, NoteSource source) {
        Contact c = t.contact();
        OffsetDateTime at = LocalTimes.toInstant(local, c.zone()).atZone(c.zone()).toOffsetDateTime();
        // a provisional id unique within this contact; replaced by the global id in time order
        return new Note("tmp-" + (++provisional), c.id(), at, text, source, NotePhrases.of(c.language()).language());
    }

    private static String code(DayOfWeek d) {
        return d.name().substring(0, 3);
    }





}
