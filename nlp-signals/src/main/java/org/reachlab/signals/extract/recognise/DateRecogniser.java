package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.UsedSpans.isUsed;
import static org.reachlab.signals.extract.recognise.UsedSpans.mark;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Calendar dates and date words: "14 Jan", "March 3rd", "3-5 March", "30.03.", "3/14", "the 14th",
 * "until September", "today", "tomorrow", "next week", "the end of the month", and the dates SUTime
 * resolved that these did not read. A date without a year is in the note's year unless that is more
 * than 60 days past; d/m versus m/d follows the person's zone when ambiguous.
 */
final class DateRecogniser {

    /** "24/7" is not a date. */
    private static final Pattern ALWAYS = Pattern.compile("\\b24\\s?/\\s?7\\b");
    private static final int PAST_DAYS = 60;

    private final Lexicon lex;
    private final Pattern dayMonth;
    private final Pattern dayRangeMonth;
    private final Pattern monthDay;
    private final Pattern monthDayRange;
    private final Pattern dotted;
    private final Pattern slashed;
    private final Pattern dayOfMonth;
    private final Pattern monthAlone;
    private final Set<String> ambiguousMonths;
    private final Pattern today;
    private final List<Lexicon.Period> todayParts;
    private final Pattern tomorrow;
    private final Pattern dayAfterTomorrow;
    private final Pattern nextWeek;
    private final Pattern thisWeek;
    private final Pattern restOfWeek;
    private final Pattern restOfDay;
    private final Pattern thisWeekend;
    private final Pattern nextWeekend;
    private final Pattern endOfMonth;
    private final Pattern sutimeWorthy;
    private final Map<String, Integer> monthCache = new ConcurrentHashMap<>();
    /** "KW 12", "uke 12": the working days of an ISO week; null when the language has no such words. */
    private final Pattern weekNumber;
    private final List<NamedPeriod> namedPeriods = new ArrayList<>();

    /**
     * A named period of the year ("zwischen den Jahren", "fellesferien").
     *
     * @param pattern its words
     * @param from    first day, as MM-DD or Wnn (Monday of that ISO week)
     * @param to      last day, as MM-DD or Wnn (Sunday of that ISO week)
     */
    private record NamedPeriod(Pattern pattern, String from, String to) {

        LocalDate first(int year) {
            return from.startsWith("W") ? isoWeek(year, Integer.parseInt(from.substring(1)))
                    : LocalDate.parse(year + "-" + from);
        }

        LocalDate last(int year) {
            return to.startsWith("W") ? isoWeek(year, Integer.parseInt(to.substring(1))).plusDays(6)
                    : LocalDate.parse(year + "-" + to);
        }
    }

