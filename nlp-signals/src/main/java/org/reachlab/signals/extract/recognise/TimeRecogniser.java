package org.reachlab.signals.extract.recognise;

import static org.reachlab.signals.extract.recognise.UsedSpans.isUsed;
import static org.reachlab.signals.extract.recognise.UsedSpans.mark;
import static org.reachlab.signals.extract.recognise.Window.DAY_END;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Clock times and ranges: "9-11", "between 2 and 4pm", "after 1:30", "before 10", "around 3",
 * "at 230", "noon to 2", and the reading of an hour without am/pm. Connectors, meridians and
 * the units that make a number range no time come from the lexicon.
 */
final class TimeRecogniser {

    private static final Pattern BARE_DASH = Pattern.compile("(?s)\\s*\\d{1,2}\\s*[-\u2013]\\s*\\d{1,2}\\s*");
    private static final int NOON = 12 * 60;

    /** A unit after a number range: "3 to 4 people" is no time. */
    private final Pattern unitAfter;
    /** A unit after a bare dash range: "8-10 days" is no time. */
    private final Pattern unitAfterBare;
    /** "around noon": a point time. */
    private final Pattern aroundNoon;
    private final Pattern pmPattern;
    private final Pattern dashRange;
    private final Pattern introducedRange;
    private final Pattern range;
    private final Pattern after;
    private final Pattern before;
    private final Pattern around;
    private final Pattern at;
    private final Pattern clockAlone;
    /** A word that marks a bare number as a clock time ("14 Uhr", "kl. 14"). */
    private final Pattern marker;
    private final boolean markerBefore;
    /** A marking word inside a range ("8-10 Uhr"), or null when the language has none. */
    private final Pattern markerInside;
    private final boolean markerAfter;

