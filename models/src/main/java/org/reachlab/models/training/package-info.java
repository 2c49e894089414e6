/**
 * The training procedure every command uses, for any family: a time-ordered fit slice, an
 * optional calibration slice after it, and a validation slice at the end, scored before each
 * attempt is learned. It sits above the contract and {@link org.reachlab.models.calibration}
 * so that the contract does not depend on how models are calibrated.
 */
package org.reachlab.models.training;
