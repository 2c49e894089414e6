package org.reachlab.signals.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.TimingSignal;

/**
 * The module's own rule layer: reads clauses of a sentence for cue words, days, dates and time
 * windows, and turns them into signals following the timing-signals specification.
 *
 * <p>Stateless after construction and safe to share between threads.
 */
final class RuleExtractor {

    private static final int DAY_END = 24 * 60;
    private static final double BASE_CONFIDENCE = 0.9;
    private static final double HEDGED_CONFIDENCE = 0.75;
    /** "24/7" is not a date. */
    private static final Pattern ALWAYS = Pattern.compile("\\b24\\s?/\\s?7\\b");
    /** A sentence end that is really a date's full stop. */
    private static final Pattern DATE_BREAK = Pattern.compile(
            "(?i)(?:\\b\\d{1,2}\\.\\d{1,2}\\.|\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\s?\\.)\\s*$");

    private final Lexicon lex;
    /** "before my first meeting": a meeting used as a reference point, not a busy statement. */
    private final Pattern referencePoint;
    /** A unit after a number range: "3 to 4 people" is no time. */
    private final Pattern unitAfter;
    /** "around noon": a point time. */
    private final Pattern aroundNoon;
    /** Verbs of reported speech: "asked for a callback on Thursday" is not about the past. */
    private final Set<String> reporting;
    /** Plural periods ("mornings") make a statement habitual. */
    private final Pattern pluralPeriods;
    private final Pattern absence;
    private final Pattern absenceOut;
    private final Pattern absencePlace;
    private final Pattern presence;
    private final Pattern returning;
    private final Pattern negation;
    private final Pattern negationNoise;
    private final Pattern busy;
    private final Pattern prefer;
    private final Pattern offer;
    private final Pattern habitual;
    private final Pattern hedge;
    private final Pattern past;
    private final Pattern thing;
    private final Pattern deadline;
    private final Pattern unresolvable;
    private final Pattern phoneOnly;
    private final Pattern offerSentence;
    private final Pattern meetingLike;
    private final Pattern clauseSplit;
    private final Pattern extension = Pattern.compile("(?<![\\d:])(?:x\\.?\\s?)?\\d{1,2}\\s?-\\s?\\d{4}(?!\\d)|\\bx\\.?\\s?\\d{3,5}\\b|\\bxt\\.?\\s?\\d{3,5}\\b");
    private final Pattern phoneNumber = Pattern.compile("(?<![\\d:])\\+?\\d{2,4}(?:\\s?[-.]\\s?|\\s)\\d{2,4}(?:\\s?[-.]\\s?|\\s)\\d{2,4}(?:(?:\\s?[-.]\\s?|\\s)\\d{2,4})?(?![\\d:])");

    private final Pattern weekdayFull;
    private final Pattern weekdayAbbrev;
    private final Map<DayOfWeek, String> weekdayWords;
    private final Pattern weekdaysWord;
    private final Pattern weekendsWord;
    private final String monthAlternation;
    private final Pattern dayMonth;
    private final Pattern dayRangeMonth;
    private final Pattern monthDay;
    private final Pattern dotted;
    private final Pattern slashed;
    private final Pattern dayOfMonth;
    private final Pattern today;
    private final Pattern tomorrow;
    private final Pattern dayAfterTomorrow;
    private final Pattern nextWeek;
    private final Pattern thisWeek;
    private final Pattern restOfWeek;
    private final Pattern restOfDay;
    private final Pattern thisWeekend;
    private final Pattern nextWeekend;
    private final Pattern endOfMonth;
    private final Pattern duration;
    private final Pattern monthAlone;
    private final Pattern monthDayRange;
    private final Pattern sutimeWorthy;
    private final String connUntil;
    private final String connThrough;
    private final String connTo;

    private final Pattern range;
    private final Pattern after;
    private final Pattern before;
    private final Pattern around;
    private final Pattern at;
    private final Pattern clockAlone;
    private final Pattern compactAfterWord;
    private final Pattern standaloneAm;
    private final Pattern standalonePm;
    private final String amWords;
    private final Pattern pmPattern;
    private final Pattern untilEnd;
    private final Pattern throughEnd;
    private final Pattern toAlone;
    private final Pattern chainGap;
    private final Pattern introducedRange;
    private final Map<String, DayOfWeek> dayCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> monthCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final String pmWords;

