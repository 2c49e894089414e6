package org.reachlab.evaluation.pilotsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;

/**
 * Many small simulated pilots (one world of 500 contacts, 10 reps of which 3 in the pilot, 3 weeks before and 3
 * after, each run with its own books,
 * pilot reps and luck, fixed seeds) through the analysis: with no true effect the interval excludes zero rarely,
 * and with a true effect it covers the truth about as often as it says. The full check at the
 * issue's size is {@code reachlab pilot-check} (docs/pilot.md).
 */
class PilotCheckTest {

    static final WorldConfig SMALL = WorldFiles.defaults().withContacts(500);

    @Test
    void withNoTrueEffectTheIntervalRarelyExcludesZero() {
        PilotCheck.Result r = PilotCheck.run(new PilotCheck.Spec(SMALL, 10, 3, 3, 3, "uniform", 30, 1000, false), null);
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.effect()).isZero());
        // nominal 5%: at most 3 of 30 (a test of the right size exceeds that with probability 6%)
        assertThat(r.significant()).as(r.line()).isLessThanOrEqualTo(3 / 30.0);
        assertThat(r.coverage()).as(r.line()).isGreaterThanOrEqualTo(27 / 30.0);
    }

    @Test
    void withATrueEffectTheIntervalCoversItAndFindsIt() {
        PilotCheck.Result r = PilotCheck.run(new PilotCheck.Spec(SMALL, 10, 3, 3, 3, "segment-oracle", 20, 2000,
                false), null);
        assertThat(r.meanEffect()).as(r.line()).isGreaterThan(0.02);
        assertThat(r.coverage()).as(r.line()).isGreaterThanOrEqualTo(0.8);
        assertThat(Math.abs(r.meanEstimate() - r.meanEffect())).as(r.line()).isLessThan(0.01);
        assertThat(r.significant()).as(r.line()).isGreaterThanOrEqualTo(0.3);
    }
}
