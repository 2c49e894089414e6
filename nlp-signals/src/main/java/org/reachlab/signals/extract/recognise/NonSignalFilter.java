package org.reachlab.signals.extract.recognise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Text that states no timing signal although it has time words: the past ("yesterday", a verb in
 * the past tense outside reported speech), things and deadlines ("the report is due Friday"),
 * times that cannot be resolved ("some time next week"), offers and prices, and reachability by
 * phone rather than presence.
 */
final class NonSignalFilter {

    private final Pattern unresolvable;
    private final Pattern thing;
    private final Pattern deadline;
    private final Pattern past;
    /** Verbs of reported speech: "asked for a callback on Thursday" is not about the past. */
    private final Set<String> reporting;
    private final Set<String> pastAuxiliary;
    private final Set<String> negationToken;
    private final Pattern offerSentence;
    private final Pattern phoneOnly;

    NonSignalFilter(Lexicon lex) {
        unresolvable = lex.cue("cue.unresolvable");
        thing = lex.cue("cue.thing");
        deadline = lex.cue("cue.deadline");
        past = lex.cue("cue.past");
        reporting = Set.of(lex.required("cue.reporting").split("\\|"));
        pastAuxiliary = Set.of(lex.required("tense.pastAuxiliary").split("\\|"));
        negationToken = Set.of(lex.required("tense.negationToken").split("\\|"));
        offerSentence = lex.cue("cue.offerSentence");
        phoneOnly = lex.cue("cue.phoneOnly");
    }

    /**
     * True when a clause states nothing about the person's times.
     *
     * @param c  the clause
     * @param lc the clause, lower-cased
     */
    boolean statesNothing(Clause c, String lc) {
        return lc.isBlank() || unresolvable.matcher(lc).find() || thing.matcher(lc).find()
                || deadline.matcher(lc).find() || past.matcher(lc).find() || isPastTense(c);
    }

    /** True when a sentence, lower-cased, is about offers or prices: none of its signals count. */
    boolean isOfferSentence(String sentenceLower) {
        return offerSentence.matcher(sentenceLower).find();
    }

    /** True when a sentence, lower-cased, says how to reach the person ("reachable by phone"), not that they are away. */
    boolean isPhoneOnly(String sentenceLower) {
        return phoneOnly.matcher(sentenceLower).find();
    }

    /** Reads the clause's part-of-speech tags: a past-tense verb with no present or modal verb makes it past. */
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
            if (pastAuxiliary.contains(word)) {
                afterDid = true;
            } else if (!pos.equals("RB") && !negationToken.contains(word)) {
                afterDid = false;
            }
            if (pos.equals("MD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VB")) {
                return false;
            }
            if (pos.equals("VBD") && !reporting.contains(word)) {
                vbd = true;
            }
        }
        return vbd;
    }
}
