package org.reachlab.models;

import java.time.Instant;
import org.reachlab.models.metrics.Scores;
/**
 * What happened in {@link org.reachlab.models.training.Trainer#train}: the data window, the slices and the validation scores.
 *
 * @param family          the family
 * @param dataFrom        first attempt of the training data
 * @param dataTo          last attempt of the training data
 * @param attempts        attempts in the training data
 * @param contacts        contacts with attempts in it
 * @param fitAttempts     attempts the family was trained on (before calibration and validation)
 * @param calibrationFrom start of the calibration slice, or {@code null}
 * @param validationFrom  start of the validation slice, or {@code null}
 * @param validation      prequential scores on the validation slice (each attempt predicted, then
 *                        learned), or {@code null} when there was none
 * @param trainSeconds    wall time of the whole procedure
 */
public record TrainingReport(String family, Instant dataFrom, Instant dataTo, int attempts, int contacts,
                             int fitAttempts, Instant calibrationFrom, Instant validationFrom, Scores validation,
                             double trainSeconds) {
}
