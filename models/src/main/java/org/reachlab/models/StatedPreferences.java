package org.reachlab.models;

import java.util.Map;
import java.util.Optional;

/**
 * What contacts said about when they can be reached: the stated-preference evidence models may
 * use as a prior. nlp-signals' per-contact {@code StatedProfile} adapts to
 * {@link ContactPreferences} one to one (its slot weights and its dated absences); the models
 * module does not depend on nlp-signals.
 */
@FunctionalInterface
public interface StatedPreferences {

    /** The contact's stated preferences, or empty when it said nothing. */
    Optional<ContactPreferences> of(String contactId);

    /** No stated preferences at all. */
    static StatedPreferences none() {
        return id -> Optional.empty();
    }

    /**
     * Only what was known before an instant: slot weights whose {@code knownFrom} is before it and
     * absences whose {@code knownFrom} is before it ({@code null} counts as always known).
     */
    default StatedPreferences knownBefore(java.time.Instant t) {
        return id -> of(id).flatMap(p -> {
            boolean weightsKnown = p.knownFrom() == null || p.knownFrom().isBefore(t);
            java.util.List<Absence> abs = p.absences().stream()
                    .filter(a -> a.knownFrom() == null || a.knownFrom().isBefore(t)).toList();
            if (!weightsKnown && abs.isEmpty()) {
                return Optional.empty();
            }
            double[] w = weightsKnown ? p.weights() : new double[org.reachlab.data.domain.LocalSlot.COUNT];
            return Optional.of(new ContactPreferences(p.contactId(), w, abs, weightsKnown ? p.knownFrom() : null));
        });
    }

    /** Preferences from a map of contact id to preferences. */
    static StatedPreferences of(Map<String, ContactPreferences> byContact) {
        Map<String, ContactPreferences> copy = Map.copyOf(byContact);
        return id -> Optional.ofNullable(copy.get(id));
    }
}
