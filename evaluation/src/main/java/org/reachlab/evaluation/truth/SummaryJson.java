package org.reachlab.evaluation.truth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.stats.Estimate;

/**
 * The shape of a truth check's {@code summary.json}: the data, the options with the definitions of
 * the measures, and per family its profile correlation, drift recovery, population recovery and
 * posterior coverage,
 * written by the shared {@link org.reachlab.evaluation.output.ResultJson} mapper. Values are rounded
 * to six decimals; NaN and infinities are written as null.
 *
 * @param data     the world and the attempts
 * @param options  the effective options
 * @param families one entry per model family
 * @param seconds  wall time
 */
@JsonPropertyOrder({"data", "options", "families", "seconds"})
record SummaryJson(Data data, Options options, List<Family> families, double seconds) {

    static SummaryJson of(TruthCheckResult r, TruthCheckOptions o, DataSource source, Path world) {
        Data data = new Data(world.toString(), source.description(), source.sha256(), r.contacts(),
                r.trainAttempts(), r.replayAttempts());
        Map<String, ModelConfig> configs = new LinkedHashMap<>();
        o.families().forEach(f -> configs.put(f.name(), o.config(f)));
        Options options = new Options(o.families().stream().map(f -> f.name()).toList(), o.minAttempts(),
                r.splitAt().toString(), o.splitAt() == null, r.week().toString(), o.window().toString(),
                "routine in force x day factor of the date, capped (r); routine only (r_base)", o.maxAttempts(),
                "first k >= 1 attempts after the change from which r_new > r_old holds for "
                        + DriftRecovery.HOLD + " attempts in a row, for contacts with "
                        + "r_new < r_old at the change; Kaplan-Meier median, censored at the last observed attempt",
                "gap(k) = mean over changed contacts of r_ref(ISO week of the k-th attempt "
                        + "after the change) - r_new(k), r_ref = mean r of up to " + o.referenceContacts()
                        + " unchanged contacts (seeded sample) for that week; attempts = smallest reported k (>= "
                        + PopulationRecovery.MIN_CONTACTS + " contacts) from which the upper 95% bound of gap stays"
                        + " <= recoveryTolerance at every later reported k",
                o.recoveryTolerance(), o.referenceContacts(), o.bootstrap(), "contact", o.seed(), configs);
        List<Family> families = r.families().stream().map(Family::of).toList();
        return new SummaryJson(data, options, families, r.seconds());
    }

    /**
     * The world and the attempts.
     *
     * @param world          the world's directory
     * @param source         a path or a name
     * @param sha256         SHA-256 over the input files, or {@code unknown}
     * @param contacts       contacts
     * @param trainAttempts  attempts before the split
     * @param replayAttempts attempts replayed after it
     */
    @JsonPropertyOrder({"world", "source", "sha256", "contacts", "trainAttempts", "replayAttempts"})
    record Data(String world, String source, String sha256, int contacts, int trainAttempts, int replayAttempts) {
    }

    /**
     * The effective options and the definitions of the measures.
     *
     * @param models                 the model families
     * @param minAttempts            training attempts a contact needs to count
     * @param splitAt                the split
     * @param splitChosen            whether the split was chosen by the check
     * @param week                   the ISO week compared
     * @param slots                  the slots compared
     * @param truth                  what the truth is
     * @param maxAttemptsAfterChange attempts followed after a change
     * @param recovery               how drift recovery is measured
     * @param populationRecovery     how population drift recovery is measured
     * @param recoveryTolerance      the tolerated gap
     * @param referenceContacts      unchanged contacts sampled as reference
     * @param bootstrap              bootstrap replicates
     * @param bootstrapUnit          what the bootstrap resamples
     * @param seed                   the seed
     * @param configs                family name to its config
     */
    @JsonPropertyOrder({"models", "minAttempts", "splitAt", "splitChosen", "week", "slots", "truth",
        "maxAttemptsAfterChange", "recovery", "populationRecovery", "recoveryTolerance", "referenceContacts",
        "bootstrap", "bootstrapUnit", "seed", "configs"})
    record Options(List<String> models, int minAttempts, String splitAt, boolean splitChosen, String week,
                   String slots, String truth, int maxAttemptsAfterChange, String recovery,
                   String populationRecovery, double recoveryTolerance, int referenceContacts, int bootstrap,
                   String bootstrapUnit, long seed, Map<String, ModelConfig> configs) {
    }

