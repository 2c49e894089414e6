package org.reachlab.models.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.models.metrics.Metrics;

class CalibrationTest {

    @TempDir
    Path dir;

    /** Predictions twice too high: both calibrators fix the calibration on a later slice. */
    @Test
    void plattAndIsotonicRepairAnOverconfidentModel() throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        int n = 20000;
        double[] p = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double truth = 0.05 + 0.3 * r.nextDouble();
            p[i] = Math.min(0.99, truth * 2);
            y[i] = r.nextDouble() < truth;
        }
        for (Calibrator c : new Calibrator[] {PlattCalibrator.fit(p, y), IsotonicCalibrator.fit(p, y)}) {
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                q[i] = c.apply(p[i]);
            }
            assertThat(Metrics.ece(q, y)).as(c.kind()).isLessThan(0.02);
            assertThat(Metrics.logLoss(q, y)).as(c.kind()).isLessThan(Metrics.logLoss(p, y));
            assertThat(c.apply(0.6)).as(c.kind()).isGreaterThanOrEqualTo(c.apply(0.3));
            Calibrator.write(c, dir.resolve(c.kind() + ".json"));
            Calibrator back = Calibrator.read(dir.resolve(c.kind() + ".json"));
            assertThat(back.apply(0.37)).isEqualTo(c.apply(0.37));
        }
    }
}
