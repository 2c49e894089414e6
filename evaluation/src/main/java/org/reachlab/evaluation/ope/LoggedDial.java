package org.reachlab.evaluation.ope;

import java.time.LocalDateTime;
import org.reachlab.data.domain.Outcome;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.learned.ObservedDial;

/**
 * One logged dial as off-policy evaluation sees it.
 *
 * @param context    the contact as a policy saw it just before the dial (history, allowed hours)
 * @param local      the contact's local date and time of the dial
 * @param reward     1 for a right-party connect, else 0
 * @param propensity the logger's probability of the hour dialled, in (0, 1]
 */
public record LoggedDial(DueContact context, LocalDateTime local, double reward, double propensity) {

    public LoggedDial {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], received " + propensity
                    + " for contact " + context.contact().id() + " at " + local);
        }
    }

    /** The local hour dialled. */
    public int hour() {
        return local.getHour();
    }

    /** The contact's index. */
    public int contactIndex() {
        return context.index();
    }

    /** The dial as a belief learns from it (a connect when the reward is positive, else no answer). */
    public ObservedDial observed() {
        return new ObservedDial(contactIndex(), context.contact(), local,
                local.atZone(context.contact().zone()).toInstant(), reward > 0 ? Outcome.CONNECTED : Outcome.NO_ANSWER);
    }
}