    /**
     * One family's results.
     *
     * @param family             the family
     * @param trainSeconds       training time
     * @param replaySeconds      replay time
     * @param profileCorrelation the profile correlation with the truth
     * @param driftRecovery      the drift recovery of changed contacts
     * @param populationRecovery the population drift recovery
     * @param posteriorCoverage  the coverage of the posterior's intervals, null without a posterior
     */
    @JsonPropertyOrder({"family", "trainSeconds", "replaySeconds", "profileCorrelation", "driftRecovery",
        "populationRecovery", "posteriorCoverage"})
    record Family(String family, double trainSeconds, double replaySeconds, Profile profileCorrelation,
                  Drift driftRecovery, Population populationRecovery, Coverage posteriorCoverage) {

        static Family of(TruthCheckResult.FamilyResult f) {
            Map<String, Correlation> bands = new LinkedHashMap<>();
            f.byAttempts().forEach((k, v) -> bands.put(k, Correlation.of(v)));
            return new Family(f.family(), f.trainSeconds(), f.replaySeconds(),
                    new Profile(Correlation.of(f.withData()), Correlation.of(f.all()), bands), Drift.of(f.drift()),
                    Population.of(f.population()), Coverage.of(f.coverage()));
        }
    }

    /**
     * The coverage of a posterior's central intervals on the held-out attempts of the week.
     *
     * @param week     the ISO week of the attempts
     * @param truth    what an interval must hold
     * @param attempts held-out attempts
     * @param contacts their contacts
     * @param draws    posterior draws per contact
     * @param levels   per nominal level: coverage, share of truths below the interval, mean width
     */
    @JsonPropertyOrder({"week", "truth", "attempts", "contacts", "draws", "levels"})
    record Coverage(String week, String truth, int attempts, int contacts, int draws,
                    List<PosteriorCoverage.Level> levels) {

        static Coverage of(PosteriorCoverage.Result r) {
            return r == null ? null : new Coverage(r.week().toString(),
                    "true probability of the attempt's slot: routine in force x day factor, capped", r.attempts(),
                    r.contacts(), r.draws(), r.levels());
        }
    }

    /**
     * The profile correlation with the truth.
     *
     * @param withMinAttempts    contacts with enough training attempts
     * @param all                all contacts
     * @param byTrainingAttempts band of training attempts to its correlation
     */
    @JsonPropertyOrder({"withMinAttempts", "all", "byTrainingAttempts"})
    record Profile(Correlation withMinAttempts, Correlation all, Map<String, Correlation> byTrainingAttempts) {
    }

    /**
     * The correlation of a group of contacts.
     *
     * @param contacts       contacts
     * @param undefined      contacts whose correlation is undefined
     * @param mean           mean correlation
     * @param median         median correlation
     * @param shareAboveHalf share above 0.5
     */
    @JsonPropertyOrder({"contacts", "undefined", "mean", "median", "shareAboveHalf"})
    record Correlation(int contacts, int undefined, Bounds mean, Bounds median, Double shareAboveHalf) {

        static Correlation of(ProfileRecovery.Summary s) {
            return new Correlation(s.contacts(), s.undefined(), Bounds.of(s.mean()), Bounds.of(s.median()),
                    json(s.shareAboveHalf()));
        }
    }

