package org.reachlab.signals.gate;

import java.util.List;
import java.util.Objects;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Decides whether a sentence states when a person can be reached: the rule layer keeps a
 * sentence's signals only when the gate says so. Immutable and safe to share between threads.
 */
public final class AvailabilityGate {

    private final GateFeatures features;
    private final LogisticModel model;

    /**
     * A gate with the given features and model.
     *
     * @param features the language's features
     * @param model    the weights
     */
    public AvailabilityGate(GateFeatures features, LogisticModel model) {
        this.features = Objects.requireNonNull(features, "features");
        this.model = Objects.requireNonNull(model, "model");
        if (!model.names().equals(GateFeatures.NAMES)) {
            throw new IllegalArgumentException("the model's features " + model.names() + " are not the gate's "
                    + GateFeatures.NAMES);
        }
    }

    /** The gate of a language with the shipped weights. */
    public static AvailabilityGate shipped(Lexicon lex) {
        return new AvailabilityGate(new GateFeatures(lex), LogisticModel.shipped());
    }

    /**
     * The probability that a sentence states availability.
     *
     * @param sentence the sentence as written
     * @param tokens   its tokens (part-of-speech tags may be null)
     */
    public double probability(String sentence, List<TextAnalysis.Token> tokens) {
        return model.probability(features.features(sentence, tokens));
    }

    /**
     * True when a sentence states availability, so its signals count.
     *
     * @param sentence the sentence as written
     * @param tokens   its tokens (part-of-speech tags may be null)
     */
    public boolean statesAvailability(String sentence, List<TextAnalysis.Token> tokens) {
        return model.keeps(features.features(sentence, tokens));
    }
}
