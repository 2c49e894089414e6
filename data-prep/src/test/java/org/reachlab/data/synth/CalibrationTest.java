package org.reachlab.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default world meets the calibration stated in default-world.yaml. */
class CalibrationTest {

    private static Calibration cal;

    @BeforeAll
    static void generate() {
        SyntheticWorld world = new WorldGenerator(WorldFiles.defaults()).generate(7);
        cal = Calibration.of(world);
        System.out.print(cal.report());
    }

    @Test
    void uniformNineToFiveReachesFifteenToTwentyPercent() {
        assertThat(cal.uniformRate()).isBetween(0.15, 0.20);
    }

    @Test
    void pooledBestHourBeatsTheAverageByOnlyAFewPoints() {
        assertThat(cal.bestHourLiftPoints()).isBetween(1.0, 5.0);
    }

    @Test
    void individualsDifferSharply() {
        // a person's own best hour is far above their own average, much more than pooled
        assertThat(100 * cal.individualLift()).isGreaterThan(3 * cal.bestHourLiftPoints());
        assertThat(cal.individualLift()).isGreaterThan(0.10);
    }

    @Test
    void oracleDoesFarBetter() {
        assertThat(cal.oracleRate()).isGreaterThan(1.8 * cal.uniformRate());
    }
}
