package org.reachlab.models;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;

/**
 * A trained reachability model: the probability that a call to a contact at an instant connects
 * (reaches the right person).
 *
 * <p>A model is trained by its {@link ModelFamily} from a time-ordered attempt table and then knows
 * everything up to the end of that table. {@link #update} feeds it one more outcome, later than
 * every outcome it has seen, without retraining. Predictions never use anything the model has not
 * been given, so a backtest that trains on the past and only updates after predicting has no
 * look-ahead.
 *
 * <p><b>Cold start.</b> Every model answers for any contact, also one it has never seen: it falls
 * back to what it knows of the contact's {@link Segment}, then to everybody.
 *
 * <p><b>Calendar.</b> Probabilities include the day effects of the contact's local date: public
 * holidays and bridge days of the contact's region, and absences the contact stated (see
 * {@link StatedPreferences}). {@link DayEffects} implements them for all families.
 *
 * <p><b>Threads.</b> Predictions may run concurrently with each other; {@link #update} must not
 * run concurrently with anything else on the same model.
 */
public interface ReachabilityModel {

    /** The family's registry name ({@code fixed}, {@code global}, {@code bayes}, ...). */
    String family();

    /** The probability in [0, 1] that a call to the contact starting at the instant connects. */
    double probability(Contact contact, Instant at);

    /**
     * The probability that a call by a given rep to the contact starting at the instant connects.
     * Families that know the rep-contact relationship use it; the default ignores the rep. A
     * {@code null} rep is the same as {@link #probability(Contact, Instant)}.
     */
    default double probability(Contact contact, Instant at, String repId) {
        return probability(contact, at);
    }

    /**
     * The contact's weekly profile in an ISO week: for each local slot (index
     * {@link LocalSlot#index()}, Monday 00h = 0), the probability that a call starting at the
     * middle of that local hour on that date connects. Holidays and stated absences of that
     * week are included.
     *
     * <p>The default asks {@link #probability} for every slot at {@link IsoWeek#slotInstant};
     * families override it with something faster.
     */
    default WeeklyProfile profile(Contact contact, IsoWeek week) {
        double[] p = new double[LocalSlot.COUNT];
        for (int s = 0; s < LocalSlot.COUNT; s++) {
            p[s] = probability(contact, week.slotInstant(s, contact.zone()));
        }
        return new WeeklyProfile(contact.id(), week, p);
    }

    /**
     * The weekly profiles of many contacts in one ISO week, in the order given: the same as
     * {@link #profile} for each contact. The default scores the contacts in parallel (predictions may
     * run concurrently); families override it where scoring many contacts at once is cheaper.
     */
    default WeeklyProfile[] profiles(java.util.List<Contact> contacts, IsoWeek week) {
        WeeklyProfile[] out = new WeeklyProfile[contacts.size()];
        java.util.stream.IntStream.range(0, out.length).parallel().forEach(i -> out[i] = profile(contacts.get(i), week));
        return out;
    }

    /**
     * Learns from one new outcome, without retraining. Outcomes must come in time order: an
     * observation earlier than one already seen may be rejected with an
     * {@link IllegalArgumentException}.
     */
    void update(Observation observation);

    /**
     * Writes this model's parameters (everything {@link ModelFamily#load} needs to rebuild a model
     * that predicts the same within 1e-9) into an existing, empty directory. Provenance, config and
     * the model card are written by {@code org.reachlab.models.store.ModelStore}, not here.
     */
    void save(Path parametersDir) throws IOException;

    /**
     * A few named figures that describe the fitted model (estimated strengths, counts), written to
     * the manifest and shown by commands; empty by default.
     */
    default java.util.Map<String, Object> summary() {
        return java.util.Map.of();
    }

    /** An independent deep copy: updates to the copy do not change this model, nor the reverse. */
    ReachabilityModel copy();
}
