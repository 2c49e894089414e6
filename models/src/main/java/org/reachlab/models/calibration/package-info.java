/**
 * Calibration of any reachability model on a time slice after the one it was fitted on: Platt
 * scaling (a logistic regression on the logit of the prediction) and isotonic regression (pool
 * adjacent violators, interpolated). {@link org.reachlab.models.calibration.CalibratedModel} wraps
 * a model and maps each of its probabilities through the calibrator.
 */
package org.reachlab.models.calibration;
