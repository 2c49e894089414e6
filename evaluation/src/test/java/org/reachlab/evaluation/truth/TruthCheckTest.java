package org.reachlab.evaluation.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.evaluation.simulation.DenseWorld;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.pipeline.DataDirectory;

/** Profile and drift recovery against worlds whose truth is known. */
class TruthCheckTest {

    /** A small dense world: every contact dialed every working day, a third change routine. */
    @TempDir
    Path tmp;

    private Path dense() throws Exception {
        return DenseWorld.generate(tmp, 150, 4, 3);
    }

    @Test
    void pearsonOverTheWindow() {
        SlotWindow w = SlotWindow.WORKING_HOURS;
        assertThat(w.slots()).hasSize(40).startsWith(9, 10).endsWith(4 * 24 + 16);
        double[] a = new double[168];
        double[] b = new double[168];
        for (int s = 0; s < 168; s++) {
            a[s] = (s * 7919) % 13;
            b[s] = 2 * a[s] + 1;
        }
        assertThat(w.pearson(a, b)).isCloseTo(1, within(1e-12));
        for (int s = 0; s < 168; s++) {
            b[s] = -a[s];
        }
        assertThat(w.pearson(a, b)).isCloseTo(-1, within(1e-12));
        assertThat(w.pearson(a, new double[168])).isNaN();
        b = a.clone();
        b[3 * 24 + 2] = 1000; // outside the window: no effect
        assertThat(w.pearson(a, b)).isCloseTo(1, within(1e-12));
    }

    @Test
    void theTruthItselfCorrelatesOneAndItsMirrorMinusOne() throws Exception {
        Path dir = dense();
        GroundTruth truth = GroundTruth.read(dir);
        TrainingData data = DataDirectory.load(dir, HolidayCalendar.standard()).data();
        IsoWeek week = IsoWeek.parse("2025-W47");
        List<ProfileRecovery.ContactResult> same = ProfileRecovery.measure(new TruthModel(truth, 1),
                data.contacts().values(), truth, week, SlotWindow.WORKING_HOURS, Map.of());
        List<ProfileRecovery.ContactResult> mirror = ProfileRecovery.measure(new TruthModel(truth, -1),
                data.contacts().values(), truth, week, SlotWindow.WORKING_HOURS, Map.of());
        assertThat(same).hasSize(150);
        List<Double> r = same.stream().map(ProfileRecovery.ContactResult::r).filter(x -> !x.isNaN()).toList();
        assertThat(r).hasSizeGreaterThan(140).allSatisfy(x -> assertThat(x).isCloseTo(1, within(1e-9)));
        assertThat(mirror.stream().map(ProfileRecovery.ContactResult::r).filter(x -> !x.isNaN()))
                .allSatisfy(x -> assertThat(x).isCloseTo(-1, within(1e-9)));
        ProfileRecovery.Summary s = ProfileRecovery.summarise(same, n -> true, 200, 1);
        assertThat(s.mean().value()).isCloseTo(1, within(1e-9));
        assertThat(s.shareAboveHalf()).isEqualTo(1.0);
        assertThat(s.undefined()).isEqualTo(150 - r.size()); // the wrong numbers: a truth of zeros
    }

    @Test
    void segmentAndBayesCorrelateClearlyPositiveForContactsWithManyAttempts() throws Exception {
        Path dir = dense();
        TrainingData data = DataDirectory.load(dir, HolidayCalendar.standard()).data();
        TruthCheckOptions o = TruthCheckOptions.of(ModelRegistry.standard().parse("global,segment,bayes"))
                .withBootstrap(200);
        TruthCheckResult r = TruthCheck.run(data, GroundTruth.read(dir), o, line -> { });
        assertThat(r.splitAt()).isEqualTo(TruthCheck.defaultSplit(data, 30));
        assertThat(r.trainAttempts() + r.replayAttempts()).isEqualTo(data.size());
        for (var f : r.families().subList(1, 3)) {
            ProfileRecovery.Summary s = f.withData();
            assertThat(s.contacts()).as(f.family()).isGreaterThan(80);
            assertThat(s.mean().lo()).as("%s %s", f.family(), s).isGreaterThan(0.15);
            assertThat(s.median().value()).as("%s %s", f.family(), s).isGreaterThan(0.2);
        }
    }

