package org.reachlab.models.logistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.PlantedWorld;
import org.reachlab.models.encoding.PosteriorCore;
import org.reachlab.models.encoding.RawRows;
import org.reachlab.models.encoding.StatedWeights;

/** The diagonal Laplace posterior of {@link LogisticRegression}. */
class LogisticPosteriorTest {

    private static final LogisticConfig CONFIG = new LogisticConfig(4, 2, 128, 0.02, 1e-3, 0, 5, 0.05, 3, 32, 1);
    private static final RawRows ROWS = RawRows.fromLog(PlantedWorld.log(3, 60, 20, 4), PlantedWorld.CALENDAR,
            StatedWeights.NONE);

    @Test
    void precisionIsTheFiniteDifferenceHessianDiagonal() {
        LogisticRegression m = LogisticRegression.train(ROWS, CONFIG, 7).model();
        EncodedRows train = m.encoder().encode(ROWS, 0, ROWS.size());
        int n = train.size();
        float[] w = m.weights();
        Layout layout = Layout.of(m.encoder());
        int[] active = new int[Layout.ACTIVE];
        layout.active(train, 0, active);
        // dense columns, the first row's one-hot columns, and the bias (k = width)
        int[] ks = {0, 3, 9, 20, active[0], active[1], active[2], active[5], m.width()};
        double h = 1e-2;
        double[] grad = new double[w.length];
        for (int k : ks) {
            double up;
            double down;
            if (k == m.width()) {
                up = m.gradient(train, null, 0, n, w, m.bias() + h, grad);
                down = m.gradient(train, null, 0, n, w, m.bias() - h, grad);
            } else {
                float[] wu = w.clone();
                wu[k] += (float) h;
                m.gradient(train, null, 0, n, wu, m.bias(), grad);
                up = grad[k];
                float[] wd = w.clone();
                wd[k] -= (float) h;
                m.gradient(train, null, 0, n, wd, m.bias(), grad);
                down = grad[k];
            }
            // the gradient is the mean's; the penalised total negative log-likelihood is n times the
            // mean log-loss plus n·l2/2·|w|² (no penalty on the bias)
            double hessian = n * (up - down) / (2 * h) + (k == m.width() ? 0 : n * CONFIG.l2());
            assertThat(m.precision(k)).as("precision of parameter %d", k)
                    .isCloseTo(hessian, within(1e-3 * hessian + 1e-6));
        }
    }

    @Test
    void drawsHaveThePosteriorsMeanAndSpread() {
        LogisticRegression m = LogisticRegression.train(ROWS, CONFIG, 7).model();
        EncodedRows one = m.encoder().encode(ROWS, 5, 6);
        double point = m.predict(one)[0];
        Layout layout = Layout.of(m.encoder());
        int[] active = new int[Layout.ACTIVE];
        layout.active(one, 0, active);
        // the variance of the row's log-odds: x²/precision summed over the parameters it touches
        double variance = 1 / m.precision(m.width());
        for (int a : active) {
            variance += 1 / m.precision(a);
        }
        for (int k = 0; k < one.denseWidth(); k++) {
            double x = one.dense()[k];
            variance += x * x / m.precision(k);
        }
        PosteriorCore.Draws draws = m.posterior(one);
        SplittableRandom random = new SplittableRandom(11);
        int count = 20000;
        double sum = 0;
        double sumSq = 0;
        for (int d = 0; d < count; d++) {
            double p = draws.draw(random)[0];
            double z = Math.log(p / (1 - p));
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / count;
        double sd = Math.sqrt(variance);
        assertThat(mean).isCloseTo(Math.log(point / (1 - point)), within(4 * sd / Math.sqrt(count)));
        assertThat(Math.sqrt(sumSq / count - mean * mean)).isCloseTo(sd, within(0.03 * sd));
    }

    @Test
    void onlineUpdatesAddTheirRowsCurvature() {
        LogisticRegression m = LogisticRegression.train(ROWS, CONFIG, 7).model();
        EncodedRows some = m.encoder().encode(ROWS, 0, 50);
        LogisticRegression copy = m.copy();
        double before = m.precision(m.width());
        m.update(some, 0.05, CONFIG.l2(), 2);
        double added = 0;
        for (double p : m.predict(some)) {
            added += p * (1 - p);
        }
        assertThat(m.precision(m.width())).isCloseTo(before + added, within(1e-9 * before));
        assertThat(copy.precision(m.width())).isEqualTo(before);
    }
}
