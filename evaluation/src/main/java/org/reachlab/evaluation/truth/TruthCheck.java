package org.reachlab.evaluation.truth;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.training.Trainer;

/**
 * Runs a truth check for each family: trains it with the {@link Trainer} on the attempts before the
 * split (stated preferences only as known then), measures {@link ProfileRecovery} on the first ISO
 * week from the split, then replays every later attempt online and measures {@link DriftRecovery}
 * for the contacts whose routine changes after the split, and {@link PopulationRecovery} against a
 * seeded sample of the contacts whose routine does not change after it. Before the replay, a model
 * with a posterior ({@link PosteriorSampler}) has its {@link PosteriorCoverage} measured on the
 * held-out attempts of the same week.
 */
public final class TruthCheck {

    /** Bands of training attempts for the per-band profile summaries. */
    public static final Map<String, IntPredicate> BANDS = bands();

    private TruthCheck() {
    }

    private static Map<String, IntPredicate> bands() {
        Map<String, IntPredicate> m = new LinkedHashMap<>();
        m.put("0", n -> n == 0);
        m.put("1-9", n -> n >= 1 && n <= 9);
        m.put("10-29", n -> n >= 10 && n <= 29);
        m.put("30-59", n -> n >= 30 && n <= 59);
        m.put("60+", n -> n >= 60);
        return m;
    }

    /**
     * The default split: the first Monday, 00:00 UTC, after the day by which half of the contacts
     * had {@code minAttempts} attempts; when fewer than half ever do, the first Monday after the
     * middle of the data.
     */
    public static Instant defaultSplit(TrainingData data, int minAttempts) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no attempts in the data");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Long> reached = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            if (seen.merge(data.contact(k).id(), 1, Integer::sum) == minAttempts) {
                reached.add(data.epochSecond(k));
            }
        }
        int half = (data.contacts().size() + 1) / 2;
        long at = reached.size() >= half ? reached.get(half - 1)
                : (data.first().getEpochSecond() + data.last().getEpochSecond()) / 2;
        LocalDate day = Instant.ofEpochSecond(at).atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Runs the check; {@code progress} hears one line per finished step (3 per family). */
    public static TruthCheckResult run(TrainingData data, GroundTruth truth, TruthCheckOptions o,
                                       Consumer<String> progress) {
        long t0 = System.nanoTime();
        Instant split = o.splitAt() != null ? o.splitAt() : defaultSplit(data, o.minAttempts());
        if (data.size() == 0 || !split.isAfter(data.first()) || !split.isBefore(data.last())) {
            throw new IllegalArgumentException("the split " + split + " must lie inside the data, "
                    + (data.size() == 0 ? "which has no attempts" : data.first() + " to " + data.last()));
        }
        LocalDate splitDate = split.atZone(ZoneOffset.UTC).toLocalDate();
        IsoWeek week = IsoWeek.of(splitDate);
        TrainingData train = data.before(split).withPreferences(data.preferences().knownBefore(split));
        TrainingData replay = data.from(split);
        Map<String, Integer> before = DriftRecovery.counts(train);
        List<Contact> contacts = new ArrayList<>(data.contacts().values());
        contacts.sort((a, b) -> a.id().compareTo(b.id()));
        Map<String, LocalDate> changes = new LinkedHashMap<>();
        for (Contact c : contacts) {
            LocalDate d = truth.knows(c.id()) ? truth.driftDate(c.id()) : null;
            if (d != null && d.isAfter(splitDate)) {
                changes.put(c.id(), d);
            }
        }
        // the reference: a seeded sample of the contacts the truth knows whose routine does not change in the replay
        List<Contact> unchanged = new ArrayList<>();
        for (Contact c : contacts) {
            if (truth.knows(c.id()) && !changes.containsKey(c.id())) {
                unchanged.add(c);
            }
        }
        java.util.Collections.shuffle(unchanged, new java.util.Random(o.seed()));
        List<Contact> reference = List.copyOf(unchanged.subList(0, Math.min(o.referenceContacts(), unchanged.size())));
        List<TruthCheckResult.FamilyResult> results = new ArrayList<>();
        for (ModelFamily f : o.families()) {
            TrainedModel tm = Trainer.train(f, train, o.config(f));
            progress.accept(String.format(java.util.Locale.ROOT, "%s trained on %d attempts (%.1f s)", f.name(),
                    train.size(), tm.report().trainSeconds()));
            ReachabilityModel model = tm.model();
            List<ProfileRecovery.ContactResult> rows = ProfileRecovery.measure(model, contacts, truth, week,
                    o.window(), before);
            ProfileRecovery.Summary withData = ProfileRecovery.summarise(rows, n -> n >= o.minAttempts(),
                    o.bootstrap(), o.seed());
            ProfileRecovery.Summary all = ProfileRecovery.summarise(rows, n -> true, o.bootstrap(), o.seed());
            Map<String, ProfileRecovery.Summary> bands = new LinkedHashMap<>();
            BANDS.forEach((name, band) -> bands.put(name, ProfileRecovery.summarise(rows, band, o.bootstrap(),
                    o.seed())));
            progress.accept(String.format(java.util.Locale.ROOT, "%s profiles of %d contacts for %s", f.name(),
                    rows.size(), week));
            PosteriorCoverage.Result coverage = model instanceof PosteriorSampler sampler
                    ? PosteriorCoverage.measure(sampler, replay, truth, week, PosteriorCoverage.LEVELS,
                            PosteriorCoverage.DRAWS, o.seed())
                    : null;
            long r0 = System.nanoTime();
            DriftRecovery.Replay rp = DriftRecovery.replay(model, replay, changes, before, truth, o.window(),
                    o.maxAttempts(), reference);
            List<DriftRecovery.Track> tracks = rp.tracks();
            double replaySeconds = (System.nanoTime() - r0) / 1e9;
            DriftRecovery.Summary drift = DriftRecovery.summarise(tracks, o.checkpoints(), o.maxAttempts(),
                    o.bootstrap(), o.seed());
            PopulationRecovery.Summary population = PopulationRecovery.summarise(rp, reference.size(),
                    PopulationRecovery.checkpoints(o.checkpoints(), o.maxAttempts()), o.maxAttempts(), o.recoveryTolerance(), o.bootstrap(), o.seed());
            progress.accept(String.format(java.util.Locale.ROOT, "%s replayed %d attempts, %d changed routines"
                    + " (%.1f s)", f.name(), replay.size(), changes.size(), replaySeconds));
            results.add(new TruthCheckResult.FamilyResult(f.name(), tm.report().trainSeconds(), replaySeconds, rows,
                    withData, all, bands, tracks, drift, population, coverage));
        }
        return new TruthCheckResult(split, week, train.size(), replay.size(), contacts.size(), results,
                (System.nanoTime() - t0) / 1e9);
    }
}
