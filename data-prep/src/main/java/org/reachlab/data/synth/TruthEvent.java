package org.reachlab.data.synth;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A dated change of a contact's reachability: between {@code from} and {@code to} (inclusive,
 * local dates) every slot's connect probability is multiplied by at most {@code factor} (when
 * several events overlap, the smallest factor applies). A {@link Kind#ROUTINE_CHANGE} has
 * factor 1: from its date the contact follows a new weekly profile.
 *
 * @param kind   what happened
 * @param from   first day
 * @param to     last day
 * @param factor multiplier of the connect probability
 * @param detail a holiday's or fair's name, or empty
 */
public record TruthEvent(Kind kind, LocalDate from, LocalDate to, double factor, String detail) {

    /** The kinds of dated events. */
    public enum Kind {
        HOLIDAY, BRIDGE_DAY, VACATION, FAIR, MONTH_END, ROUTINE_CHANGE;

        /** Lower-case code used in files. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** True when the date lies within the event. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
