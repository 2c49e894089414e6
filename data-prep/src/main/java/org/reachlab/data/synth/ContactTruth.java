package org.reachlab.data.synth;

import java.time.LocalDate;
import java.util.List;
import org.reachlab.data.domain.Contact;

/**
 * What is true about one contact in a synthetic world: its weekly profiles (one, or two after
 * a routine change), its dated events, and the traits that decide outcomes.
 *
 * @param contact      the contact as written to contacts.csv
 * @param segment      index of its segment in the world's configuration
 * @param reach        its overall reachability multiplier (1 = typical)
 * @param wrongNumber  whether its number is wrong (it is never reached by phone)
 * @param takesBridgeDays whether it takes bridge days off
 * @param profiles     weekly profiles, ordered by start date, the first starting at {@link LocalDate#MIN}
 * @param events       dated events, ordered by start date
 */
public record ContactTruth(Contact contact, int segment, double reach, boolean wrongNumber,
                           boolean takesBridgeDays, List<Profile> profiles, List<TruthEvent> events) {

    /** The profile in force on a date. */
    public Profile profileOn(LocalDate date) {
        Profile p = profiles.get(0);
        for (int i = 1; i < profiles.size(); i++) {
            if (!date.isBefore(profiles.get(i).from())) {
                p = profiles.get(i);
            }
        }
        return p;
    }

    /** The multiplier of a date from its events: the smallest covering factor, or 1. */
    public double dayFactor(LocalDate date) {
        double f = 1.0;
        for (TruthEvent e : events) {
            if (e.from().isAfter(date)) {
                break;
            }
            if (e.factor() < f && e.covers(date)) {
                f = e.factor();
            }
        }
        return f;
    }

    /** The date its routine changes, or {@code null} when it never does. */
    public LocalDate driftDate() {
        return profiles.size() > 1 ? profiles.get(1).from() : null;
    }
}
