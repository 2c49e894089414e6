package org.reachlab.evaluation.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PilotDesignTest {

    /** Twelve reps over 8 weeks, rep r connecting at 0.10 + 0.01 r, 40 calls a working day each. */
    static PilotLog log(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PilotLog.Builder b = PilotLog.builder();
        for (int r = 0; r < 12; r++) {
            b.contact("c" + r, "it", "owner", "DE");
        }
        LocalDate first = LocalDate.of(2026, 1, 5);
        for (int r = 0; r < 12; r++) {
            String rep = String.format(Locale.ROOT, "rep-%02d", r);
            for (LocalDate d = first; d.isBefore(first.plusWeeks(8)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (int k = 0; k < 40; k++) {
                    b.call("c" + r, rep, d.toEpochDay() * 86_400 + 36_000, 0, random.nextDouble() < 0.10 + 0.01 * r,
                            false);
                }
            }
        }
        return b.build();
    }

    @Test
    void theSpreadIsTheBinomialNoiseOfARepsChangeAndTheSplitIsBalanced() {
        PilotDesign.Plan p = PilotDesign.plan(log(1), 10, 2, 3, 1);
        // a rep's rate over 400 calls has variance p(1-p)/400; its change between two windows twice that
        double expected = Math.sqrt(2 * 0.16 * 0.84 / 400);
        assertThat(p.sigma()).isCloseTo(expected, within(0.35 * expected));
        assertThat(p.positions()).isEqualTo(5);
        assertThat(p.mde()[2]).isCloseTo(PilotDesign.multiplier(10) * p.sigma() * Math.sqrt(1 / 3.0 + 1 / 7.0),
                within(1e-12));
        assertThat(p.mde()[4]).isLessThan(p.mde()[2]).isLessThan(p.mde()[0]);
        assertThat(p.pilot()).hasSize(3);
        assertThat(p.control()).hasSize(7);
        assertThat(Math.abs(p.pilotRate() - p.controlRate())).isLessThan(0.03);
        assertThat(p.note()).contains("the 10 with the most calls");
    }

    @Test
    void refusesWhatItCannotPlan() {
        assertThatThrownBy(() -> PilotDesign.plan(log(2), 10, 5, 3, 1)).isInstanceOf(PilotInputException.class)
                .hasMessageContaining("the log has 8 whole weeks; --weeks 5 needs 10");
        assertThatThrownBy(() -> PilotDesign.plan(log(2), 10, 2, 10, 1)).hasMessageContaining("--pilot-reps must be");
    }
}
