package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.Window.DAY_END;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Weekdays: single days, lists ("Tue/Thu", "Monday and Wednesday"), ranges ("Mon-Thu", "Monday
 * until Thursday"), "weekdays" and "weekends", whether they are written as a habit, and the dates
 * a weekday means in a dated statement ("Thursday", "Tuesday next week").
 */
final class DayRecogniser {

    private final Map<DayOfWeek, String> weekdayWords;
    private final Pattern weekdayFull;
    private final Pattern weekdayAbbrev;
    private final Pattern weekdaysWord;
    private final Pattern weekendsWord;
    private final Pattern plural;
    private final Pattern rangeGap;
    private final Pattern rangeExclusive;
    private final Pattern listGap;
    private final Pattern habitualGap;
    private final Pattern weekWord;
    private final Pattern beforeDate;
    private final Pattern nextPrefix;
    private final Pattern nextWeekSuffix;
    private final Pattern weekSuffix;
    private final Pattern weekWords;
    private final Map<String, DayOfWeek> dayCache = new ConcurrentHashMap<>();

    DayRecogniser(Lexicon lex) {
        weekdayWords = lex.weekdays();
        StringBuilder full = new StringBuilder();
        StringBuilder abbrev = new StringBuilder();
        for (String alts : weekdayWords.values()) {
            for (String a : alts.split("\\|")) {
                if (a.length() >= 6) {
                    full.append(full.length() == 0 ? "" : "|").append(a);
                } else {
                    String cap = Character.toUpperCase(a.charAt(0)) + a.substring(1);
                    abbrev.append(abbrev.length() == 0 ? "" : "|").append(cap)
                            .append('|').append(cap.toUpperCase(Locale.ROOT));
                }
            }
        }
        String tail = lex.compoundTail();
        weekdayFull = tail.isEmpty() ? Lexicon.words(full.toString(), false)
                // "Montagvormittag": a weekday followed by a period in one word
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + full + ")(?!(?!(?:" + tail + ")(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        weekdayAbbrev = lex.abbrevCapital()
                ? Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + abbrev + ")\\.?(?![\\p{L}\\p{N}])")
                : Lexicon.words(abbrev.toString(), false);
        weekdaysWord = lex.cue("days.weekdays");
        weekendsWord = lex.cue("days.weekends");
        plural = Pattern.compile(lex.required("weekday.plural"));
        rangeGap = Pattern.compile("\\s*(?:" + lex.required("days.rangeGap") + ")\\s*");
        rangeExclusive = Pattern.compile("(?:" + lex.required("days.rangeExclusive") + ")");
        listGap = Pattern.compile("\\s*(?:" + lex.required("days.listGap") + ")\\s*");
        habitualGap = Pattern.compile("(?:" + lex.required("days.habitualGap") + ")");
        weekWord = Pattern.compile(lex.required("date.weekWord"));
        beforeDate = Pattern.compile("[\\s,]*(?:(?:" + lex.required("date.article") + ")\\s*)?");
        String of = "(?:(?:" + lex.required("date.of") + ")\\s+)?";
        String next = lex.required("date.nextWeekSuffix");
        String thisWeek = lex.required("date.thisWeekSuffix");
        nextPrefix = Pattern.compile("(?s).*\\b(?:" + lex.required("date.nextPrefix") + ")\\s+$");
        nextWeekSuffix = Pattern.compile("(?s)^\\s+" + of + "(?:" + next + ").*");
        weekSuffix = Pattern.compile("(?s)^\\s+" + of + "(?:" + next + "|" + thisWeek + ").*");
        weekWords = Pattern.compile("(?:" + next + "|" + thisWeek + ")");
    }

    /** Blanks out full weekday names ("Monday"), as between two chained dates. */
    String withoutWeekdays(String s) {
        return weekdayFull.matcher(s).replaceAll(" ");
    }

    private DayOfWeek dayOf(String word) {
        return dayCache.computeIfAbsent(word.toLowerCase(Locale.ROOT).replace(".", ""), this::dayOfUncached);
    }

    private DayOfWeek dayOfUncached(String w) {
        for (Map.Entry<DayOfWeek, String> e : weekdayWords.entrySet()) {
            if (w.matches("(?:" + e.getValue() + ")")) {
                return e.getKey();
            }
        }
        return null;
    }

    private boolean isPlural(String word) {
        return plural.matcher(word).matches();
    }

    /**
     * The weekday mentions of a clause.
     *
     * @param lc   the clause, lower-cased
     * @param orig the clause as written (abbreviations may need their capital)
     * @return the mentions in text order
     */
    List<DayMention> dayMentions(String lc, String orig) {
        List<int[]> tokens = new ArrayList<>();
        List<DayOfWeek> days = new ArrayList<>();
        Matcher f = weekdayFull.matcher(lc);
        while (f.find()) {
            tokens.add(new int[] {f.start(), f.end()});
            days.add(dayOf(lc.substring(f.start(), f.end())));
        }
        Matcher a = weekdayAbbrev.matcher(orig);
        while (a.find()) {
            boolean overlaps = tokens.stream().anyMatch(t -> t[0] < a.end() && a.start() < t[1]);
            if (!overlaps) {
                tokens.add(new int[] {a.start(), a.end()});
                days.add(dayOf(orig.substring(a.start(), a.end())));
            }
        }
        // sort by position
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Integer.compare(tokens.get(x)[0], tokens.get(y)[0]));
        List<DayMention> out = new ArrayList<>();
        int i = 0;
        while (i < order.size()) {
            int[] t = tokens.get(order.get(i));
            DayOfWeek d = days.get(order.get(i));
            String word = lc.substring(t[0], t[1]);
            boolean isPlural = isPlural(word);
            Set<DayOfWeek> set = EnumSet.of(d);
            int begin = t[0];
            int end = t[1];
            boolean isRange = false;
            boolean until = false;
            DayOfWeek first = d;
            DayOfWeek last = d;
            while (i + 1 < order.size()) {
                int[] n = tokens.get(order.get(i + 1));
                String gap = lc.substring(end, n[0]);
                DayOfWeek nd = days.get(order.get(i + 1));
                String nword = lc.substring(n[0], n[1]);
                if (rangeGap.matcher(gap).matches()) {
                    until = rangeExclusive.matcher(gap.trim()).matches();
                    DayOfWeek x = last;
                    while (x != nd) {
                        x = x.plus(1);
                        set.add(x);
                    }
                    isRange = true;
                    last = nd;
                } else if (listGap.matcher(gap).matches()) {
                    set.add(nd);
                    if (habitualGap.matcher(gap.trim()).matches()) {
                        isPlural = true;
                    }
                    last = nd;
                } else {
                    break;
                }
                isPlural |= isPlural(nword);
                end = n[1];
                i++;
            }
            out.add(new DayMention(begin, end, set, isPlural, isRange, first, last, until));
            i++;
        }
        Matcher wd = weekdaysWord.matcher(lc);
        while (wd.find()) {
            out.add(new DayMention(wd.start(), wd.end(),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), true, true, DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        }
        Matcher we = weekendsWord.matcher(lc);
        while (we.find()) {
            out.add(new DayMention(we.start(), we.end(),
                    EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), true, true, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /** True when a weekday stands beside a date that it merely names ("Monday 3 March", "the 3rd, Monday"). */
    boolean adjacentToDate(DayMention d, List<DateMention> dates, String lc) {
        for (DateMention x : dates) {
            if (weekWord.matcher(lc.substring(x.begin(), x.end())).find()) {
                continue;
            }
            if (x.begin() >= d.end() && beforeDate.matcher(lc.substring(d.end(), x.begin())).matches()) {
                return x.begin() - d.end() <= 6 || x.begin() == d.end();
            }
            if (x.end() <= d.begin() && lc.substring(x.end(), d.begin()).matches("[\\s,]*")
                    && !weekWord.matcher(lc.substring(x.begin(), x.end())).find()) {
                return true;
            }
            if (x.begin() <= d.begin() && x.end() >= d.end()) {
                return true;
            }
        }
        return false;
    }

    /** The dates a weekday mention means in a dated statement. */
    List<DateMention> weekdayDates(DayMention d, String lc, Clause c, List<Window> windows) {
        LocalDate noteDate = c.noteDate();
        int noteMinute = c.noteMinute();
        int windowEnd = windows.isEmpty() ? DAY_END : windows.stream().mapToInt(Window::to).max().orElse(DAY_END);
        String pre = lc.substring(Math.max(0, d.begin() - 14), d.begin());
        String post = lc.substring(d.end(), Math.min(lc.length(), d.end() + 16));
        boolean nextCalendarWeek = nextPrefix.matcher(pre).matches() || nextWeekSuffix.matcher(post).matches();
        LocalDate first;
        if (nextCalendarWeek) {
            first = noteDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(d.first().getValue() - 1L);
        } else if (noteDate.getDayOfWeek() == d.first() && noteMinute < windowEnd) {
            first = noteDate;
        } else {
            first = noteDate.with(TemporalAdjusters.next(d.first()));
        }
        int end = d.end();
        if (weekSuffix.matcher(post).matches()) {
            Matcher nw = weekWords.matcher(lc);
            if (nw.find(d.end())) {
                end = nw.end();
            }
        }
        List<DateMention> out = new ArrayList<>();
        if (d.range()) {
            LocalDate last = first;
            while (last.getDayOfWeek() != d.last()) {
                last = last.plusDays(1);
            }
            if (d.until() && last.isAfter(first)) {
                last = last.minusDays(1);
            }
            out.add(new DateMention(d.begin(), end, first, last, null, true));
        } else {
            for (DayOfWeek x : d.days()) {
                LocalDate dt = first;
                while (dt.getDayOfWeek() != x) {
                    dt = dt.plusDays(1);
                }
                out.add(new DateMention(d.begin(), end, dt, dt, null, true));
            }
        }
        return out;
    }
}
