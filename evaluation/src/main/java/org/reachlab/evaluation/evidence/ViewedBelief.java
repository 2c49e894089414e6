package org.reachlab.evaluation.evidence;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.learned.ObservedDial;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * A belief that sees every contact through a {@link ContactView}: what it is asked about and what
 * it observes are the viewed contacts, so it can pool only over what the view shows.
 */
final class ViewedBelief implements SlotBelief {

    private final SlotBelief belief;
    private final ContactView view;

    ViewedBelief(SlotBelief belief, ContactView view) {
        this.belief = belief;
        this.view = view;
    }

    /** The belief behind the view. */
    SlotBelief inner() {
        return belief;
    }

    @Override
    public String name() {
        return belief.name();
    }

    @Override
    public double[] mean(DueContact contact, LocalDate date) {
        return belief.mean(viewed(contact), date);
    }

    @Override
    public double[] sample(DueContact contact, LocalDate date, SplittableRandom random) {
        return belief.sample(viewed(contact), date, random);
    }

    @Override
    public void observe(ObservedDial o) {
        belief.observe(new ObservedDial(o.contactIndex(), view.apply(o.contact()), o.local(), o.at(), o.outcome()));
    }

    @Override
    public SlotBelief copy() {
        return new ViewedBelief(belief.copy(), view);
    }

    private DueContact viewed(DueContact d) {
        return new DueContact(d.index(), view.apply(d.contact()), d.allowedHours(), d.remainingThisWeek(),
                d.attempts(), d.lastAttempt(), d.hourCounts(), d.recentAttempts());
    }
}