    @Test
    void theDriftReplayCountsAttemptsSinceTheChange() throws Exception {
        TwoRoutineWorld.write(tmp, 12, 6, 5);
        GroundTruth truth = GroundTruth.read(tmp);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        Instant split = LocalDate.of(2025, 10, 6).atStartOfDay(ZoneOffset.UTC).toInstant();
        TrainingData train = data.before(split);
        Map<String, LocalDate> changes = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            changes.put(TwoRoutineWorld.id(i), TwoRoutineWorld.CHANGE);
        }
        // a model that switches to the new routine after its third attempt since the change
        SwitchingModel model = new SwitchingModel(truth, 3);
        List<DriftRecovery.Track> tracks = DriftRecovery.replay(model, data.from(split), changes,
                DriftRecovery.counts(train), truth, SlotWindow.WORKING_HOURS, 20);
        assertThat(model.updates).isEqualTo(data.from(split).size());
        // one dial every working day: 25 before the split (5 weeks), 5 more before the change, 35 after it
        assertThat(tracks).hasSize(6).allSatisfy(t -> {
            assertThat(t.before()).isEqualTo(30);
            assertThat(t.after()).isEqualTo(35);
            assertThat(t.rNew()).hasSize(21);
            assertThat(t.rOld()[0]).isCloseTo(1, within(1e-9));
            assertThat(t.rNew()[2]).isLessThan(t.rOld()[2]);
            assertThat(t.rNew()[3]).isCloseTo(1, within(1e-9));
            assertThat(t.eligible()).isTrue();
            assertThat(t.recoveredAt()).isEqualTo(3);
        });
        DriftRecovery.Summary s = DriftRecovery.summarise(tracks, new int[] {0, 3, 20, 30}, 20, 100, 1);
        assertThat(s.medianAttempts().value()).isEqualTo(3);
        assertThat(s.recovered()).isEqualTo(6);
        assertThat(s.attemptsAfter()).isEqualTo(6 * 20);
        assertThat(s.checkpoints()).extracting(DriftRecovery.Checkpoint::k).containsExactly(0, 3, 20);
        assertThat(s.checkpoints().get(1).shareCloserToNew()).isEqualTo(1.0);
    }

    /** global and bayes with a 7-day half-life on the morning/afternoon world, split before the swaps. */
    private TruthCheckResult forgettingBayesOnTwoRoutines() throws Exception {
        TwoRoutineWorld.write(tmp, 40, 20, 7);
        Path cfg = tmp.resolve("bayes.yaml");
        Files.writeString(cfg, "family: bayes\nparams: {halfLifeDays: 7}\n", StandardCharsets.UTF_8);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        TruthCheckOptions o = TruthCheckOptions.of(ModelRegistry.standard().parse("global,bayes"))
                .withSplitAt(LocalDate.of(2025, 10, 6).atStartOfDay(ZoneOffset.UTC).toInstant())
                .withConfigs(Map.of("bayes", ModelConfig.read(cfg))).withMaxAttempts(35).withBootstrap(200);
        TruthCheckResult r = TruthCheck.run(data, GroundTruth.read(tmp), o, line -> { });
        return r;
    }

    @Test
    void bayesWithForgettingEndsCloserToTheNewRoutine() throws Exception {
        TruthCheckResult r = forgettingBayesOnTwoRoutines();
        DriftRecovery.Summary bayes = r.families().get(1).drift();
        assertThat(bayes.changed()).isEqualTo(20);
        assertThat(bayes.eligible()).as("%s", bayes).isGreaterThanOrEqualTo(18);
        DriftRecovery.Checkpoint end = bayes.checkpoints().stream().filter(c -> c.k() == 30).findFirst().orElseThrow();
        assertThat(end.meanNew()).as("%s", end).isGreaterThan(end.meanOld() + 0.1);
        assertThat(end.shareCloserToNew()).isGreaterThan(0.8);
        assertThat(bayes.medianAttempts().hi()).as("%s", bayes).isLessThanOrEqualTo(20);
        // the pooled rates of global do not follow a person: its profile is the same for everybody
        DriftRecovery.Checkpoint global = r.families().get(0).drift().checkpoints().stream()
                .filter(c -> c.k() == 30).findFirst().orElseThrow();
        assertThat(global.meanNew() - global.meanOld()).as("%s", global).isLessThan(0.1);
    }

    @Test
    void thePopulationGapComparesChangedContactsWithUnchangedOnesOfTheSameWeek() throws Exception {
        TwoRoutineWorld.write(tmp, 30, 12, 5);
        GroundTruth truth = GroundTruth.read(tmp);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        Instant split = LocalDate.of(2025, 10, 6).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, LocalDate> changes = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            changes.put(TwoRoutineWorld.id(i), TwoRoutineWorld.CHANGE);
        }
        List<Contact> reference = data.contacts().values().stream().filter(c -> !changes.containsKey(c.id()))
                .toList();
        assertThat(reference).hasSize(18);
        // morning against afternoon routine over the window: what a switching stub scores before it switches
        double cross = SlotWindow.WORKING_HOURS.pearson(TwoRoutineWorld.routine(false), TwoRoutineWorld.routine(true));
        assertThat(cross).isLessThan(-0.3);
        int[] checkpoints = {0, 1, 2, 3, 5, 10, 15, 20};
        for (int after : new int[] {3, 12}) {
            DriftRecovery.Replay rp = DriftRecovery.replay(new SwitchingModel(truth, after), data.from(split),
                    changes, DriftRecovery.counts(data.before(split)), truth, SlotWindow.WORKING_HOURS, 20, reference);
            // the stub knows every unchanged contact exactly: r_ref is 1 in every week of the replay (8 weeks)
            assertThat(rp.reference()).hasSize(8).allSatisfy(w -> {
                assertThat(w.contacts()).isEqualTo(18);
                assertThat(w.meanR()).isCloseTo(1, within(1e-9));
            });
            PopulationRecovery.Summary s = PopulationRecovery.summarise(rp, reference.size(), checkpoints, 20, 0.05,
                    200, 1);
            assertThat(s.points()).extracting(PopulationRecovery.Point::k).containsExactly(0, 1, 2, 3, 5, 10, 15, 20);
            for (PopulationRecovery.Point p : s.points()) {
                double expected = p.k() < after ? 1 - cross : 0;
                assertThat(p.contacts()).isEqualTo(12);
                assertThat(p.meanRef()).isCloseTo(1, within(1e-9));
                assertThat(p.gap().value()).as("after %d, k %d", after, p.k()).isCloseTo(expected, within(1e-9));
                assertThat(p.gap().hi()).isCloseTo(expected, within(1e-9)); // every contact alike
                assertThat(p.within()).isEqualTo(p.k() >= after);
            }
            // the first reported k from which the gap stays within the tolerance
            assertThat(s.attempts()).isEqualTo(after == 3 ? 3 : 15);
        }
        // with a tolerance the switched gap cannot meet, nothing recovers
        DriftRecovery.Replay rp = DriftRecovery.replay(new SwitchingModel(truth, 3), data.from(split), changes,
                DriftRecovery.counts(data.before(split)), truth, SlotWindow.WORKING_HOURS, 20, reference.subList(0, 1));
        PopulationRecovery.Summary none = PopulationRecovery.summarise(rp, 1, checkpoints, 20, -1e-6, 200, 1);
        assertThat(none.recovered()).isFalse();
        assertThat(none.lastK()).isEqualTo(20);
        // a longer follow-up than the drift checkpoints is reported every 10 attempts, and at its end
        assertThat(PopulationRecovery.checkpoints(new int[] {0, 5, 60}, 95))
                .containsExactly(0, 5, 60, 70, 80, 90, 95);
        assertThat(PopulationRecovery.checkpoints(TruthCheckOptions.CHECKPOINTS, 35))
                .containsExactly(TruthCheckOptions.CHECKPOINTS);
    }

    @Test
    void thePopulationGapOfBayesWithForgettingShrinks() throws Exception {
        TruthCheckResult r = forgettingBayesOnTwoRoutines();
        PopulationRecovery.Summary bayes = r.families().get(1).population();
        assertThat(bayes.referenceContacts()).isEqualTo(20); // every unchanged contact
        assertThat(bayes.reference()).hasSize(8).allSatisfy(w -> assertThat(w.contacts()).isEqualTo(20));
        PopulationRecovery.Point start = point(bayes, 0);
        PopulationRecovery.Point end = point(bayes, 30);
        assertThat(start.contacts()).isEqualTo(20);
        // the gap is r_ref of the week minus r_new: its mean matches the means of its parts
        assertThat(start.gap().value()).isCloseTo(start.meanRef() - start.meanNew(), within(1e-12));
        assertThat(start.gap().lo()).as("%s", start).isGreaterThan(0.08);
        assertThat(end.gap().hi()).as("%s", end).isLessThan(0.03);
        assertThat(start.gap().value() - end.gap().value()).isGreaterThan(0.1);
        assertThat(bayes.attempts()).as("%s", bayes.points()).isBetween(5, 15);
        // global gives everybody the same profile, half morning and half afternoon people: no gap at all,
        // since it knows an unchanged contact no better than a changed one
        PopulationRecovery.Summary global = r.families().get(0).population();
        assertThat(global.points()).allSatisfy(p -> assertThat(Math.abs(p.gap().value())).isLessThan(0.03));
        assertThat(global.attempts()).isEqualTo(0);
    }

    private static PopulationRecovery.Point point(PopulationRecovery.Summary s, int k) {
        return s.points().stream().filter(p -> p.k() == k).findFirst().orElseThrow();
    }

    /** Answers with the true profile of the week, times a sign. */
    private record TruthModel(GroundTruth truth, double sign) implements ReachabilityModel {
        @Override
        public String family() {
            return "truth";
        }

        @Override
        public double probability(Contact contact, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WeeklyProfile profile(Contact contact, IsoWeek week) {
            double[] p = truth.week(contact.id(), week, true);
            for (int s = 0; s < p.length; s++) {
                p[s] *= sign;
            }
            return new WeeklyProfile(contact.id(), week, p);
        }

        @Override
        public void update(Observation observation) {
        }

        @Override
        public void save(Path parametersDir) {
        }

        @Override
        public ReachabilityModel copy() {
            return this;
        }
    }

    /** Shows a contact's old routine until its {@code after}-th attempt on or after its change date. */
    private static final class SwitchingModel implements ReachabilityModel {
        final GroundTruth truth;
        final int after;
        final Map<String, Integer> since = new HashMap<>();
        int updates;

        SwitchingModel(GroundTruth truth, int after) {
            this.truth = truth;
            this.after = after;
        }

        @Override
        public String family() {
            return "switching";
        }

        @Override
        public double probability(Contact contact, Instant at) {
            return 0.1;
        }

        @Override
        public WeeklyProfile profile(Contact contact, IsoWeek week) {
            boolean switched = since.getOrDefault(contact.id(), 0) >= after;
            return new WeeklyProfile(contact.id(), week, truth.week(contact.id(), switched ? 1 : 0, week));
        }

        @Override
        public void update(Observation o) {
            updates++;
            LocalDate d = truth.driftDate(o.contact().id());
            if (d != null && !o.at().atZone(o.contact().zone()).toLocalDate().isBefore(d)) {
                since.merge(o.contact().id(), 1, Integer::sum);
            }
        }

        @Override
        public void save(Path parametersDir) {
        }

        @Override
        public ReachabilityModel copy() {
            return this;
        }
    }
}
