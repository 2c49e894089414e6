package org.reachlab.evaluation.ope;

import java.util.Locale;

/** The off-policy estimators. */
public enum Estimator {
    /** Inverse propensity scoring with weights clipped at the configured maximum. */
    IPS,
    /** Self-normalised IPS: the weighted mean reward, weights unclipped. */
    SNIPS,
    /** Direct method: the target's expected reward under the cross-fitted reward model. */
    DM,
    /** Doubly robust: the direct method plus the clipped-weight correction of its residuals. */
    DR;

    /** Lower-case code used in files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
