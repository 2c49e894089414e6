package org.reachlab.signals.extract.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Chains the date mentions of a clause into intervals by the words between them ("from A to B",
 * "until D" ending the day before, "through D", "A and B"), and extends a single day by a stated
 * duration ("on Monday for three days").
 */
final class IntervalReader {

    private final DayRecogniser days;
    private final Pattern untilEnd;
    private final Pattern throughEnd;
    private final Pattern toAlone;
    private final Pattern chainGap;
    /** Connectors that include the last day when they join two dates ("vom 3. bis 7. März"); null when none. */
    private final Pattern chainedThrough;
    private final Pattern gapNoise;
    private final Pattern gapPrefix;
    private final Pattern duration;
    private final Map<String, Integer> numberWords = new HashMap<>();
    private final Map<Integer, String> unitDays;

    IntervalReader(Lexicon lex, DayRecogniser days) {
        this.days = days;
        String connUntil = lex.required("conn.until");
        String connThrough = lex.required("conn.through");
        String connTo = lex.required("conn.to");
        untilEnd = Pattern.compile("(?s).*\\b(?:" + connUntil + ")$");
        throughEnd = Pattern.compile("(?s).*\\b(?:" + connThrough + ")$");
        toAlone = Pattern.compile("(?s)^(?:" + connTo + "|" + connThrough + ")$");
        String rangeThrough = lex.optional("conn.rangeThrough", "");
        chainedThrough = rangeThrough.isEmpty() ? null : Pattern.compile("(?s)^(?:" + rangeThrough + ")$");
        chainGap = Pattern.compile("(?:" + connTo + "|" + connThrough + "|" + connUntil + ")");
        gapNoise = Pattern.compile("\\b(?:" + lex.required("date.gapNoise") + ")\\b");
        gapPrefix = Pattern.compile("\\s*\\b(?:" + lex.required("date.gapPrefix") + ")$");
        duration = lex.cue("date.duration");
        lex.numbered("date.number").forEach((n, words) -> {
            for (String w : words.split("\\|")) {
                numberWords.put(w, n);
            }
        });
        unitDays = lex.numbered("date.unitDays");
    }

    /** Extends a one-day interval by a stated duration ("on Monday for three days"). */
    List<Interval> withDuration(List<Interval> intervals, String lc) {
        Matcher d = duration.matcher(lc);
        if (intervals.size() != 1 || !d.find() || !intervals.get(0).from().equals(intervals.get(0).to())) {
            return intervals;
        }
        String n = d.group(1);
        Integer word = numberWords.get(n);
        int count = word != null ? word : Integer.parseInt(n);
        String unit = d.group(2);
        int perUnit = 1;
        for (Map.Entry<Integer, String> u : unitDays.entrySet()) {
            if (unit.startsWith(u.getValue())) {
                perUnit = u.getKey();
            }
        }
        int span = perUnit * count;
        Interval iv = intervals.get(0);
        return List.of(new Interval(iv.from(), iv.from().plusDays(Math.max(1, span) - 1L), iv.window()));
    }

    /**
     * Chains date mentions by their connectors into intervals.
     *
     * @param mentions  the date mentions in text order
     * @param lc        the clause, lower-cased
     * @param noteDate  the note's day, where an open "until D" starts
     * @return the intervals
     */
    List<Interval> intervals(List<DateMention> mentions, String lc, LocalDate noteDate) {
        List<Interval> out = new ArrayList<>();
        DateMention prev = null;
        for (DateMention m : mentions) {
            String gapFrom = prev == null ? lc.substring(Math.max(0, m.begin() - 24), m.begin())
                    : lc.substring(Math.min(prev.end(), m.begin()), m.begin());
            String gap = gapNoise.matcher(days.withoutWeekdays(gapFrom).replaceAll("[,\\s]+", " ").trim())
                    .replaceAll(" ");
            gap = gapPrefix.matcher(gap.replaceAll("\\s+", " ").trim()).replaceAll("").trim();
            boolean chained = prev != null && chainGap.matcher(gap).matches();
            boolean chainedInclusive = chained && chainedThrough != null && chainedThrough.matcher(gap).matches();
            if (untilEnd.matcher(gap).matches() && !chainedInclusive) {
                LocalDate end = m.from().minusDays(1);
                LocalDate start = chained && !out.isEmpty() ? out.remove(out.size() - 1).from() : noteDate;
                Window w = chained && prev.window() != null ? prev.window() : null;
                if (!end.isBefore(start)) {
                    out.add(new Interval(start, end, w));
                }
            } else if (chainedInclusive || throughEnd.matcher(gap).matches() || (chained && toAlone.matcher(gap).matches())) {
                Interval last = chained && !out.isEmpty() ? out.remove(out.size() - 1) : null;
                LocalDate start = last != null ? last.from() : noteDate;
                Window w = last != null ? last.window() : null;
                if (!m.to().isBefore(start)) {
                    out.add(new Interval(start, m.to(), w));
                }
            } else {
                Interval iv = new Interval(m.from(), m.to(), m.window());
                if (!out.isEmpty()) {
                    Interval last = out.get(out.size() - 1);
                    if (last.window() == null && iv.window() == null && !iv.from().isAfter(last.to().plusDays(1))
                            && !iv.from().isBefore(last.from())) {
                        out.set(out.size() - 1, new Interval(last.from(), iv.to().isAfter(last.to()) ? iv.to() : last.to(), null));
                        prev = m;
                        continue;
                    }
                }
                out.add(iv);
            }
            prev = m;
        }
        return out;
    }
}
