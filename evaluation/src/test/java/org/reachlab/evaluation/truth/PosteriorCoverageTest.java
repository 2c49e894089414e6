package org.reachlab.evaluation.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.pipeline.DataDirectory;

/** {@link PosteriorCoverage} on a hand-made world whose truth is known. */
class PosteriorCoverageTest {

    @TempDir
    Path tmp;

    /**
     * A posterior whose 200 draws of a slot are the truth shifted by (d − centre) × 0.001, d = 0..199:
     * the truth sits at quantile centre / 199 of the draws. Contacts with an even index have centre
     * 100 (inside both intervals), the others centre 10 (quantile 0.05: below the 80% interval,
     * inside the 95% one).
     */
    private record Staircase(GroundTruth truth) implements PosteriorSampler {

        /** One draw of the attempt's slot: the first draw of the staircase of its week. */
        @Override
        public double sample(Contact contact, Instant at, RandomGenerator random) {
            java.time.ZonedDateTime local = at.atZone(contact.zone());
            return sampleProfile(contact, IsoWeek.of(local.toLocalDate()), random)
                    .get(org.reachlab.data.domain.LocalSlot.of(local).index());
        }

        /** The first draw of the week's staircase. */
        @Override
        public WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random) {
            return posterior(contact, week).draw(random);
        }

        @Override
        public ProfilePosterior posterior(Contact contact, IsoWeek week) {
            double[] t = truth.week(contact.id(), week, true);
            int index = Integer.parseInt(contact.id().replaceAll("\\D", ""));
            int centre = index % 2 == 0 ? 100 : 10;
            int[] d = {0};
            return random -> {
                double[] p = new double[t.length];
                for (int s = 0; s < p.length; s++) {
                    p[s] = t[s] + (d[0] - centre) * 0.001;
                }
                d[0]++;
                return new WeeklyProfile(contact.id(), week, p);
            };
        }
    }

    @Test
    void coverageCountsTheAttemptsWhoseTruthLiesInsideTheirInterval() throws Exception {
        TwoRoutineWorld.write(tmp, 10, 4, 3);
        GroundTruth truth = GroundTruth.read(tmp);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        Instant split = LocalDate.of(2025, 10, 6).atStartOfDay(ZoneOffset.UTC).toInstant();
        TrainingData heldOut = data.from(split);
        IsoWeek week = IsoWeek.of(LocalDate.of(2025, 10, 6));
        int even = 0;
        int all = 0;
        for (int k = 0; k < heldOut.size(); k++) {
            Contact c = heldOut.contact(k);
            if (IsoWeek.of(heldOut.at(k).atZone(c.zone()).toLocalDate()).equals(week)) {
                all++;
                even += Integer.parseInt(c.id().replaceAll("\\D", "")) % 2 == 0 ? 1 : 0;
            }
        }
        assertThat(even).isPositive().isLessThan(all);

        PosteriorCoverage.Result r = PosteriorCoverage.measure(new Staircase(truth), heldOut, truth, week,
                List.of(0.8, 0.95), 200, 1);
        assertThat(r.attempts()).isEqualTo(all);
        assertThat(r.contacts()).isEqualTo(10);
        PosteriorCoverage.Level eighty = r.levels().get(0);
        PosteriorCoverage.Level ninetyFive = r.levels().get(1);
        assertThat(eighty.nominal()).isEqualTo(0.8);
        assertThat(eighty.coverage()).isCloseTo((double) even / all, within(1e-12));
        assertThat(eighty.below()).isCloseTo(1 - (double) even / all, within(1e-12));
        // the 80% interval of 200 evenly spaced draws spans 0.8 × 199 steps of 0.001
        assertThat(eighty.meanWidth()).isCloseTo(0.8 * 199 * 0.001, within(1e-9));
        assertThat(ninetyFive.coverage()).isEqualTo(1.0);
        assertThat(ninetyFive.below()).isZero();
    }

    @Test
    void refusesLevelsOutsideTheUnitInterval() throws Exception {
        TwoRoutineWorld.write(tmp, 4, 0, 3);
        GroundTruth truth = GroundTruth.read(tmp);
        TrainingData data = DataDirectory.load(tmp, HolidayCalendar.standard()).data();
        IsoWeek week = IsoWeek.of(LocalDate.of(2025, 10, 6));
        assertThatThrownBy(() -> PosteriorCoverage.measure(new Staircase(truth), data, truth, week, List.of(1.0), 200,
                1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("received 1.0");
    }
}
