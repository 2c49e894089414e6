package org.reachlab.models.calibration;

import java.util.Map;

/**
 * Platt scaling: calibrated = σ(a · logit(p) + b), fitted by Newton's method on the log-likelihood
 * with Platt's smoothed targets ((N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2)), so a slice with few outcomes
 * does not overfit. Probabilities are clipped to [1e-6, 1 − 1e-6] before the logit.
 *
 * @param a slope on the logit
 * @param b intercept
 */
public record PlattCalibrator(double a, double b) implements Calibrator {

    private static final double CLIP = 1e-6;

    static double logit(double p) {
        double q = Math.min(1 - CLIP, Math.max(CLIP, p));
        return Math.log(q / (1 - q));
    }

    /** Fits a and b. */
    public static PlattCalibrator fit(double[] p, boolean[] y) {
        int n = p.length;
        if (n == 0) {
            return new PlattCalibrator(1, 0);
        }
        long pos = 0;
        for (boolean v : y) {
            if (v) {
                pos++;
            }
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (n - pos + 2.0);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = logit(p[i]);
            t[i] = y[i] ? hi : lo;
        }
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double q = sigmoid(a * x[i] + b);
                double d = q - t[i];
                double w = q * (1 - q);
                ga += d * x[i];
                gb += d;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-300) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new PlattCalibrator(a, b);
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    @Override
    public double apply(double p) {
        return sigmoid(a * logit(p) + b);
    }

    @Override
    public String kind() {
        return "platt";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("a", a, "b", b);
    }
}
