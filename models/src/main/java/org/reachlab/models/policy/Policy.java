package org.reachlab.models.policy;

import java.util.List;

/**
 * Decides, one day at a time, which due contacts to call at which local hour.
 *
 * <p>A policy should obey the hard rules: dial only contacts in {@link DayContext#due()}, at
 * hours their {@link DueContact#allowedHours()} allow, at most
 * {@link DueContact#remainingThisWeek()} times each, within each rep's capacity for the day and
 * for each local hour (a policy books its dials through {@link DayContext#ledger()}). The
 * simulator enforces these rules, refuses and counts any dial that breaks them.
 *
 * <p>Every dial reports its propensity: the probability with which the policy chose that hour
 * for that contact, given that it dials the contact today. Deterministic choices have
 * propensity 1. Policies draw any randomness from {@link DayContext#random()} so that runs are
 * reproducible.
 */
public interface Policy {

    /** A short name written to the {@code policy} column of calls.csv. */
    String name();

    /** The dials of one day. */
    List<Dial> plan(DayContext day);
}
