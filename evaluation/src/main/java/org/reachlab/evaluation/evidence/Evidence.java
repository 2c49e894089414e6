package org.reachlab.evaluation.evidence;

import java.util.List;
import java.util.Objects;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * What a run gives a learned policy and its belief to learn from: the logged history before the
 * evaluated weeks (the belief is trained on it, the policy reads its hourly rates), the stated
 * preferences read from the notes written before the history ended (the belief's training data
 * carries them), and the view under which the belief sees each contact, in training and while it
 * dials. Immutable; an {@link EvidenceSource} returns a copy with its part removed.
 *
 * @param history     the logged dials before the evaluated weeks, in time order
 * @param preferences what the contacts said about when they can be reached
 * @param contacts    how the belief sees each contact
 */
public record Evidence(List<SimulatedCall> history, StatedPreferences preferences, ContactView contacts) {

    public Evidence {
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(contacts, "contacts");
    }

    /** Everything: the history, the stated preferences and the contacts as they are. */
    public static Evidence of(List<SimulatedCall> history, StatedPreferences preferences) {
        return new Evidence(history, preferences, ContactView.AS_IS);
    }

    /** The same evidence with another history. */
    public Evidence withHistory(List<SimulatedCall> h) {
        return new Evidence(h, preferences, contacts);
    }

    /** The same evidence with other stated preferences. */
    public Evidence withPreferences(StatedPreferences p) {
        return new Evidence(history, p, contacts);
    }

    /** The same evidence with the contacts further seen through {@code view}. */
    public Evidence seenThrough(ContactView view) {
        return new Evidence(history, preferences, contacts.andThen(view));
    }

    /** A belief trained on this evidence as its policy acts on it: under the contact view, if any. */
    public SlotBelief viewed(SlotBelief belief) {
        return contacts == ContactView.AS_IS ? belief : new ViewedBelief(belief, contacts);
    }
}