    /** The Monday of an ISO week. */
    static LocalDate isoWeek(int year, int week) {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    DateRecogniser(Lexicon lex) {
        this.lex = lex;
        String monthAlternation = String.join("|", lex.months().values());
        String m = "(" + monthAlternation + ")";
        String ordinal = lex.required("date.ordinal");
        // where an ordinal ends: a word boundary after "th", after the full stop of "14." no letter or digit
        String ordinalEnd = lex.optional("date.ordinalEnd", "\\b");
        String ord = "(?:\\s*(?:" + ordinal + ")" + ordinalEnd + ")?";
        String dayGap = "\\s*(?:" + lex.optional("date.dayRangeGap", "[-\u2013]") + ")\\s*";
        String of = "(?:(?:" + lex.required("date.of") + ")\\s+)?";
        dayMonth = Pattern.compile("(?<![\\p{L}\\p{N}./])(\\d{1,2})" + ord + "\\s*" + of + m
                + "(?![\\p{L}])\\.?(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        monthDay = Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s*\\.?\\s*(\\d{1,2})" + ord
                + "(?![\\d:])(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        dayRangeMonth = Pattern.compile("(?<![\\p{L}\\p{N}./])(\\d{1,2})" + ord + dayGap + "(\\d{1,2})" + ord
                + "\\s*" + of + m + "(?![\\p{L}])\\.?(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        dotted = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)?\\d{2})?(?!\\d)");
        slashed = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s?/\\s?(\\d{1,2})(?:\\s?/\\s?((?:19|20)?\\d{2}))?(?![\\d/])");
        dayOfMonth = Pattern.compile("\\b(?:" + lex.required("date.article") + ")\\s+(\\d{1,2})\\s*(?:" + ordinal + ")" + ordinalEnd
                + "(?!\\s+(?:" + lex.required("date.dayOfMonth.notBefore") + "))", Pattern.CASE_INSENSITIVE);
        monthAlone = Pattern.compile("(?<=\\b(?:" + lex.required("conn.until") + "|" + lex.required("conn.through")
                + "|" + lex.required("date.monthAlone.after") + ") )" + m
                + "(?![\\p{L}])(?!\\s*\\.?\\s*\\d)", Pattern.CASE_INSENSITIVE);
        ambiguousMonths = Set.of(lex.required("date.monthAlone.ambiguous").split("\\|"));
        monthDayRange = Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s*\\.?\\s*(\\d{1,2})" + ord
                + "\\s*[-\u2013]\\s*(\\d{1,2})" + ord + "(?![\\d:])", Pattern.CASE_INSENSITIVE);
        today = lex.cue("date.today");
        todayParts = lex.windows("date.todayPart");
        tomorrow = lex.cue("date.tomorrow");
        dayAfterTomorrow = lex.cue("date.dayAfterTomorrow");
        nextWeek = lex.cue("date.nextWeek");
        thisWeek = lex.cue("date.thisWeek");
        restOfWeek = lex.cue("date.restOfWeek");
        restOfDay = lex.cue("date.restOfDay");
        thisWeekend = lex.cue("date.thisWeekend");
        nextWeekend = lex.cue("date.nextWeekend");
        endOfMonth = lex.cue("date.endOfMonth");
        String weekNumberWords = lex.optional("date.weekNumber", "");
        weekNumber = weekNumberWords.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + weekNumberWords + ")(?![\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        lex.numbered("date.named").forEach((n, v) -> {
            int eq = v.lastIndexOf('=');
            String[] range = eq < 0 ? new String[0] : v.substring(eq + 1).split("\\.\\.");
            if (range.length != 2 || !(range[0] + "=" + range[1]).matches("W\\d{1,2}=W\\d{1,2}|\\d{2}-\\d{2}=\\d{2}-\\d{2}")) {
                throw new IllegalStateException("lexicon-" + lex.language() + " key date.named." + n
                        + ": expected words=MM-DD..MM-DD or words=Wnn..Wnn, received '" + v + "'");
            }
            namedPeriods.add(new NamedPeriod(Lexicon.words(v.substring(0, eq), false), range[0], range[1]));
        });
        sutimeWorthy = Pattern.compile("\\b(?:" + monthAlternation + ")\\b|\\d\\s*(?:" + ordinal + ")\\b|\\d\\s?[./]\\s?\\d",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * Tells whether SUTime could add anything the rules would accept: its dates are only used when
     * written with a month name, an ordinal or a d.m / d/m form, so a text without one skips SUTime.
     */
    boolean needsSutime(String text) {
        return sutimeWorthy.matcher(text).find();
    }

    /**
     * The dates of a clause.
     *
     * @param c  the clause
     * @param lc the clause, lower-cased
     * @return the date mentions in text order
     */
    List<DateMention> dateMentions(Clause c, String lc) {
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        LocalDate nd = c.noteDate();
        LocalDate nextMonday = nd.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate friday = nd.getDayOfWeek().getValue() <= 5 ? nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)) : nd;
        addWord(lc, dayAfterTomorrow, used, out, nd.plusDays(2), nd.plusDays(2), null);
        addWord(lc, restOfWeek, used, out, nd, friday, null);
        int noteMinute = c.noteMinute();
        addWord(lc, restOfDay, used, out, nd, nd,
                noteMinute < 18 * 60 ? new Window(0, 0, c.noteLocal().getHour() * 60, 18 * 60, false) : null);
        addWord(lc, nextWeekend, used, out, nextMonday.plusDays(5), nextMonday.plusDays(6), null);
        addWord(lc, nextWeek, used, out, nextMonday, nextMonday.plusDays(4), null);
        addWord(lc, thisWeek, used, out, nd, friday, null);
        LocalDate sat = nd.getDayOfWeek() == DayOfWeek.SUNDAY ? nd : nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        addWord(lc, thisWeekend, used, out, sat, nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), null);
        addWord(lc, tomorrow, used, out, nd.plusDays(1), nd.plusDays(1), null);
        addTodayWords(lc, used, out, nd);

        addWeekNumbers(lc, used, out, nd);
        for (NamedPeriod p : namedPeriods) {
            Matcher np = p.pattern().matcher(lc);
            while (np.find()) {
                LocalDate last = p.last(nd.getYear());
                int year = last.isBefore(nd) ? nd.getYear() + 1 : nd.getYear();
                if (!isUsed(used, np.start(), np.end())) {
                    out.add(new DateMention(np.start(), np.end(), p.first(year), p.last(year), null, false));
                    mark(used, np.start(), np.end());
                }
            }
        }

        Matcher m = dayRangeMonth.matcher(lc);
        while (m.find()) {
            int mo = month(m.group(3));
            int d1 = Integer.parseInt(m.group(1));
            int d2 = Integer.parseInt(m.group(2));
            List<DateMention> tmp = new ArrayList<>();
            addExplicit(tmp, new boolean[lc.length()], m.start(), m.end(), mo, d1, m.group(4), nd);
            addExplicit(tmp, new boolean[lc.length()], m.start(), m.end(), mo, d2, m.group(4), nd);
            if (tmp.size() == 2 && !tmp.get(1).from().isBefore(tmp.get(0).from()) && !isUsed(used, m.start(), m.end())) {
                out.add(new DateMention(m.start(), m.end(), tmp.get(0).from(), tmp.get(1).from(), null, false));
                mark(used, m.start(), m.end());
            }
        }
        m = monthDayRange.matcher(lc);
        while (m.find()) {
            int mo = month(m.group(1));
            List<DateMention> tmp = new ArrayList<>();
            addExplicit(tmp, new boolean[lc.length()], m.start(), m.end(), mo, Integer.parseInt(m.group(2)), null, nd);
            addExplicit(tmp, new boolean[lc.length()], m.start(), m.end(), mo, Integer.parseInt(m.group(3)), null, nd);
            if (tmp.size() == 2 && !tmp.get(1).from().isBefore(tmp.get(0).from()) && !isUsed(used, m.start(), m.end())) {
                out.add(new DateMention(m.start(), m.end(), tmp.get(0).from(), tmp.get(1).from(), null, false));
                mark(used, m.start(), m.end());
            }
        }
        m = dayMonth.matcher(lc);
        while (m.find()) {
            addExplicit(out, used, m.start(), m.end(), month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), nd);
        }
        m = monthDay.matcher(lc);
        while (m.find()) {
            addExplicit(out, used, m.start(), m.end(), month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), nd);
        }
        m = dotted.matcher(lc);
        while (m.find()) {
            addExplicit(out, used, m.start(), m.end(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    m.group(3), nd);
        }
        m = slashed.matcher(lc);
        while (m.find()) {
            if (ALWAYS.matcher(lc.substring(m.start(), Math.min(lc.length(), m.end() + 1))).lookingAt()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean american = c.personZone() != null && c.personZone().getId().startsWith("America/");
            boolean monthFirst = b > 12 || (a <= 12 && american);
            addExplicit(out, used, m.start(), m.end(), monthFirst ? a : b, monthFirst ? b : a, m.group(3), nd);
        }
        m = monthAlone.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end()) || m.group(1).length() < 3 || ambiguousMonths.contains(m.group(1))) {
                continue;
            }
            int mo = month(m.group(1));
            LocalDate first = LocalDate.of(nd.getYear(), mo, 1);
            if (first.plusMonths(1).isBefore(nd.plusDays(1))) {
                first = first.plusYears(1);
            }
            out.add(new DateMention(m.start(), m.end(), first, first.plusMonths(1).minusDays(1), null, false));
            mark(used, m.start(), m.end());
        }
        Matcher eom = endOfMonth.matcher(lc);
        while (eom.find()) {
            if (!isUsed(used, eom.start(), eom.end())) {
                LocalDate last = nd.withDayOfMonth(nd.lengthOfMonth());
                out.add(new DateMention(eom.start(), eom.end(), last, last, null, false));
                mark(used, eom.start(), eom.end());
            }
        }
        m = dayOfMonth.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end())) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            LocalDate ref = null;
            for (DateMention x : out) {
                if (x.end() <= m.start() && !x.weekday()) {
                    ref = x.from();
                }
            }
            LocalDate d;
            try {
                if (ref != null && day >= ref.getDayOfMonth()) {
                    d = ref.withDayOfMonth(day);
                } else if (day >= nd.getDayOfMonth()) {
                    d = nd.withDayOfMonth(day);
                } else {
                    d = nd.plusMonths(1).withDayOfMonth(day);
                }
            } catch (DateTimeException e) {
                continue;
            }
            out.add(new DateMention(m.start(), m.end(), d, d, null, false));
            mark(used, m.start(), m.end());
        }
        // dates SUTime resolved that the patterns above did not read
        for (TextAnalysis.DateHint h : c.analysis().dates()) {
            int b = h.begin() - c.begin();
            int e = h.end() - c.begin();
            if (b < 0 || e > lc.length() || isUsed(used, b, e)) {
                continue;
            }
            String span = lc.substring(b, e);
            // only dates written with a month name, an ordinal or d/m, d.m: the pre-filter relies on it
            if (!sutimeWorthy.matcher(span).find()) {
                continue;
            }
            out.add(new DateMention(b, e, h.date(), h.date(), null, false));
            mark(used, b, e);
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /** "KW 12": Monday to Friday of that ISO week, this year unless it ended more than 60 days ago. */
    private void addWeekNumbers(String lc, boolean[] used, List<DateMention> out, LocalDate nd) {
        if (weekNumber == null) {
            return;
        }
        Matcher m = weekNumber.matcher(lc);
        while (m.find()) {
            int week = Integer.parseInt(m.group(1));
            if (week < 1 || week > 53 || isUsed(used, m.start(), m.end())) {
                continue;
            }
            LocalDate monday = isoWeek(nd.getYear(), week);
            if (monday.plusDays(4).isBefore(nd.minusDays(PAST_DAYS))) {
                monday = isoWeek(nd.getYear() + 1, week);
            }
            out.add(new DateMention(m.start(), m.end(), monday, monday.plusDays(4), null, false));
            mark(used, m.start(), m.end());
        }
    }

    private void addTodayWords(String lc, boolean[] used, List<DateMention> out, LocalDate nd) {
        Matcher m = today.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end())) {
                continue;
            }
            String w = lc.substring(m.start(), m.end());
            Window win = null;
            for (Lexicon.Period p : todayParts) {
                if (p.pattern().matcher(w).find()) {
                    win = new Window(m.start(), m.end(), p.from().toSecondOfDay() / 60, p.to().toSecondOfDay() / 60, false);
                    break;
                }
            }
            out.add(new DateMention(m.start(), m.end(), nd, nd, win, false));
            mark(used, m.start(), m.end());
        }
    }

    private static void addWord(String lc, Pattern p, boolean[] used, List<DateMention> out, LocalDate from,
                                LocalDate to, Window w) {
        Matcher m = p.matcher(lc);
        while (m.find()) {
            if (!isUsed(used, m.start(), m.end()) && !to.isBefore(from)) {
                out.add(new DateMention(m.start(), m.end(), from, to, w, false));
                mark(used, m.start(), m.end());
            }
        }
    }

    private int month(String word) {
        return monthCache.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::monthUncached);
    }

    private int monthUncached(String w) {
        for (Map.Entry<Integer, String> e : lex.months().entrySet()) {
            if (w.matches("(?:" + e.getValue() + ")")) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("not a month of lexicon-" + lex.language() + ": '" + w + "'");
    }

    private static void addExplicit(List<DateMention> out, boolean[] used, int b, int e, int month, int day,
                                    String year, LocalDate nd) {
        if (isUsed(used, b, e) || month < 1 || month > 12 || day < 1 || day > 31) {
            return;
        }
        try {
            LocalDate d;
            if (year != null) {
                int y = Integer.parseInt(year);
                d = LocalDate.of(y < 100 ? 2000 + y : y, month, day);
            } else {
                d = LocalDate.of(nd.getYear(), month, day);
                if (d.isBefore(nd.minusDays(PAST_DAYS))) {
                    d = d.plusYears(1);
                }
            }
            out.add(new DateMention(b, e, d, d, null, false));
            mark(used, b, e);
        } catch (DateTimeException ex) {
            // not a calendar date: ignore
        }
    }
}