    RuleExtractor(Lexicon lex) {
        this.lex = lex;
        referencePoint = Pattern.compile(lex.required("rule.referencePoint"));
        unitAfter = Pattern.compile(lex.required("rule.unitAfter"));
        aroundNoon = Pattern.compile(lex.required("rule.aroundNoon"));
        reporting = Set.of(lex.required("cue.reporting").split("\\|"));
        pluralPeriods = Pattern.compile(lex.required("rule.pluralPeriods"));
        absence = lex.cue("cue.absence");
        absenceOut = Pattern.compile(lex.required("cue.absence.out"), Pattern.CASE_INSENSITIVE);
        absencePlace = Pattern.compile(lex.required("cue.absence.place.cs"));
        presence = lex.cue("cue.presence");
        negation = lex.cue("cue.negation");
        returning = lex.cue("cue.return");
        negationNoise = lex.cue("cue.negationNoise");
        busy = lex.cue("cue.busy");
        prefer = lex.cue("cue.prefer");
        offer = lex.cue("cue.offer");
        habitual = lex.cue("cue.habitual");
        hedge = lex.cue("cue.hedge");
        past = lex.cue("cue.past");
        thing = lex.cue("cue.thing");
        deadline = lex.cue("cue.deadline");
        unresolvable = lex.cue("cue.unresolvable");
        phoneOnly = lex.cue("cue.phoneOnly");
        offerSentence = lex.cue("cue.offerSentence");
        meetingLike = lex.cue("cue.meetingLike");

        clauseSplit = Pattern.compile(lex.required("rule.clauseSplit"), Pattern.CASE_INSENSITIVE);
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
        weekdayFull = Lexicon.words(full.toString(), false);
        weekdayAbbrev = lex.abbrevCapital()
                ? Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + abbrev + ")\\.?(?![\\p{L}\\p{N}])")
                : Lexicon.words(abbrev.toString(), false);
        weekdaysWord = lex.cue("days.weekdays");
        weekendsWord = lex.cue("days.weekends");
        monthAlternation = String.join("|", lex.months().values());
        String m = "(" + monthAlternation + ")";
        String ord = "(?:\\s*(?:st|nd|rd|th)\\b)?";
        dayMonth = Pattern.compile("(?<![\\p{L}\\p{N}./])(\\d{1,2})" + ord + "\\s*(?:of\\s+)?" + m
                + "(?![\\p{L}])\\.?(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        monthDay = Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s*\\.?\\s*(\\d{1,2})" + ord
                + "(?![\\d:])(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        dayRangeMonth = Pattern.compile("(?<![\\p{L}\\p{N}./])(\\d{1,2})" + ord + "\\s*[-\u2013]\\s*(\\d{1,2})" + ord
                + "\\s*(?:of\\s+)?" + m + "(?![\\p{L}])\\.?(?:\\s*,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
        dotted = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)?\\d{2})?(?!\\d)");
        slashed = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s?/\\s?(\\d{1,2})(?:\\s?/\\s?((?:19|20)?\\d{2}))?(?![\\d/])");
        dayOfMonth = Pattern.compile("\\bthe\\s+(\\d{1,2})\\s*(?:st|nd|rd|th)\\b"
                + "(?!\\s+(?:week|day|time|quarter|floor|half|round|year|month|place|of (?:the|this|next|each)))", Pattern.CASE_INSENSITIVE);
        today = lex.cue("date.today");
        tomorrow = lex.cue("date.tomorrow");
        dayAfterTomorrow = lex.cue("date.dayAfterTomorrow");
        nextWeek = lex.cue("date.nextWeek");
        thisWeek = lex.cue("date.thisWeek");
        restOfWeek = lex.cue("date.restOfWeek");
        restOfDay = lex.cue("date.restOfDay");
        thisWeekend = lex.cue("date.thisWeekend");
        nextWeekend = lex.cue("date.nextWeekend");
        endOfMonth = lex.cue("date.endOfMonth");
        sutimeWorthy = Pattern.compile("\\b(?:" + monthAlternation + ")\\b|\\d\\s*(?:st|nd|rd|th)\\b|\\d\\s?[./]\\s?\\d",
                Pattern.CASE_INSENSITIVE);
        duration = lex.cue("date.duration");
        monthAlone = Pattern.compile("(?<=\\b(?:" + lex.required("conn.until") + "|" + lex.required("conn.through")
                + "|from|during|in|all of) )" + m
                + "(?![\\p{L}])(?!\\s*\\.?\\s*\\d)", Pattern.CASE_INSENSITIVE);
        monthDayRange = Pattern.compile("(?<![\\p{L}])" + m + "(?![\\p{L}])\\s*\\.?\\s*(\\d{1,2})" + ord
                + "\\s*[-\u2013]\\s*(\\d{1,2})" + ord + "(?![\\d:])", Pattern.CASE_INSENSITIVE);
        connUntil = lex.required("conn.until");
        connThrough = lex.required("conn.through");
        connTo = lex.required("conn.to");

        amWords = lex.required("meridian.am");
        pmWords = lex.required("meridian.pm");
        pmPattern = Pattern.compile(pmWords, Pattern.CASE_INSENSITIVE);
        untilEnd = Pattern.compile("(?s).*\\b(?:" + connUntil + ")$");
        throughEnd = Pattern.compile("(?s).*\\b(?:" + connThrough + ")$");
        toAlone = Pattern.compile("(?s)^(?:" + connTo + "|" + connThrough + ")$");
        chainGap = Pattern.compile("(?:" + connTo + "|" + connThrough + "|" + connUntil + ")");
        introducedRange = Pattern.compile("(?s)\\s*(?:" + lex.required("conn.between") + ")\\b.*");
        String mer = "(" + amWords + "|" + pmWords + ")";
        String t = "(?<![\\d/.:,])(\\d{1,2})(?:\\s?:\\s?([0-5]\\d))?(?:\\s*" + mer + "(?![\\p{L}]))?"
                + "(?!\\s*[/.]\\s*\\d)(?!\\d)(?!\\s*(?:st|nd|rd|th)\\b)(?!\\s*(?:" + monthAlternation + ")\\b)(?!\\s*%)";
        String noonOrT = "(?:" + t + "|(" + lex.required("word.noon") + "))";
        range = Pattern.compile("(?:\\b(?:" + lex.required("conn.between") + ")\\s+)?" + noonOrT
                + "\\s*(?:" + lex.required("conn.rangeTo") + ")\\s*" + noonOrT, Pattern.CASE_INSENSITIVE);
        String compact = "(?<![\\d/.:])([1-9]|1[0-2])(00|15|30|45)(?!\\d)(?!\\s?[-./]\\s?\\d)";
        after = Pattern.compile("\\b(?:" + lex.required("conn.after") + ")\\s+(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE);
        before = Pattern.compile("\\b(?:" + lex.required("conn.before") + ")\\s+(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE);
        around = Pattern.compile("(?:\\b|(?<=~))(?:" + lex.required("conn.around") + ")\\s*(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE);
        at = Pattern.compile("(?:\\b|(?<=@))(?:" + lex.required("conn.at") + ")\\s*(?:" + t + "|" + compact + ")",
                Pattern.CASE_INSENSITIVE);
        clockAlone = Pattern.compile(t, Pattern.CASE_INSENSITIVE);
        compactAfterWord = Pattern.compile(compact);
        standaloneAm = Pattern.compile("(?<!\\d\\s?)\\b(?:" + lex.required("period.am.cs") + ")\\b");
        standalonePm = Pattern.compile("(?<!\\d\\s?)\\b(?:" + lex.required("period.pm.cs") + ")\\b");
    }

    // ------------------------------------------------------------------ entry point

    /**
     * Tells whether SUTime could add anything the rules would accept: its dates are only used when
     * written with a month name, an ordinal or a d.m / d/m form, so a text without one skips SUTime.
     */
    boolean needsSutime(String text) {
        return sutimeWorthy.matcher(text).find();
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
    List<TimingSignal> extract(String text, TextAnalysis analysis, LocalDateTime noteLocal, ZoneId personZone) {
        String norm = normalise(text);
        String lower = lowerSameLength(norm);
        List<TimingSignal> out = new ArrayList<>();
        for (TextAnalysis.Sentence s : mergeDateBreaks(text, analysis.sentences())) {
            List<TimingSignal> sentenceSignals = new ArrayList<>();
            boolean[] absenceWithoutTime = {false};
            for (int[] c : clauses(lower, s.begin(), s.end())) {
                Clause clause = new Clause(text, norm, lower, c[0], c[1], s, analysis, noteLocal, personZone);
                sentenceSignals.addAll(readClause(clause, absenceWithoutTime));
            }
            String sentenceLower = lower.substring(s.begin(), s.end());
            if (offerSentence.matcher(sentenceLower).find()) {
                continue;
            }
            if (phoneOnly.matcher(sentenceLower).find()) {
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

    /** Joins sentences that the splitter broke after a date's full stop ("30.03. to 10.04.", "feb . 7"). */
    private static List<TextAnalysis.Sentence> mergeDateBreaks(String text, List<TextAnalysis.Sentence> sentences) {
        List<TextAnalysis.Sentence> out = new ArrayList<>();
        for (TextAnalysis.Sentence s : sentences) {
            if (!out.isEmpty()) {
                TextAnalysis.Sentence prev = out.get(out.size() - 1);
                String tail = text.substring(prev.begin(), prev.end());
                if (DATE_BREAK.matcher(tail).find()) {
                    List<TextAnalysis.Token> tokens = new ArrayList<>(prev.tokens());
                    tokens.addAll(s.tokens());
                    out.set(out.size() - 1, new TextAnalysis.Sentence(prev.begin(), s.end(), tokens));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Joins spaced apostrophes ("don ' t" becomes "don't  ") without moving later offsets, and blanks out phone numbers. */
    String normalise(String text) {
        char[] c = text.toCharArray();
        for (int i = 1; i + 2 < c.length; i++) {
            if (c[i] == '\'' && c[i - 1] == ' ' && c[i + 1] == ' ' && Character.isLetter(c[i + 2])) {
                int k = i + 2;
                while (k < c.length && Character.isLetter(c[k])) {
                    k++;
                }
                String word = new String(c, i + 2, k - (i + 2));
                c[i - 1] = '\'';
                for (int z = 0; z < word.length(); z++) {
                    c[i + z] = word.charAt(z);
                }
                for (int z = i + word.length(); z < k; z++) {
                    c[z] = ' ';
                }
            }
        }
        String s = new String(c);
        Matcher m = phoneNumber.matcher(s);
        StringBuilder b = new StringBuilder(s);
        Matcher ext = extension.matcher(s);
        while (ext.find()) {
            for (int i = ext.start(); i < ext.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= 7) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Splits a sentence into clauses: the scope of negation and of a kind cue. */
    List<int[]> clauses(String lower, int begin, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = clauseSplit.matcher(lower).region(begin, end);
        int start = begin;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    // ------------------------------------------------------------------ clause reading

    /** One clause with its context. */
    private record Clause(String text, String norm, String lower, int begin, int end, TextAnalysis.Sentence sentence,
                          TextAnalysis analysis, LocalDateTime noteLocal, ZoneId personZone) {
        String lc() {
            return lower.substring(begin, end);
        }

        String original() {
            return norm.substring(begin, end);
        }

        LocalDate noteDate() {
            return noteLocal.toLocalDate();
        }
    }

    /** A window in minutes of the day. */
    record Window(int begin, int end, int from, int to, boolean clock, boolean bare) {
        Window(int begin, int end, int from, int to, boolean clock) {
            this(begin, end, from, to, clock, false);
        }
    }

    /** Days of a recurring reading. */
    record DayMention(int begin, int end, Set<DayOfWeek> days, boolean plural, boolean range,
                      DayOfWeek first, DayOfWeek last, boolean until) {
        DayMention(int begin, int end, Set<DayOfWeek> days, boolean plural, boolean range, DayOfWeek first, DayOfWeek last) {
            this(begin, end, days, plural, range, first, last, false);
        }
    }

    /** A date or date span. */
    record DateMention(int begin, int end, LocalDate from, LocalDate to, Window window, boolean weekday) { }

    /** Dates with an optional window of their own. */
    record Interval(LocalDate from, LocalDate to, Window window) { }

    /**
     * Reads one clause.
     *
     * @param c                  the clause
     * @param absenceWithoutTime in/out: whether an earlier clause of the sentence stated an absence without a time
     */
    private List<TimingSignal> readClause(Clause c, boolean[] absenceWithoutTime) {
        String lc = c.lc();
        String orig = c.original();
        if (lc.isBlank() || unresolvable.matcher(lc).find() || thing.matcher(lc).find()
                || deadline.matcher(lc).find() || past.matcher(lc).find() || isPastTense(c)) {
            return List.of();
        }
        List<DateMention> dates = dateMentions(c, lc);
        // a clock range inside a date ("July 5 - 6") is not a time
        List<Window> clocks = clockWindows(lc).stream()
                .filter(w -> dates.stream().noneMatch(d -> d.begin() < w.end() && w.begin() < d.end())).toList();
        List<Window> periods = periodWindows(lc, orig, clocks);
        List<DayMention> dayMentions = dayMentions(lc, orig);
        if (clocks.isEmpty() && periods.isEmpty() && dayMentions.isEmpty() && dates.isEmpty()) {
            if (absence.matcher(lc).find() || absenceOut.matcher(lc).find() || absencePlace.matcher(orig).find()) {
                absenceWithoutTime[0] = true;
            }
            return List.of();
        }
        String negLc = negationNoise.matcher(lc).replaceAll(" ");
        boolean absent = absence.matcher(lc).find() || absenceOut.matcher(lc).find()
                || absencePlace.matcher(orig).find();
        boolean offered = offer.matcher(lc).find();
        boolean pref = prefer.matcher(lc).find() || presence.matcher(lc).find();
        boolean neg = negation.matcher(negLc).find();
        String busyLc = referencePoint.matcher(lc).replaceAll(" ");
        boolean busyCue = busy.matcher(busyLc).find();
        boolean untimedMeeting = false;
        if (busyCue && clocks.isEmpty() && periods.isEmpty() && !lc.contains("all day")) {
            // a meeting, appointment or class without a stated time is no signal
            busyCue = busy.matcher(meetingLike.matcher(busyLc).replaceAll(" ")).find();
            untimedMeeting = !busyCue && meetingLike.matcher(busyLc).find();
        }
        boolean habit = habitual.matcher(lc).find()
                || dayMentions.stream().anyMatch(DayMention::plural)
                || pluralPeriods.matcher(lc).find();
        double confidence = hedge.matcher(lc).find() ? HEDGED_CONFIDENCE : BASE_CONFIDENCE;
        String zone = zone(orig, c.personZone());

        List<Window> windows = clocks.isEmpty() ? periods : clocks;
        if (!clocks.isEmpty()) {
            windows = adjustMeridian(clocks, periods);
        }

        // Returns: "back on Monday" is a preference for that day; a stated absence before it runs until the day before.
        Matcher ret = returning.matcher(lc);
        List<TimingSignal> out = new ArrayList<>();
        int returnAt = ret.find() ? ret.start() : -1;
        List<DateMention> before = dates;
        if (returnAt >= 0) {
            List<DateMention> afterReturn = new ArrayList<>();
            List<DayMention> daysAfter = dayMentions.stream()
                    .filter(d -> d.begin() > returnAt && !adjacentToDate(d, dates, lc)).toList();
            for (DateMention d : dates) {
                if (d.begin() > returnAt) {
                    afterReturn.add(d);
                }
            }
            for (DayMention d : daysAfter) {
                afterReturn.addAll(weekdayDates(d, lc, c, windows));
            }
            if (!afterReturn.isEmpty()) {
                DateMention first = afterReturn.stream().min((a, b) -> Integer.compare(a.begin(), b.begin())).get();
                Window w = windows.isEmpty() ? null : windows.get(0);
                out.add(signal(SignalKind.PREFER, List.of(), w, first.from(), first.from(), zone, confidence, c));
                before = dates.stream().filter(d -> d.begin() < returnAt).toList();
                List<DayMention> daysBefore = dayMentions.stream().filter(d -> d.begin() < returnAt).toList();
                String lcBefore = lc.substring(0, returnAt);
                boolean absentBefore = absence.matcher(lcBefore).find() || absenceOut.matcher(lcBefore).find()
                        || absencePlace.matcher(orig.substring(0, returnAt)).find() || absenceWithoutTime[0];
                List<DateMention> beforeAll = new ArrayList<>(before);
                for (DayMention d : daysBefore) {
                    if (!adjacentToDate(d, before, lc)) {
                        beforeAll.addAll(weekdayDates(d, lc, c, List.of()));
                    }
                }
                beforeAll.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
                if (absentBefore) {
                    if (beforeAll.isEmpty()) {
                        LocalDate last = first.from().minusDays(1);
                        if (!last.isBefore(c.noteDate())) {
                            out.add(0, signal(SignalKind.UNAVAILABLE, List.of(), null, c.noteDate(), last, zone,
                                    confidence, c));
                        }
                    } else {
                        for (Interval iv : intervals(beforeAll, lc, c)) {
                            out.addAll(0, datedSignals(SignalKind.UNAVAILABLE, iv, List.of(), zone, confidence, c));
                        }
                    }
                }
                return out;
            }
        }

        SignalKind kind;
        if (absent && !(offered && pref)) {
            kind = SignalKind.UNAVAILABLE;
        } else if (neg) {
            kind = SignalKind.AVOID;
        } else if (busyCue) {
            kind = SignalKind.AVOID;
        } else if (pref && !untimedMeeting) {
            kind = SignalKind.PREFER;
        } else {
            return List.of();
        }

        // a single weekday reads as a date, a range of weekdays as a habit, unless the statement is an absence
        boolean singularDays = dayMentions.stream().anyMatch(d -> !d.plural() && !d.range());
        boolean dated = !dates.isEmpty() || (singularDays && !habit)
                || (kind == SignalKind.UNAVAILABLE && !dayMentions.isEmpty() && !habit);
        if (dated) {
            List<DateMention> all = new ArrayList<>(dates);
            for (DayMention d : dayMentions) {
                if (!adjacentToDate(d, dates, lc)) {
                    List<DateMention> wd = weekdayDates(d, lc, c, windows);
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
            for (Interval iv : withDuration(intervals(all, lc, c), lc)) {
                out.addAll(datedSignals(k, iv, windows, zone, confidence, c));
            }
            return out;
        }
        // recurring
        if (kind == SignalKind.UNAVAILABLE) {
            if (!habit) {
                return List.of();
            }
            kind = SignalKind.AVOID;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        dayMentions.forEach(d -> days.addAll(d.days()));
        if (windows.isEmpty() && days.isEmpty()) {
            return List.of();
        }
        List<DayOfWeek> dayList = new ArrayList<>(days);
        if (windows.isEmpty()) {
            out.add(signal(kind, dayList, null, null, null, zone, confidence, c));
        } else {
            for (Window w : windows) {
                out.add(signal(kind, dayList, w, null, null, zone, confidence, c));
            }
        }
        return out;
    }

    private boolean isPastTense(Clause c) {
        boolean vbd = false;
        boolean afterDid = false;
        for (TextAnalysis.Token t : c.sentence().tokens()) {
            if (t.begin() < c.begin() || t.end() > c.end()) {
                continue;
            }
            String pos = t.pos();
            if (pos == null) {
                continue;
            }
            String word = t.word().toLowerCase(Locale.ROOT);
            if (pos.equals("VB") && afterDid) {
                // "didn't start", "did not get back": the past
                afterDid = false;
                continue;
            }
            if (word.equals("did") || word.equals("didn't")) {
                afterDid = true;
            } else if (!pos.equals("RB") && !word.equals("n't")) {
                afterDid = false;
            }
            if (pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VB")) {
                return false;
            }
            if (pos.equals("VBD") && !reporting.contains(t.word().toLowerCase(Locale.ROOT))) {
                vbd = true;
            }
        }
        return vbd;
    }

    private String zone(String orig, ZoneId personZone) {
        for (Lexicon.Zone z : lex.zones()) {
            if (z.pattern().matcher(orig).find()) {
                if (z.id().equals("person")) {
                    return personZone == null ? null : personZone.getId();
                }
                return z.id();
            }
        }
        return null;
    }

    private TimingSignal signal(SignalKind kind, List<DayOfWeek> days, Window w, LocalDate from, LocalDate to,
                                String zone, double confidence, Clause c) {
        int b = c.begin();
        int e = c.end();
        String t = c.text();
        while (b < e && (Character.isWhitespace(t.charAt(b)) || ",.;:-".indexOf(t.charAt(b)) >= 0)) {
            b++;
        }
        while (e > b && (Character.isWhitespace(t.charAt(e - 1)) || ",.;:!?-".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        LocalTime f = w == null ? null : toTime(w.from());
        LocalTime tt = w == null ? null : toTime(w.to());
        return new TimingSignal(kind, days, f, tt, from, to, zone, confidence, t.substring(b, e), b, e);
    }

    private static LocalTime toTime(int minute) {
        return minute >= DAY_END ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    private List<TimingSignal> datedSignals(SignalKind kind, Interval iv, List<Window> windows, String zone,
                                            double confidence, Clause c) {
        List<TimingSignal> out = new ArrayList<>();
        if (iv.window() != null && iv.to().isAfter(iv.from())) {
            // partway through the first day: that part, then whole days
            out.add(signal(kind, List.of(), iv.window(), iv.from(), iv.from(), zone, confidence, c));
            out.add(signal(kind, List.of(), null, iv.from().plusDays(1), iv.to(), zone, confidence, c));
            return out;
        }
        List<Window> ws = !windows.isEmpty() ? windows : iv.window() != null ? List.of(iv.window()) : List.of();
        if (ws.isEmpty()) {
            out.add(signal(kind, List.of(), null, iv.from(), iv.to(), zone, confidence, c));
        } else {
            for (Window w : ws) {
                out.add(signal(kind, List.of(), w, iv.from(), iv.to(), zone, confidence, c));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ windows

    /** Resolves an hour written with or without am/pm; {@code hint} is 'a', 'p' or 0. Returns -1 if not a time. */
    int minutes(String hourText, String minuteText, String meridian, char hint) {
        int h = Integer.parseInt(hourText);
        int m = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (h > 24 || m > 59) {
            return -1;
        }
        if (meridian != null) {
            if (h == 0 || h > 12) {
                return -1;
            }
            boolean pm = pmPattern.matcher(meridian).matches();
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

    private List<Window> clockWindows(String lc) {
        List<Window> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        Matcher m = range.matcher(lc);
        while (m.find()) {
            String sep = lc.substring(m.start(), m.end());
            boolean introduced = introducedRange.matcher(sep).matches();
            // group layout: 1-3 first time, 4 first noon; 5-7 second time, 8 second noon
            boolean mer1 = m.group(3) != null;
            boolean mer2 = m.group(7) != null;
            boolean colon = m.group(2) != null || m.group(6) != null;
            boolean dash = !introduced && sep.matches("(?s).*\\d\\s*[-\u2013]\\s*\\d.*|.*\\d\\s*(?:to|until|till)\\s*\\d.*");
            if (!mer1 && !mer2 && unitAfter.matcher(lc.substring(m.end())).lookingAt()) {
                continue;
            }
            boolean bareDash = !introduced && !mer1 && !mer2 && !colon && dash
                    && sep.matches("(?s)\\s*\\d{1,2}\\s*[-\u2013]\\s*\\d{1,2}\\s*")
                    && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(5)) <= 12
                    && !lc.substring(m.end()).matches("(?s)^\\s*(?:[a-z]+\\s+)?(?:months?|days?|weeks?|people|persons|units|min|mins|minutes|hours?|hrs|years?|%|x\\b|percent|seats|users).*");
            if (!introduced && !mer1 && !mer2 && !colon && !bareDash) {
                continue;
            }
            if (!introduced && !dash && !mer1 && !mer2) {
                continue;
            }
            int a;
            int b;
            if (m.group(4) != null) {
                a = 12 * 60;
            } else {
                String merA = m.group(3) != null ? m.group(3) : null;
                char hintA = 0;
                if (merA == null && m.group(7) != null) {
                    merA = m.group(7);
                }
                a = minutes(m.group(1), m.group(2), merA, hintA);
            }
            if (m.group(8) != null) {
                b = 12 * 60;
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
            if (m.group(7) == null && m.group(8) == null && b <= a && b < 12 * 60) {
                b += 12 * 60;
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
            if (isUsed(used, alone.start(), alone.end()) || (alone.group(2) == null && alone.group(3) == null)) {
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
    private List<Window> adjustMeridian(List<Window> clocks, List<Window> periods) {
        if (periods.isEmpty()) {
            return clocks;
        }
        boolean pmPeriod = periods.stream().allMatch(p -> p.from() >= 12 * 60);
        boolean amPeriod = periods.stream().allMatch(p -> p.to() <= 12 * 60);
        List<Window> out = new ArrayList<>();
        for (Window w : clocks) {
            Window x = w;
            if (!w.bare()) {
                out.add(w);
                continue;
            }
            if (pmPeriod && w.from() < 12 * 60 && w.to() <= 13 * 60) {
                x = new Window(w.begin(), w.end(), w.from() + 12 * 60, Math.min(DAY_END, w.to() + 12 * 60), true);
            } else if (amPeriod && w.from() >= 13 * 60 && w.from() < 20 * 60) {
                x = new Window(w.begin(), w.end(), w.from() - 12 * 60, Math.max(w.to() - 12 * 60, w.from() - 11 * 60), true);
            }
            out.add(x);
        }
        return out;
    }

    private List<Window> periodWindows(String lc, String orig, List<Window> clocks) {
        List<Window> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        for (Window w : clocks) {
            mark(used, w.begin(), w.end());
        }
        for (Lexicon.Period p : lex.periods()) {
            Matcher m = p.pattern().matcher(lc);
            while (m.find()) {
                if (isUsed(used, m.start(), m.end())) {
                    continue;
                }
                int f = p.from().toSecondOfDay() / 60;
                int t = p.to().toSecondOfDay() / 60;
                mark(used, m.start(), m.end());
                if (out.stream().noneMatch(o -> o.from() == f && o.to() == t)) {
                    out.add(new Window(m.start(), m.end(), f, t, false));
                }
            }
        }
        addStandalone(orig, standaloneAm, used, out, 8 * 60, 12 * 60);
        addStandalone(orig, standalonePm, used, out, 13 * 60, 17 * 60);
        out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return out;
    }

    private static void addStandalone(String orig, Pattern p, boolean[] used, List<Window> out, int f, int t) {
        Matcher m = p.matcher(orig);
        while (m.find()) {
            if (!isUsed(used, m.start(), m.end()) && out.stream().noneMatch(o -> o.from() == f && o.to() == t)) {
                out.add(new Window(m.start(), m.end(), f, t, false));
            }
        }
    }

    private static void mark(boolean[] used, int b, int e) {
        for (int i = b; i < e && i < used.length; i++) {
            used[i] = true;
        }
    }

    private static boolean isUsed(boolean[] used, int b, int e) {
        for (int i = b; i < e && i < used.length; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ days

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

    private List<DayMention> dayMentions(String lc, String orig) {
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
            boolean plural = word.endsWith("s") && word.length() > 4 && !word.endsWith("ues") && !word.endsWith("urs");
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
                if (gap.matches("\\s*(?:-|\u2013|to|through|thru|until|till)\\s*")) {
                    until = gap.trim().matches("until|till");
                    DayOfWeek x = last;
                    while (x != nd) {
                        x = x.plus(1);
                        set.add(x);
                    }
                    isRange = true;
                    last = nd;
                } else if (gap.matches("\\s*(?:/|,|and|or|&|\\+|, and|, or)\\s*")) {
                    set.add(nd);
                    if (gap.trim().equals("/")) {
                        plural = true;
                    }
                    last = nd;
                } else {
                    break;
                }
                plural |= nword.endsWith("s") && nword.length() > 4 && !nword.endsWith("ues") && !nword.endsWith("urs");
                end = n[1];
                i++;
            }
            out.add(new DayMention(begin, end, set, plural, isRange, first, last, until));
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

    private boolean adjacentToDate(DayMention d, List<DateMention> dates, String lc) {
        for (DateMention x : dates) {
            if (lc.substring(x.begin(), x.end()).contains("week")) {
                continue;
            }
            if (x.begin() >= d.end() && lc.substring(d.end(), x.begin()).matches("[\\s,]*(?:the\\s*)?")) {
                return x.begin() - d.end() <= 6 || x.begin() == d.end();
            }
            if (x.end() <= d.begin() && lc.substring(x.end(), d.begin()).matches("[\\s,]*")
                    && !lc.substring(x.begin(), x.end()).contains("week")) {
                return true;
            }
            if (x.begin() <= d.begin() && x.end() >= d.end()) {
                return true;
            }
        }
        return false;
    }

    /** The dates a weekday mention means in a dated statement. */
    private List<DateMention> weekdayDates(DayMention d, String lc, Clause c, List<Window> windows) {
        LocalDate noteDate = c.noteDate();
        int noteMinute = c.noteLocal().getHour() * 60 + c.noteLocal().getMinute();
        int windowEnd = windows.isEmpty() ? DAY_END : windows.stream().mapToInt(Window::to).max().orElse(DAY_END);
        String pre = lc.substring(Math.max(0, d.begin() - 14), d.begin());
        String post = lc.substring(d.end(), Math.min(lc.length(), d.end() + 16));
        boolean nextCalendarWeek = pre.matches("(?s).*\\bnext\\s+$") || post.matches("(?s)^\\s+(?:of\\s+)?next week.*");
        boolean thisWeekSuffix = post.matches("(?s)^\\s+(?:of\\s+)?this week.*");
        LocalDate first;
        if (nextCalendarWeek) {
            first = noteDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(d.first().getValue() - 1L);
        } else if (noteDate.getDayOfWeek() == d.first() && noteMinute < windowEnd) {
            first = noteDate;
        } else {
            first = noteDate.with(TemporalAdjusters.next(d.first()));
        }
        int end = d.end();
        if (post.matches("(?s)^\\s+(?:of\\s+)?(?:next|this) week.*")) {
            Matcher nw = Pattern.compile("(?:next|this) week").matcher(lc);
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

    // ------------------------------------------------------------------ dates

    private List<DateMention> dateMentions(Clause c, String lc) {
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[lc.length()];
        LocalDate nd = c.noteDate();
        LocalDate nextMonday = nd.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate friday = nd.getDayOfWeek().getValue() <= 5 ? nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)) : nd;
        addWord(lc, dayAfterTomorrow, used, out, nd.plusDays(2), nd.plusDays(2), null);
        addWord(lc, restOfWeek, used, out, nd, friday, null);
        int noteMinute = c.noteLocal().getHour() * 60 + c.noteLocal().getMinute();
        addWord(lc, restOfDay, used, out, nd, nd,
                noteMinute < 18 * 60 ? new Window(0, 0, c.noteLocal().getHour() * 60, 18 * 60, false) : null);
        addWord(lc, nextWeekend, used, out, nextMonday.plusDays(5), nextMonday.plusDays(6), null);
        addWord(lc, nextWeek, used, out, nextMonday, nextMonday.plusDays(4), null);
        addWord(lc, thisWeek, used, out, nd, friday, null);
        LocalDate sat = nd.getDayOfWeek() == DayOfWeek.SUNDAY ? nd : nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        addWord(lc, thisWeekend, used, out, sat, nd.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), null);
        addWord(lc, tomorrow, used, out, nd.plusDays(1), nd.plusDays(1), null);
        addTodayWords(lc, used, out, nd);

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
            if (isUsed(used, m.start(), m.end()) || m.group(1).length() < 3 || m.group(1).equals("may")) {
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
            } catch (java.time.DateTimeException e) {
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

    private void addTodayWords(String lc, boolean[] used, List<DateMention> out, LocalDate nd) {
        Matcher m = today.matcher(lc);
        while (m.find()) {
            if (isUsed(used, m.start(), m.end())) {
                continue;
            }
            String w = lc.substring(m.start(), m.end());
            Window win = null;
            if (w.contains("afternoon") || w.endsWith("pm")) {
                win = new Window(m.start(), m.end(), 13 * 60, 17 * 60, false);
            } else if (w.contains("morning") || w.endsWith("am")) {
                win = new Window(m.start(), m.end(), 8 * 60, 12 * 60, false);
            } else if (w.contains("evening") || w.contains("tonight")) {
                win = new Window(m.start(), m.end(), 17 * 60, 20 * 60, false);
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
        throw new IllegalStateException("not a month: " + w);
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
                if (d.isBefore(nd.minusDays(60))) {
                    d = d.plusYears(1);
                }
            }
            out.add(new DateMention(b, e, d, d, null, false));
            mark(used, b, e);
        } catch (java.time.DateTimeException ex) {
            // not a calendar date: ignore
        }
    }

    /** Extends a one-day interval by a stated duration ("on Monday for three days"). */
    private List<Interval> withDuration(List<Interval> intervals, String lc) {
        Matcher d = duration.matcher(lc);
        if (intervals.size() != 1 || !d.find() || !intervals.get(0).from().equals(intervals.get(0).to())) {
            return intervals;
        }
        String n = d.group(1);
        int count = switch (n) {
            case "a", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three", "a few" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            default -> Integer.parseInt(n);
        };
        String unit = d.group(2);
        int days = unit.startsWith("fortnight") ? 14 * count : unit.startsWith("week") ? 7 * count : count;
        Interval iv = intervals.get(0);
        return List.of(new Interval(iv.from(), iv.from().plusDays(Math.max(1, days) - 1L), iv.window()));
    }

    /** Chains date mentions by their connectors into intervals ("from A to B", "until D", "through D", "A and B"). */
    private List<Interval> intervals(List<DateMention> mentions, String lc, Clause c) {
        List<Interval> out = new ArrayList<>();
        Pattern untilP = untilEnd;
        Pattern throughP = throughEnd;
        Pattern toP = toAlone;
        DateMention prev = null;
        for (DateMention m : mentions) {
            String gapFrom = prev == null ? lc.substring(Math.max(0, m.begin() - 24), m.begin())
                    : lc.substring(Math.min(prev.end(), m.begin()), m.begin());
            String gap = weekdayFull.matcher(gapFrom).replaceAll(" ").replaceAll("[,\\s]+", " ").trim()
                    .replaceAll("\\b(?:early|late|mid|the|morning|afternoon|evening|night|am|pm)\\b", " ")
                    .replaceAll("\\s+", " ").trim()
                    .replaceAll("\\s*\\b(?:next|this|coming|this coming|on)$", "").trim();
            boolean chained = prev != null && chainGap.matcher(gap).matches();
            if (untilP.matcher(gap).matches()) {
                LocalDate end = m.from().minusDays(1);
                LocalDate start = chained && !out.isEmpty() ? out.remove(out.size() - 1).from() : c.noteDate();
                Window w = chained && prev.window() != null ? prev.window() : null;
                if (!end.isBefore(start)) {
                    out.add(new Interval(start, end, w));
                }
            } else if (throughP.matcher(gap).matches() || (chained && toP.matcher(gap).matches())) {
                Interval last = chained && !out.isEmpty() ? out.remove(out.size() - 1) : null;
                LocalDate start = last != null ? last.from() : c.noteDate();
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
