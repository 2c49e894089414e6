package org.reachlab.signals.gate;

import java.util.List;

/**
 * Fits a {@link LogisticModel} by Newton's method on the L2-penalised log-likelihood (the
 * intercept is not penalised). Deterministic: the same examples in the same order give the same
 * weights, so the shipped weights can be retrained and compared.
 *
 * @param lambda        the L2 penalty on the weights
 * @param maxIterations at most this many Newton steps
 * @param tolerance     stop when no weight moves by more than this
 */
public record LogisticTrainer(double lambda, int maxIterations, double tolerance) {

    /** The settings the shipped weights were trained with. */
    public static final LogisticTrainer DEFAULT = new LogisticTrainer(1.0, 100, 1e-10);

    public LogisticTrainer {
        if (!(lambda >= 0) || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("lambda must be >= 0, maxIterations >= 1 and tolerance > 0, received lambda="
                    + lambda + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance);
        }
    }

    /**
     * One labelled example.
     *
     * @param x     its features
     * @param label true when the sentence states availability
     */
    public record Example(double[] x, boolean label) {
        public Example {
            x = x.clone();
        }
    }

    /**
     * Fits the weights.
     *
     * @param names     the feature names
     * @param examples  the labelled examples, each with one value per name
     * @param threshold the decision threshold to store with the model
     * @return the fitted model
     * @throws IllegalArgumentException when there are no examples, only one class, or a feature vector of the wrong length
     */
    public LogisticModel train(List<String> names, List<Example> examples, double threshold) {
        int d = names.size();
        long positives = examples.stream().filter(Example::label).count();
        if (examples.isEmpty() || positives == 0 || positives == examples.size()) {
            throw new IllegalArgumentException("training needs examples of both classes, received " + examples.size()
                    + " examples with " + positives + " positive");
        }
        for (Example e : examples) {
            if (e.x().length != d) {
                throw new IllegalArgumentException("expected " + d + " features per example, received " + e.x().length);
            }
        }
        // parameters: index 0 is the intercept, then one weight per feature
        double[] beta = new double[d + 1];
        for (int iter = 0; iter < maxIterations; iter++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (Example e : examples) {
                double[] x = e.x();
                double z = beta[0];
                for (int j = 0; j < d; j++) {
                    z += beta[j + 1] * x[j];
                }
                double p = 1.0 / (1.0 + Math.exp(-z));
                double r = (e.label() ? 1.0 : 0.0) - p;
                double w = p * (1 - p);
                for (int a = 0; a <= d; a++) {
                    double xa = a == 0 ? 1.0 : x[a - 1];
                    grad[a] += r * xa;
                    for (int b = a; b <= d; b++) {
                        hess[a][b] += w * xa * (b == 0 ? 1.0 : x[b - 1]);
                    }
                }
            }
            for (int a = 1; a <= d; a++) {
                grad[a] -= lambda * beta[a];
                hess[a][a] += lambda;
            }
            for (int a = 0; a <= d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a][b] = hess[b][a];
                }
            }
            double[] step = solve(hess, grad);
            double move = 0;
            for (int a = 0; a <= d; a++) {
                beta[a] += step[a];
                move = Math.max(move, Math.abs(step[a]));
            }
            if (move < tolerance) {
                break;
            }
        }
        double[] weights = new double[d];
        System.arraycopy(beta, 1, weights, 0, d);
        return new LogisticModel(names, weights, beta[0], threshold);
    }

    /** Solves the symmetric positive-definite system A x = b by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                throw new IllegalStateException("the Newton system is singular at column " + col
                        + " (a feature never varies and lambda is 0?)");
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
