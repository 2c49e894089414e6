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
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.simulation.HistoryGenerator;
import org.reachlab.models.IsoWeek;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.data.DataDirectory;

/** Profile and drift recovery against worlds whose truth is known. */
class TruthCheckTest {

    /** A small dense world: every contact dialed every working day, a third change routine. */
    private static final String DENSE = """
            weeks: 12
            contacts: 150
            drift: {share: 0.33}
            outcomes:
              fatigue: {factor: 1.0, windowDays: 7, hourRadius: 1}
            dialing: {reps: 4, dialsPerRep: 50, maxAttemptsPerWeek: 5, recontactDays: 0}
            """;

    @TempDir
    Path tmp;

    private Path dense() throws Exception {
        Path file = tmp.resolve("dense.yaml");
        Files.writeString(file, DENSE, StandardCharsets.UTF_8);
        Path dir = tmp.resolve("world");
        HistoryGenerator.generate(WorldFiles.load(file), 3, dir);
        return dir;
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

    @Test
    void bayesWithForgettingEndsCloserToTheNewRoutine() throws Exception {
        TwoRoutineWorld.write(tmp, 40, 20, 7);
        Path cfg = tmp.resolve("bayes.yaml");
        Files.writeString(cfg, "family: bayes\nparams: {halfLifeDays: 7}\n", StandardCharsets.UTF_8);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        TruthCheckOptions o = TruthCheckOptions.of(ModelRegistry.standard().parse("global,bayes"))
                .withSplitAt(LocalDate.of(2025, 10, 6).atStartOfDay(ZoneOffset.UTC).toInstant())
                .withConfigs(Map.of("bayes", ModelConfig.read(cfg))).withMaxAttempts(35).withBootstrap(200);
        TruthCheckResult r = TruthCheck.run(data, GroundTruth.read(tmp), o, line -> { });
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
