package org.reachlab.models.policy.learned;

/** Something that learns from the outcome of every dial, in the order the dials are made. */
public interface Learner {

    /** Updates on one dial's outcome. */
    void observe(ObservedDial o);
}
