package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * in varied English phrasing. Each statement's meaning and truth is recorded as a
 * {@link Statement}. Statements made before a routine change stay in the notes, outdated.
 */
final class NoteGenerator {

    private static final String[] FILLERS = {
        "Sent the price list as requested.",
        "Asked for a case study from a company of similar size.",
        "Interested, but budget decisions are made at the start of the year.",
        "Left a message with reception.",
        "Not the right person; suggested we talk to procurement instead.",
        "Will send the proposal by tomorrow morning.",
        "As discussed this morning, the contract draft is attached.",
        "Please call me on my cell, the office line is being replaced.",
        "Thanks for the demo. Forwarding to the team for feedback.",
        "They are using a competitor's product, contract runs out next year.",
        "Requested a quote for 20 licences.",
        "The report will be ready Tuesday, I will share it with you.",
        "Asked about integration with their ERP system.",
        "Gatekeeper would not put me through, no reason given.",
        "Happy with current supplier, follow up in a few months.",
        "Sent the follow-up email with the brochure and references.",
        "Questions about pricing tiers and payment terms.",
        "Confirmed receipt of the samples.",
        "Wants to see a reference customer in the same industry.",
        "Number in the CRM was outdated, updated it.",
    };

    private static final String[][] PERIODS = {
        // word, from hour, to hour
        {"first thing in the morning", "8", "9"},
        {"in the morning", "8", "12"},
        {"late morning", "10", "12"},
        {"around lunchtime", "12", "13"},
        {"early afternoon", "13", "15"},
        {"in the afternoon", "13", "17"},
        {"late afternoon", "15", "17"},
    };

    private final WorldConfig config;
    private long provisional;

    NoteGenerator(WorldConfig config) {
        this.config = config;
    }

    void generate(ContactTruth t, SplittableRandom r, List<Note> notes, List<Statement> statements) {
        List<Note> mine = new ArrayList<>();
        int fillers = WorldGenerator.poisson(r, config.notes().perContact());
        for (int i = 0; i < fillers; i++) {
            mine.add(note(t, randomWorkingTime(t, r, config.startDate(), config.endDate()),
                    FILLERS[r.nextInt(FILLERS.length)], r.nextDouble() < 0.6 ? NoteSource.CALL_NOTE : NoteSource.EMAIL_OUT));
        }
        List<Statement> pending = new ArrayList<>();
        if (r.nextDouble() < config.notes().timingShare()) {
            int count = 1 + (r.nextDouble() < 0.25 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                timingNote(t, r, mine, pending);
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

    private void timingNote(ContactTruth t, SplittableRandom r, List<Note> mine, List<Statement> out) {
        List<TruthEvent> absences = t.events().stream()
                .filter(e -> e.kind() == TruthEvent.Kind.VACATION || e.kind() == TruthEvent.Kind.FAIR)
                .filter(e -> e.from().isAfter(config.startDate().plusDays(3)) && e.from().isBefore(config.endDate()))
                .toList();
        double u = r.nextDouble();
        if (!absences.isEmpty() && u < 0.4) {
            absenceNote(t, absences.get(r.nextInt(absences.size())), r, mine, out);
        } else if (config.monthEnd().roles() != null && config.monthEnd().roles().containsKey(t.contact().role())
                && u < 0.5) {
            LocalDateTime at = randomWorkingTime(t, r, config.startDate(), config.endDate());
            Note n = note(t, at, pick(r, "Avoid the last days of the month, we are closing the books then.",
                    "Month-end is always hectic for her, better to try in the first half of the month."),
                    NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(new Statement(n.id(), t.contact().id(), SignalKind.AVOID, List.of(), null, null, null, null,
                    "month_end", true, t.driftDate() == null ? null : t.driftDate().minusDays(1), Double.NaN, Double.NaN));
        } else {
            // routine statements are more often made early, so that some are outdated after drift
            LocalDate until = t.driftDate() != null && r.nextDouble() < 0.7 ? t.driftDate() : config.endDate();
            LocalDateTime at = randomWorkingTime(t, r, config.startDate(), until);
            Profile p = t.profileOn(at.toLocalDate());
            if (p.habit() != null && r.nextDouble() < 0.8) {
                habitNote(t, p, at, r, mine, out);
            } else {
                profileNote(t, p, at, r, mine, out);
            }
        }
    }

    private void habitNote(ContactTruth t, Profile p, LocalDateTime at, SplittableRandom r, List<Note> mine,
                           List<Statement> out) {
        Habit h = p.habit();
        String days = daysPlural(h.days());
        List<String> codes = h.days().stream().map(NoteGenerator::code).toList();
        boolean vague = r.nextDouble() < config.notes().vagueShare();
        String text;
        int fromMin;
        int toMin;
        if (vague) {
            String[] period = periodFor(h.fromMinute(), h.toMinute());
            fromMin = Integer.parseInt(period[1]) * 60;
            toMin = Integer.parseInt(period[2]) * 60;
            text = pick(r, days + " " + period[0] + " are usually good for me.",
                    "Try her " + period[0] + " on " + days + ", that is when she is at her desk.",
                    "He said " + days + " " + period[0] + " is the best time to call.");
        } else {
            fromMin = h.fromMinute();
            toMin = h.toMinute();
            String a = clock(fromMin, r);
            String b = clock(toMin, r);
            text = pick(r, "Best to reach me " + days + " between " + a + " and " + b + ".",
                    "I'm usually free " + days + " from " + a + " to " + b + " if you want to call.",
                    "Assistant says " + days + " " + a + " to " + b + " is when he takes calls.",
                    "Call me " + days + " between " + a + " and " + b + ", the rest of the week is packed.");
        }
        Note n = note(t, at, text, text.startsWith("Assistant") || text.startsWith("He said")
                || text.startsWith("Try her") ? NoteSource.CALL_NOTE : NoteSource.EMAIL_IN);
        mine.add(n);
        out.add(recurring(t, n, SignalKind.PREFER, codes, fromMin, toMin, "habit", vague, p));
    }

    private void profileNote(ContactTruth t, Profile p, LocalDateTime at, SplittableRandom r, List<Note> mine,
                             List<Statement> out) {
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
            Note n = note(t, at, pick(r, "Never call between 11 and 2, that is lunch service.",
                    "Don't call during lunch service, 11 to 2 is impossible for him."), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.AVOID, List.of(), 11 * 60, 14 * 60, "segment", false, p));
            return;
        }
        if ((hourly[8] + hourly[9]) / 2 < 0.5 * max && r.nextDouble() < 0.5) {
            Note n = note(t, at, pick(r, "Please don't call before 10, mornings are full of stand-ups.",
                    "Not before 10am please.", "Gatekeeper says he is in meetings until 10 every day."),
                    NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.AVOID, List.of(), 8 * 60, 10 * 60, "segment", false, p));
            return;
        }
        boolean vague = r.nextDouble() < config.notes().vagueShare() * 2;
        if (vague) {
            String[] best = PERIODS[1];
            double bestMean = -1;
            for (String[] period : PERIODS) {
                int a = Integer.parseInt(period[1]);
                int b = Integer.parseInt(period[2]);
                double m = 0;
                for (int h = a; h < b; h++) {
                    m += hourly[h] / (b - a);
                }
                if (b - a >= 2 && m > bestMean) {
                    bestMean = m;
                    best = period;
                }
            }
            String w = best[0];
            Note n = note(t, at, pick(r, "Usually easiest to reach " + w + ".",
                    "Try him " + w + ", he is normally at his desk then.",
                    "Calls " + w + " work best for me."), NoteSource.CALL_NOTE);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.PREFER, List.of(), Integer.parseInt(best[1]) * 60,
                    Integer.parseInt(best[2]) * 60, "segment", true, p));
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
            String a = clock(bestStart * 60, r);
            String b = clock((bestStart + 2) * 60, r);
            Note n = note(t, at, pick(r, "Best time to call is between " + a + " and " + b + ".",
                    "You can usually get me between " + a + " and " + b + "."), NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(recurring(t, n, SignalKind.PREFER, List.of(), bestStart * 60, (bestStart + 2) * 60, "segment", false, p));
        }
    }

