package org.reachlab.signals.extract.recognise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Absences ("OOO", "on leave", "at a conference", "is out", "in Boston") and returns ("back on
 * Monday"), from the lexicon's {@code cue.absence*} and {@code cue.return} words.
 */
final class AbsenceRecogniser {

    private final Pattern absence;
    private final Pattern absenceOut;
    /** A capitalised place ("in Boston"), matched case-sensitively on the text as written. */
    private final Pattern absencePlace;
    private final Pattern returning;
    /** "back from vacation": an absence named after the return cue; null when the language has none. */
    private final Pattern returnFrom;

    AbsenceRecogniser(Lexicon lex) {
        absence = lex.cue("cue.absence");
        absenceOut = Pattern.compile(lex.required("cue.absence.out"), Pattern.CASE_INSENSITIVE);
        absencePlace = Pattern.compile(lex.required("cue.absence.place.cs"));
        returning = lex.cue("cue.return");
        String from = lex.optional("cue.returnFrom", "");
        returnFrom = from.isEmpty() ? null : Lexicon.words(from, false);
    }

    /**
     * True when a clause states an absence.
     *
     * @param lc   the clause (or its start), lower-cased
     * @param orig the same text as written
     */
    boolean absent(String lc, String orig) {
        return absence.matcher(lc).find() || absenceOut.matcher(lc).find() || absencePlace.matcher(orig).find();
    }

    /** True when a clause names the absence a return ends ("kommt aus dem Urlaub zurück"). */
    boolean returnsFromAbsence(String lc) {
        return returnFrom != null && returnFrom.matcher(lc).find();
    }

    /** Where a return is stated in a clause ("back on", "returning"), or -1. */
    int returnAt(String lc) {
        Matcher ret = returning.matcher(lc);
        return ret.find() ? ret.start() : -1;
    }
}
