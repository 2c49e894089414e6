package org.reachlab.evaluation.truth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reachlab.data.time.IsoWeek;

/**
 * What a truth check found.
 *
 * @param splitAt        models trained on attempts before this instant
 * @param week           the ISO week whose profiles were compared (the first week from the split)
 * @param trainAttempts  attempts before the split
 * @param replayAttempts attempts from the split on (the drift replay)
 * @param contacts       contacts of the data
 * @param families       per family, in the order asked
 * @param seconds        wall time
 */
public record TruthCheckResult(Instant splitAt, IsoWeek week, int trainAttempts, int replayAttempts, int contacts,
                               List<FamilyResult> families, double seconds) {

    /**
     * One family.
     *
     * @param family        the family name
     * @param trainSeconds  training time (the {@code Trainer}, validation slice included)
     * @param replaySeconds drift replay time
     * @param contacts      profile recovery per contact
     * @param withData      summary over contacts with at least {@code minAttempts} training attempts
     * @param all           summary over every contact
     * @param byAttempts    summary per band of training attempts ("0", "1-9", "10-29", "30-59", "60+")
     * @param tracks        drift replay per changed contact
     * @param drift         drift recovery summary
     * @param population    population-level drift recovery (gap to the unchanged reference contacts)
     * @param coverage      coverage of the posterior's intervals on the held-out attempts of the week, or
     *                      null when the model has no posterior
     */
    public record FamilyResult(String family, double trainSeconds, double replaySeconds,
                               List<ProfileRecovery.ContactResult> contacts, ProfileRecovery.Summary withData,
                               ProfileRecovery.Summary all, Map<String, ProfileRecovery.Summary> byAttempts,
                               List<DriftRecovery.Track> tracks, DriftRecovery.Summary drift,
                               PopulationRecovery.Summary population, PosteriorCoverage.Result coverage) {
    }
}
