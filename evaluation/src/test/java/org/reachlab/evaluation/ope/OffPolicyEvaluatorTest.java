package org.reachlab.evaluation.ope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.Percentiles;

class OffPolicyEvaluatorTest {

    private static final WorldConfig SMALL = WorldFiles.defaults().withContacts(400).withWeeks(6);

    /** A target that always dials at 10:00 and one that is uniform over 09-17, like the logger. */
    @Test
    void estimatorsAreUnbiasedOnASimulatedLogWhereTheTruthIsKnown() {
        List<OpeValidation.Target> targets = List.of(
                new OpeValidation.Target("hour_10", (train, seed) -> TargetPolicy.of(new FixedHourPolicy(10), seed)),
                new OpeValidation.Target("hour_15", (train, seed) -> TargetPolicy.of(new FixedHourPolicy(15), seed)),
                new OpeValidation.Target("same_as_logger",
                        (train, seed) -> TargetPolicy.of(WindowPolicy.nineToFive(), seed)));
        OffPolicyEvaluator ev = new OffPolicyEvaluator(OffPolicyEvaluator.Options.defaults(),
                RewardModel.hierarchicalBeta());
        List<OpeValidation.Row> rows = OpeValidation.run(SMALL, List.of(1L, 2L, 3L, 4L, 5L, 6L), WindowPolicy.nineToFive(),
                targets, ev, null);
        List<OpeValidation.Summary> summary = OpeValidation.summarise(rows);
        summary.forEach(System.out::println);
        Map<String, OpeValidation.Summary> by = summary.stream()
                .collect(Collectors.toMap(s -> s.target() + "/" + s.estimator().code(), s -> s));
        for (String t : List.of("hour_10", "hour_15", "same_as_logger")) {
            for (Estimator e : List.of(Estimator.IPS, Estimator.SNIPS, Estimator.DR)) {
                // the mean error over seeds must be within 3 standard errors of that mean
                double se = Math.sqrt(rows.stream().filter(r -> r.target().equals(t))
                        .mapToDouble(r -> Math.pow(r.result().estimates().get(e).se(), 2)).sum()) / 6;
                OpeValidation.Summary s = by.get(t + "/" + e.code());
                assertThat(Math.abs(s.bias())).as(t + " " + e).isLessThan(3 * se);
                assertThat(s.coverage()).as(t + " " + e).isGreaterThanOrEqualTo(0.5);
            }
        }
        // the logger evaluated on its own log: weights are all 1, IPS is the sample mean
        for (OpeValidation.Row r : rows) {
            if (r.target().equals("same_as_logger")) {
                assertThat(r.result().diagnostics().weightMax()).isCloseTo(1.0, within(1e-12));
                assertThat(r.result().estimates().get(Estimator.IPS).value()).isCloseTo(r.result().loggedRate(),
                        within(1e-12));
                assertThat(r.result().trusted()).isTrue();
            }
        }
    }

    @Test
    void warnsWhenTheTargetPutsMassWhereTheLoggerNeverDialled() {
        Contact c = new Contact("c1", "DE", null, ZoneId.of("Europe/Berlin"), "it", null, null, "it_lead", "de");
        LogReplay replay = new LogReplay(8, 21, 3);
        SplittableRandom r = new SplittableRandom(5);
        List<LoggedDial> log = new ArrayList<>();
        LocalDateTime t = LocalDateTime.of(2025, 10, 6, 9, 0);
        for (int i = 0; i < 400; i++) {
            LocalDateTime at = t.plusDays(i / 2 * 7L % 35).withHour(9 + r.nextInt(8)).plusMinutes(i % 50);
            log.add(replay.add(i, c, at, at.atZone(c.zone()).toInstant(), r.nextDouble() < 0.2, 1.0 / 8));
        }
        OffPolicyEvaluator ev = new OffPolicyEvaluator(OffPolicyEvaluator.Options.defaults(),
                RewardModel.hierarchicalBeta());
        OpeResult res = ev.evaluate(log, TargetPolicy.of(new FixedHourPolicy(19), 1));
        assertThat(res.diagnostics().untriedMass()).isEqualTo(1.0);
        assertThat(res.estimates().get(Estimator.IPS).value()).isZero();
        assertThat(res.warnings()).anyMatch(w -> w.contains("never tried"))
                .anyMatch(w -> w.contains("effective sample size"));
        OpeResult same = ev.evaluate(log, TargetPolicy.of(new WindowPolicy(9, 17), 1));
        assertThat(same.diagnostics().untriedMass()).isZero();
        assertThat(same.diagnostics().essShare()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void quantilesAndSnipsOnHandData() {
        assertThat(Percentiles.ofSorted(new double[] {1, 2, 3, 4, 5}, 0.5)).isEqualTo(3);
        assertThat(Percentiles.ofSorted(new double[] {1, 2, 3, 4, 5}, 0.9)).isCloseTo(4.6, within(1e-12));
        Estimate s = OffPolicyEvaluator.snips(new double[] {2, 0, 2, 4}, new double[] {1, 1, 0, 1});
        assertThat(s.value()).isCloseTo(6.0 / 8, within(1e-12));
    }
}