    private void absenceNote(ContactTruth t, TruthEvent e, SplittableRandom r, List<Note> mine, List<Statement> out) {
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
            Note n = note(t, at, pick(r, "I am out of the office until " + date(back, r) + " with limited access to email.",
                    "Auto-reply: I'm on vacation until " + date(back, r) + ". For urgent matters contact the office."),
                    NoteSource.EMAIL_IN);
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
            Note n = note(t, at, pick(r, "She will be at " + e.detail() + " from " + date(e.from(), r) + " to "
                            + date(e.to(), r) + ", try again after.",
                    "I'm travelling to " + e.detail() + " " + date(e.from(), r) + " through " + date(e.to(), r) + "."),
                    r.nextBoolean() ? NoteSource.CALL_NOTE : NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, e.from(), e.to(), basis));
            return;
        }
        if (r.nextBoolean()) {
            Note n = note(t, at, "I'll be on vacation from " + date(e.from(), r) + " through " + date(e.to(), r) + ".",
                    NoteSource.EMAIL_IN);
            mine.add(n);
            out.add(dated(t, n, SignalKind.UNAVAILABLE, e.from(), e.to(), basis));
        } else {
            Note n = note(t, at, "Out of office " + date(e.from(), r) + " to " + date(e.to(), r) + ", back on "
                    + date(back, r) + ".", NoteSource.CALL_NOTE);
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

    private static String[] periodFor(int fromMin, int toMin) {
        String[] best = null;
        for (String[] p : PERIODS) {
            int a = Integer.parseInt(p[1]) * 60;
            int b = Integer.parseInt(p[2]) * 60;
            if (a <= fromMin && toMin <= b && (best == null
                    || b - a < (Integer.parseInt(best[2]) - Integer.parseInt(best[1])) * 60)) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        int mid = (fromMin + toMin) / 2;
        return mid < 12 * 60 ? PERIODS[1] : PERIODS[5];
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
        return new Note("tmp-" + (++provisional), c.id(), at, text, source, "en");
    }

    private static String code(DayOfWeek d) {
        return d.name().substring(0, 3);
    }

    private static String daysPlural(List<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s").toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String clock(int minutes, SplittableRandom r) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (r.nextInt(3) == 0) {
            return String.format(Locale.ROOT, "%02d:%02d", h, m);
        }
        int h12 = h > 12 ? h - 12 : h;
        String suffix = h >= 12 ? " pm" : " am";
        return h12 + (m == 0 ? "" : String.format(Locale.ROOT, ":%02d", m)) + suffix;
    }

    private static String date(LocalDate d, SplittableRandom r) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int day = d.getDayOfMonth();
        return switch (r.nextInt(4)) {
            case 0 -> month + " " + day + ordinal(day);
            case 1 -> day + " " + month;
            case 2 -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
            default -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + month + " " + day;
        };
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