    /**
     * The drift recovery of changed contacts.
     *
     * @param changedContacts          contacts whose routine changes
     * @param withAttemptsAfterChange  those with attempts after the change
     * @param eligible                 those eligible
     * @param recovered                those recovered
     * @param shareRecovered           share recovered
     * @param attemptsAfterChange      attempts after the change
     * @param medianAttemptsToRecovery median attempts to recovery
     * @param checkpoints              the measures at the checkpoints
     */
    @JsonPropertyOrder({"changedContacts", "withAttemptsAfterChange", "eligible", "recovered", "shareRecovered",
        "attemptsAfterChange", "medianAttemptsToRecovery", "checkpoints"})
    record Drift(int changedContacts, int withAttemptsAfterChange, int eligible, int recovered, Double shareRecovered,
                 long attemptsAfterChange, Bounds medianAttemptsToRecovery, List<DriftPoint> checkpoints) {

        static Drift of(DriftRecovery.Summary d) {
            return new Drift(d.changed(), d.withAttempts(), d.eligible(), d.recovered(), json(d.shareRecovered()),
                    d.attemptsAfter(), Bounds.of(d.medianAttempts()),
                    d.checkpoints().stream().map(c -> new DriftPoint(c.k(), c.contacts(), json(c.meanNew()),
                            json(c.meanOld()), json(c.shareCloserToNew()), json(c.notRecovered()))).toList());
        }
    }

    /**
     * Drift recovery k attempts after the change.
     *
     * @param k                attempts after the change
     * @param contacts         contacts observed
     * @param meanRNew         mean correlation with the new routine
     * @param meanROld         mean correlation with the old routine
     * @param shareCloserToNew share closer to the new routine
     * @param kmNotRecovered   Kaplan-Meier share not yet recovered
     */
    @JsonPropertyOrder({"k", "contacts", "meanRNew", "meanROld", "shareCloserToNew", "kmNotRecovered"})
    record DriftPoint(int k, int contacts, Double meanRNew, Double meanROld, Double shareCloserToNew,
                      Double kmNotRecovered) {
    }

    /**
     * The population drift recovery.
     *
     * @param referenceContacts            unchanged contacts sampled as reference
     * @param tolerance                    the tolerated gap
     * @param attemptsToPopulationRecovery attempts until the gap stays within the tolerance, null if never
     * @param lastReportedK                the last reported k
     * @param checkpoints                  the gap at each reported k
     * @param referenceByWeek              the reference per ISO week
     */
    @JsonPropertyOrder({"referenceContacts", "tolerance", "attemptsToPopulationRecovery", "lastReportedK",
        "checkpoints", "referenceByWeek"})
    record Population(int referenceContacts, double tolerance, Integer attemptsToPopulationRecovery,
                      int lastReportedK, List<PopulationPoint> checkpoints, List<WeekMean> referenceByWeek) {

        static Population of(PopulationRecovery.Summary ps) {
            return new Population(ps.referenceContacts(), ps.tolerance(), ps.recovered() ? ps.attempts() : null,
                    ps.lastK(),
                    ps.points().stream().map(p -> new PopulationPoint(p.k(), p.contacts(), json(p.meanRef()),
                            json(p.meanNew()), Bounds.of(p.gap()), p.within())).toList(),
                    ps.reference().stream().map(w -> new WeekMean(w.week(), w.contacts(), json(w.meanR()))).toList());
        }
    }

    /**
     * The population gap k attempts after the change.
     *
     * @param k               attempts after the change
     * @param contacts        changed contacts observed
     * @param meanRRef        mean reference correlation
     * @param meanRNew        mean correlation of the changed contacts
     * @param gap             the gap with its interval
     * @param withinTolerance whether the gap's upper bound is within the tolerance
     */
    @JsonPropertyOrder({"k", "contacts", "meanRRef", "meanRNew", "gap", "withinTolerance"})
    record PopulationPoint(int k, int contacts, Double meanRRef, Double meanRNew, Bounds gap,
                           boolean withinTolerance) {
    }

    /**
     * The reference correlation of one ISO week.
     *
     * @param week     the ISO week
     * @param contacts reference contacts
     * @param meanR    their mean correlation
     */
    @JsonPropertyOrder({"week", "contacts", "meanR"})
    record WeekMean(String week, int contacts, Double meanR) {
    }

    /**
     * An estimate as {@code {value, lo, hi}}, rounded, null for NaN.
     *
     * @param value the estimate
     * @param lo    lower end
     * @param hi    upper end
     */
    @JsonPropertyOrder({"value", "lo", "hi"})
    record Bounds(Double value, Double lo, Double hi) {

        static Bounds of(Estimate e) {
            return new Bounds(json(e.value()), json(e.lo()), json(e.hi()));
        }
    }

    /** NaN and infinity as null (JSON has neither). */
    private static Double json(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
    }
}
