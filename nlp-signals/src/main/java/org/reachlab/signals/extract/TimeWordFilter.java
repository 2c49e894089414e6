package org.reachlab.signals.extract;

import java.util.Map;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * A cheap test that a text may hold a timing signal: it must contain a time word of the lexicon
 * (weekday, month, date word, period) or a digit in a time context ("at 3", "2:30", "5pm", "8-10",
 * "23.11.", "3/15", "12th").
 *
 * <p>The rules never produce a signal without one of these (every signal needs a day, a date or a
 * window, and each is anchored on such a word or on a digit in such a context), so skipping texts
 * that fail this test does not change any result; the module's tests check that on the evaluation sets.
 */
public final class TimeWordFilter {

    private final Pattern pattern;

    /**
     * Builds the filter of a lexicon.
     *
     * @param lex the lexicon
     */
    public TimeWordFilter(Lexicon lex) {
        // a digit only counts in a time or date context: after a time connector, or followed by a
        // colon, am/pm, a dash or slash or dot and another digit, or an ordinal suffix
        String connectors = String.join("|", lex.required("conn.after"), lex.required("conn.before"),
                lex.required("conn.around"), lex.required("conn.at"), lex.required("conn.between"),
                lex.required("conn.until"), lex.required("conn.through"), lex.required("conn.to"));
        StringBuilder b = new StringBuilder("(?:\\b(?:" + connectors + ")|[@~])\\s*\\d"
                + "|\\d\\s*(?::|(?:" + lex.required("meridian.am") + "|" + lex.required("meridian.pm") + ")(?![\\p{L}])"
                + "|[-\u2013]\\s*\\d|\\s?[./]\\s?\\d|(?:" + lex.required("date.ordinal") + ")"
                + lex.optional("date.ordinalEnd", "\\b") + ")");
        // words that mark a clock time ("14 Uhr", "kl. 14"), times in words ("halb zwei"), week numbers, named periods
        String suffix = lex.optional("time.hourSuffix", "");
        if (!suffix.isEmpty()) {
            b.append("|\\d\\s*(?:").append(suffix).append(")(?![\\p{L}])");
        }
        for (String key : new String[] {"time.hourPrefix", "time.halfPast", "date.weekNumber"}) {
            String v = lex.optional(key, "");
            if (!v.isEmpty()) {
                b.append('|').append(v);
            }
        }
        for (Lexicon.Period named : lex.windows("date.todayPart")) {
            String re = named.pattern().pattern();
            b.append('|').append(re, re.indexOf("(?:") + 3, re.lastIndexOf(")(?!"));
        }
        lex.numbered("date.named").values().forEach(v -> b.append('|').append(v, 0, v.lastIndexOf('=')));
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
