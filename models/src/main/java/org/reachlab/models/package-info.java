/**
 * The reachability-model contract: what every model family implements and what commands,
 * the backtest and the policies rely on.
 *
 * <ul>
 *   <li>{@link org.reachlab.models.ReachabilityModel}: the probability that a call to a contact at
 *       an instant connects; the 168-slot weekly profile of a contact in an ISO week (holidays of
 *       the contact's region and stated absences included); online {@code update}; {@code save}.</li>
 *   <li>{@link org.reachlab.models.PosteriorSampler}: implemented by models that can draw slot
 *       probabilities from a posterior (Thompson sampling); its
 *       {@link org.reachlab.models.ProfilePosterior} of a contact's week serves many draws.</li>
 *   <li>{@link org.reachlab.models.ModelFamily}: trains a model from {@link org.reachlab.models.TrainingData}
 *       with a {@link org.reachlab.models.ModelConfig}, and reads a saved one back.</li>
 *   <li>{@link org.reachlab.models.ModelRegistry}: family names to families; new families register
 *       through {@code META-INF/services/org.reachlab.models.ModelFamily}.</li>
 *   <li>{@link org.reachlab.models.training.Trainer}: the training procedure every command uses: time-ordered
 *       validation slice, optional calibration on a later slice, final fit.</li>
 *   <li>{@link org.reachlab.models.StatedPreferences}: what contacts said about when they can be
 *       reached (per-contact 168 slot weights and dated absences), the seam to nlp-signals (filled by
 *       the pipeline module, which reads the notes).</li>
 * </ul>
 */
package org.reachlab.models;
