package org.reachlab.signals.extract.recognise;

import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Negation within a clause ("not before 10", "never Fridays", "no calls"), ignoring negation words
 * that do not negate availability ("don't hesitate", "no problem"). Its scope is the clause, as
 * split by {@link ClauseSplitter}.
 */
final class NegationRecogniser {

    private final Pattern negation;
    private final Pattern noise;

    NegationRecogniser(Lexicon lex) {
        negation = lex.cue("cue.negation");
        noise = lex.cue("cue.negationNoise");
    }

    /** True when a clause, lower-cased, is negated. */
    boolean negated(String lc) {
        return negation.matcher(noise.matcher(lc).replaceAll(" ")).find();
    }
}
