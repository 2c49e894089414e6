/**
 * Learned scheduling policies: greedy on a belief's connect probabilities, epsilon-greedy, and
 * Thompson sampling from a posterior. A {@link org.reachlab.models.policy.learned.SlotBelief}
 * holds what is known about each contact's reachability by local hour and learns online from
 * every {@link org.reachlab.models.policy.learned.ObservedDial} (the simulator feeds each dial's
 * outcome to any policy that is a {@link org.reachlab.models.policy.learned.Learner}). Every
 * policy here reports the exact probability with which it drew the hour it dials (Thompson
 * sampling estimates its choice probabilities by Monte Carlo and then draws from that estimate,
 * so the logged propensity is the true sampling probability) and never gives an allowed hour
 * less than a configured minimum exploration probability.
 */
package org.reachlab.models.policy.learned;
