package org.reachlab.signals.extract;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A cheap test that a text may hold a timing signal: it must contain a digit or a time word
 * (weekday, month, date word, period, date connector) of the lexicon.
 *
 * <p>The rules never produce a signal without one of these words (every signal needs a day, a date
 * or a window, and each is anchored on a digit or on one of these words), so skipping texts that
 * fail this test does not change any result; the module's tests check that on the evaluation sets.
 */
public final class TimeWordFilter {

    private final Pattern pattern;

    /**
     * Builds the filter of a lexicon.
     *
     * @param lex the lexicon
     */
    public TimeWordFilter(Lexicon lex) {
        StringBuilder b = new StringBuilder("\\d");
        for (String v : lex.weekdays().values()) {
            b.append('|').append(v);
        }
        for (Map.Entry<Integer, String> e : lex.months().entrySet()) {
            b.append('|').append(e.getValue());
        }
        for (String key : new String[] {"date.today", "date.tomorrow", "date.dayAfterTomorrow", "date.nextWeek",
                "date.thisWeek", "date.endOfMonth", "date.restOfWeek", "date.restOfDay", "date.thisWeekend", "date.nextWeekend",
                "days.weekdays", "days.weekends", "word.noon", "period.am.cs", "period.pm.cs"}) {
            b.append('|').append(lex.required(key));
        }
        for (Lexicon.Period p : lex.periods()) {
            String re = p.pattern().pattern();
            b.append('|').append(re, re.indexOf("(?:") + 3, re.lastIndexOf(")(?!"));
        }
        pattern = Pattern.compile("(?<![\\p{L}])(?:" + b + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Tells whether a text may hold a timing signal.
     *
     * @param text the text
     * @return false when the text certainly holds none
     */
    public boolean mayContainSignal(String text) {
        return pattern.matcher(text).find();
    }
}
