package org.reachlab.signals.extract.recognise;

import java.util.List;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * The cue words that, besides absences and negation, decide the kind of a clause and how sure it
 * is: busy words (a meeting only with a stated time), preference and presence words, offers
 * ("when I'm back"), habit words and hedges.
 */
final class KindCues {

    /** Confidence of a signal. */
    static final double BASE_CONFIDENCE = 0.9;
    /** Confidence of a hedged signal ("usually", "I believe"). */
    static final double HEDGED_CONFIDENCE = 0.75;

    /**
     * What the busy words of a clause say.
     *
     * @param busy           whether the clause states a busy time
     * @param untimedMeeting whether it names a meeting without a time (then no preference holds either)
     */
    record Busy(boolean busy, boolean untimedMeeting) { }

    /** "before my first meeting": a meeting used as a reference point, not a busy statement. */
    private final Pattern referencePoint;
    private final Pattern busy;
    private final Pattern meetingLike;
    private final Pattern allDay;
    private final Pattern prefer;
    private final Pattern presence;
    private final Pattern offer;
    private final Pattern habitual;
    /** Plural periods ("mornings") make a statement habitual. */
    private final Pattern pluralPeriods;
    private final Pattern hedge;

    KindCues(Lexicon lex) {
        referencePoint = Pattern.compile(lex.required("rule.referencePoint"));
        busy = lex.cue("cue.busy");
        meetingLike = lex.cue("cue.meetingLike");
        allDay = Pattern.compile(lex.required("rule.allDay"));
        prefer = lex.cue("cue.prefer");
        presence = lex.cue("cue.presence");
        offer = lex.cue("cue.offer");
        habitual = lex.cue("cue.habitual");
        pluralPeriods = Pattern.compile(lex.required("rule.pluralPeriods"));
        hedge = lex.cue("cue.hedge");
    }

    /**
     * Reads the busy words of a clause.
     *
     * @param lc    the clause, lower-cased
     * @param timed whether the clause states a clock time or a period
     */
    Busy busy(String lc, boolean timed) {
        String busyLc = referencePoint.matcher(lc).replaceAll(" ");
        boolean busyCue = busy.matcher(busyLc).find();
        boolean untimedMeeting = false;
        if (busyCue && !timed && !allDay.matcher(lc).find()) {
            // a meeting, appointment or class without a stated time is no signal
            busyCue = busy.matcher(meetingLike.matcher(busyLc).replaceAll(" ")).find();
            untimedMeeting = !busyCue && meetingLike.matcher(busyLc).find();
        }
        return new Busy(busyCue, untimedMeeting);
    }

    /** True when a clause states a preference or presence ("try", "best", "back in the office"). */
    boolean prefers(String lc) {
        return prefer.matcher(lc).find() || presence.matcher(lc).find();
    }

    /** True when a clause is an offer conditional on being there ("when I'm back"). */
    boolean offered(String lc) {
        return offer.matcher(lc).find();
    }

    /** True when a clause is written as a habit: habit words, plural weekdays or plural periods. */
    boolean habitual(String lc, List<DayMention> days) {
        return habitual.matcher(lc).find() || days.stream().anyMatch(DayMention::plural)
                || pluralPeriods.matcher(lc).find();
    }

    /** The confidence of a clause's signals: lower when hedged. */
    double confidence(String lc) {
        return hedge.matcher(lc).find() ? HEDGED_CONFIDENCE : BASE_CONFIDENCE;
    }
}