    TimeRecogniser(Lexicon lex) {
        unitAfter = Pattern.compile(lex.required("rule.unitAfter"));
        unitAfterBare = Pattern.compile("(?s)^\\s*" + lex.required("rule.unitAfterBare") + ".*");
        aroundNoon = Pattern.compile(lex.required("rule.aroundNoon"));
        String amWords = lex.required("meridian.am");
        String pmWords = lex.required("meridian.pm");
        pmPattern = Pattern.compile(pmWords, Pattern.CASE_INSENSITIVE);
        dashRange = Pattern.compile("(?s).*\\d\\s*[-\u2013]\\s*\\d.*|.*\\d\\s*(?:" + lex.required("conn.rangeWord")
                + ")\\s*\\d.*");
        introducedRange = Pattern.compile("(?s)\\s*(?:" + lex.required("conn.between") + ")\\b.*");
        String monthAlternation = String.join("|", lex.months().values());
        String mer = "(" + amWords + "|" + pmWords + ")";
        // "14 Uhr": a word after the hour that marks a clock time; "kl. 14": a word before it
        String hourSuffix = lex.optional("time.hourSuffix", "");
        String suffix = hourSuffix.isEmpty() ? "" : "(?:\\s*(?:" + hourSuffix + ")(?![\\p{L}]))?";
        String hourPrefix = lex.optional("time.hourPrefix", "");
        String prefix = hourPrefix.isEmpty() ? "" : "(?:(?:" + hourPrefix + ")\\s*)?";
        marker = Pattern.compile((hourSuffix.isEmpty() ? "" : "\\d\\s*(?:" + hourSuffix + ")(?![\\p{L}])")
                + (hourSuffix.isEmpty() || hourPrefix.isEmpty() ? "" : "|")
                + (hourPrefix.isEmpty() ? "" : "(?<![\\p{L}])(?:" + hourPrefix + ")\\s*$"));
        markerBefore = !hourPrefix.isEmpty();
        markerInside = hourSuffix.isEmpty() && hourPrefix.isEmpty() ? null
                : Pattern.compile(String.join("|", java.util.stream.Stream.of(
                        hourSuffix.isEmpty() ? null : "\\d\\s*(?:" + hourSuffix + ")(?![\\p{L}])",
                        hourPrefix.isEmpty() ? null : "(?<![\\p{L}])(?:" + hourPrefix + ")\\s*\\d")
                        .filter(java.util.Objects::nonNull).toList()));
        markerAfter = !hourSuffix.isEmpty();
        String minuteSep = lex.optional("time.minuteSep", ":");
        // a day number before a month is a date, not a time ("the 14th", "14. März")
        String ordinalAfter = lex.optional("time.ordinalAfter", "(?:" + lex.required("date.ordinal") + ")\\b");
        String t = "(?<![\\d/.:,])(\\d{1,2})(?:\\s?(?:" + minuteSep + ")\\s?([0-5]\\d))?" + suffix
                + "(?:\\s*" + mer + "(?![\\p{L}]))?"
                + "(?!\\s*[/.]\\s*\\d)(?!\\d)(?!\\s*" + ordinalAfter + ")(?!\\s*(?:"
                + monthAlternation + ")\\b)(?!\\s*%)";
        String noonOrT = "(?:" + t + "|(" + lex.required("word.noon") + "))";
        range = Pattern.compile("(?:\\b(?:" + lex.required("conn.between") + ")\\s+)?" + prefix + noonOrT
                + "\\s*(?:" + lex.required("conn.rangeTo") + ")\\s*" + prefix + noonOrT,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String compact = "(?<![\\d/.:])([1-9]|1[0-2])(00|15|30|45)(?!\\d)(?!\\s?[-./]\\s?\\d)";
        after = Pattern.compile("(?<![\\p{L}])(?:" + lex.required("conn.after") + ")\\s+" + prefix + "(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        before = Pattern.compile("(?<![\\p{L}])(?:" + lex.required("conn.before") + ")\\s+" + prefix + "(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        around = Pattern.compile("(?:\\b|(?<=~))(?:" + lex.required("conn.around") + ")\\s*" + prefix + "(?:" + t + "|"
                + compact + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        at = Pattern.compile("(?:\\b|(?<=@))(?:" + lex.required("conn.at") + ")\\s*" + prefix + "(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        clockAlone = Pattern.compile(t, Pattern.CASE_INSENSITIVE);
    }

    /** Resolves an hour written with or without am/pm; {@code hint} is 'a', 'p' or 0. Returns -1 if not a time. */
    int minutes(String hourText, String minuteText, String meridian, char hint) {
        int h = Integer.parseInt(hourText);
        int m = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (h > 24 || m > 59) {
            return -1;
        }
        if (meridian != null) {
            boolean pm = pmPattern.matcher(meridian).matches();
            if (h > 12 && pm) {
                // "18 Uhr abends": a 24-hour time with a word for the part of the day
                return h * 60 + m;
            }
            if (h == 0 || h > 12) {
                return -1;
            }
            if (pm && h < 12) {
                h += 12;
            } else if (!pm && h == 12) {
                h = 0;
            }
        } else if (h >= 13 || (hourText.length() == 2 && hourText.charAt(0) == '0')) {
            // a 24-hour time
            return h * 60 + m;
        } else if (hint == 'p' && h < 12) {
            h += 12;
        } else if (hint == 'a') {
            // as written
        } else if (h >= 1 && h <= 7) {
            h += 12;
        }
        return h * 60 + m;
    }

    /**
     * The clock windows of a clause.
     *
     * @param lc the clause, lower-cased
     * @return its windows in text order
     */
    List<Window> clockWindows(String lc) {
        List<Window> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        Matcher m = range.matcher(lc);
        while (m.find()) {
            String sep = lc.substring(m.start(), m.end());
            boolean introduced = introducedRange.matcher(sep).matches();
            // group layout: 1-3 first time, 4 first noon; 5-7 second time, 8 second noon
            boolean mer1 = m.group(3) != null;
            boolean mer2 = m.group(7) != null;
            // minutes, or a word marking a clock time ("8-10 Uhr", "kl. 8-10"), make a dash range a time
            boolean colon = m.group(2) != null || m.group(6) != null || (markerInside != null && markerInside.matcher(sep).find());
            boolean dash = !introduced && dashRange.matcher(sep).matches();
            if (!mer1 && !mer2 && unitAfter.matcher(lc.substring(m.end())).lookingAt()) {
                continue;
            }
            boolean bareDash = !introduced && !mer1 && !mer2 && !colon && dash
                    && BARE_DASH.matcher(sep).matches()
                    && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(5)) <= 12
                    && !unitAfterBare.matcher(lc.substring(m.end())).matches();
            // "12 til 13": a second hour past noon on the 24-hour clock makes a range a time
            boolean twentyFour = m.group(5) != null && Integer.parseInt(m.group(5)) >= 13 && Integer.parseInt(m.group(5)) <= 24
                    && m.group(1) != null && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(5));
            if (!introduced && !mer1 && !mer2 && !colon && !bareDash && !twentyFour) {
                continue;
            }
            if (!introduced && !dash && !mer1 && !mer2) {
                continue;
            }
            int a;
            int b;
            if (m.group(4) != null) {
                a = NOON;
            } else {
                String merA = m.group(3) != null ? m.group(3) : null;
                char hintA = 0;
                if (merA == null && m.group(7) != null) {
                    merA = m.group(7);
                }
                a = minutes(m.group(1), m.group(2), merA, hintA);
            }
            if (m.group(8) != null) {
                b = NOON;
            } else {
                b = minutes(m.group(5), m.group(6), m.group(7), (char) 0);
            }
            if (a < 0 || b < 0) {
                continue;
            }
            if (m.group(3) == null && m.group(7) != null && m.group(4) == null && a > b) {
                a = minutes(m.group(1), m.group(2), null, 'a');
            }
            if (m.group(3) == null && m.group(7) == null && m.group(4) == null && m.group(8) == null && a > b) {
                // "between 7:30 and 8:15": the first hour read as pm by the bare-hour rule belongs to the morning
                int am = minutes(m.group(1), m.group(2), null, 'a');
                if (am < b) {
                    a = am;
                }
            }
            if (m.group(7) == null && m.group(8) == null && b <= a && b < NOON) {
                b += NOON;
            }
            if (b <= a) {
                continue;
            }
            boolean bareRange = m.group(3) == null && m.group(7) == null && m.group(4) == null && m.group(8) == null
                    && Integer.parseInt(m.group(1)) <= 11 && !m.group(1).startsWith("0");
            out.add(new Window(m.start(), m.end(), a, b, true, bareRange));
            mark(used, m.start(), m.end());
        }
        Matcher noonAround = aroundNoon.matcher(lc);
        while (noonAround.find()) {
            if (!isUsed(used, noonAround.start(), noonAround.end())) {
                out.add(new Window(noonAround.start(), noonAround.end(), 11 * 60 + 30, 12 * 60 + 30, true));
                mark(used, noonAround.start(), noonAround.end());
            }
        }
        addOpenEnded(lc, after, used, out, true);
        addOpenEnded(lc, before, used, out, false);
        addPoint(lc, around, used, out, 30);
        addPoint(lc, at, used, out, 0);
        Matcher alone = clockAlone.matcher(lc);
        while (alone.find()) {
            if (isUsed(used, alone.start(), alone.end())
                    || (alone.group(2) == null && alone.group(3) == null && !marked(lc, alone.start(), alone.end()))) {
                continue;
            }
            int t = minutes(alone.group(1), alone.group(2), alone.group(3), (char) 0);
            if (t < 0) {
                continue;
            }
            out.add(new Window(alone.start(), alone.end(), t, Math.min(DAY_END, t + 60), true));
            mark(used, alone.start(), alone.end());
        }
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    /** True when a word marks the number at [start, end) as a clock time ("14 Uhr", "kl. 14"). */
    private boolean marked(String lc, int start, int end) {
        return (markerAfter && marker.matcher(lc.substring(start, end)).find())
                || (markerBefore && marker.matcher(lc.substring(Math.max(0, start - 10), start)).find());
    }

    private void addOpenEnded(String lc, Pattern p, boolean[] used, List<Window> out, boolean isAfter) {
        Matcher m = p.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end())) {
                continue;
            }
            int t = timeOf(m);
            if (t < 0) {
                continue;
            }
            boolean bare = isBare(m);
            Window w = isAfter
                    ? new Window(m.start(), m.end(), t, Math.min(DAY_END, Math.max(18 * 60, t + 120)), true, bare)
                    : new Window(m.start(), m.end(), Math.max(0, Math.min(8 * 60, t - 120)), t, true, bare);
            if (w.to() > w.from()) {
                out.add(w);
                mark(used, m.start(), m.end());
            }
        }
    }

    private void addPoint(String lc, Pattern p, boolean[] used, List<Window> out, int halfWidth) {
        Matcher m = p.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end())) {
                continue;
            }
            int t = timeOf(m);
            if (t < 0) {
                continue;
            }
            boolean bare = isBare(m);
            Window w = halfWidth > 0
                    ? new Window(m.start(), m.end(), Math.max(0, t - halfWidth), Math.min(DAY_END, t + halfWidth), true, bare)
                    : new Window(m.start(), m.end(), t, Math.min(DAY_END, t + 60), true, bare);
            out.add(w);
            mark(used, m.start(), m.end());
        }
    }

    /** True when the hour of a match had no am/pm and was read by the bare-hour rule. */
    private static boolean isBare(Matcher m) {
        String h = m.group(1) != null ? m.group(1) : m.group(4);
        if (h == null || (m.group(1) != null && m.group(3) != null)) {
            return false;
        }
        int v = Integer.parseInt(h);
        return v >= 1 && v <= 11 && !h.startsWith("0");
    }

    /** Time of an after/before/around/at match: groups 1-3 a clock time, 4-5 a compact "230". */
    private int timeOf(Matcher m) {
        if (m.group(1) != null) {
            return minutes(m.group(1), m.group(2), m.group(3), (char) 0);
        }
        if (m.group(4) != null) {
            return minutes(m.group(4), m.group(5), null, (char) 0);
        }
        return -1;
    }

    /** Re-reads bare hours of clock windows in the light of a stated period ("at 7 in the evening"). */
    static List<Window> adjustMeridian(List<Window> clocks, List<Window> periods) {
        if (periods.isEmpty()) {
            return clocks;
        }
        boolean pmPeriod = periods.stream().allMatch(p -> p.from() >= NOON);
        boolean amPeriod = periods.stream().allMatch(p -> p.to() <= NOON);
        List<Window> out = new ArrayList<>();
        for (Window w : clocks) {
            Window x = w;
            if (!w.bare()) {
                out.add(w);
                continue;
            }
            if (pmPeriod && w.from() < NOON && w.to() <= 13 * 60) {
                x = new Window(w.begin(), w.end(), w.from() + NOON, Math.min(DAY_END, w.to() + NOON), true);
            } else if (amPeriod && w.from() >= 13 * 60 && w.from() < 20 * 60) {
                x = new Window(w.begin(), w.end(), w.from() - NOON, Math.max(w.to() - NOON, w.from() - 11 * 60), true);
            }
            out.add(x);
        }
        return out;
    }
}
