/**
 * Saving and loading models with their provenance. A saved model is a directory:
 * <pre>
 * MODEL_DIR/
 *   manifest.json     format version, family, training time, data window, SHA-256 of the data,
 *                     Java, OS and library versions, validation scores, calibration
 *   config.json       the full training config, seeds included (a valid --config file)
 *   parameters/       the family's own files
 *   calibration.json  the calibrator, when the model is calibrated
 *   MODEL_CARD.md     what the model is for, its data window, its known limits
 * </pre>
 * Loading reads the format version first and fails with a message naming both versions on a
 * mismatch.
 */
package org.reachlab.models.store;
