package org.reachlab.signals.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A logistic model over named features: P(states availability) = sigmoid(bias + w · x), with the
 * threshold above which the gate keeps a sentence.
 *
 * @param names     the feature names, in the order of the feature vector
 * @param weights   one weight per name
 * @param bias      the intercept
 * @param threshold keep a sentence when its probability is at least this
 */
public record LogisticModel(List<String> names, double[] weights, double bias, double threshold) {

    /** The resource the shipped weights are read from, beside this class. */
    public static final String RESOURCE = "gate-weights.properties";

    public LogisticModel {
        names = List.copyOf(names);
        weights = weights.clone();
        if (names.size() != weights.length) {
            throw new IllegalArgumentException("names and weights must be the same length, received names.size()="
                    + names.size() + ", weights.length=" + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), received " + threshold);
        }
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The probability that a sentence with these features states availability.
     *
     * @param x the features, one per name
     */
    public double probability(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, received " + x.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** True when the features' probability reaches the threshold. */
    public boolean keeps(double[] x) {
        return probability(x) >= threshold;
    }

    /**
     * Writes the model as properties text: {@code bias}, {@code threshold} and {@code w.<name>},
     * each with nine decimals, names in feature order.
     */
    public String toProperties(String header) {
        StringBuilder b = new StringBuilder();
        for (String line : header.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append("threshold=").append(format(threshold)).append('\n');
        b.append("bias=").append(format(bias)).append('\n');
        for (int i = 0; i < names.size(); i++) {
            b.append("w.").append(names.get(i)).append('=').append(format(weights[i])).append('\n');
        }
        return b.toString();
    }

    /** The model rounded as {@link #toProperties} writes it. */
    public LogisticModel rounded() {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(format(weights[i]));
        }
        return new LogisticModel(names, w, Double.parseDouble(format(bias)), threshold);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.9f", v);
    }

    /**
     * Reads a model written by {@link #toProperties}, with weights for exactly these names.
     *
     * @param in    the text
     * @param names the feature names the caller computes
     * @param what  where the text comes from, for messages
     * @throws IllegalArgumentException naming the key when a weight is missing, unknown or not a number
     */
    public static LogisticModel read(Reader in, List<String> names, String what) throws IOException {
        Properties p = new Properties();
        p.load(in);
        double[] w = new double[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = number(p, "w." + names.get(i), what);
        }
        List<String> unknown = new ArrayList<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("w.") && !names.contains(k.substring(2))) {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(what + ": weights for unknown features " + unknown.stream().sorted().toList());
        }
        return new LogisticModel(names, w, number(p, "bias", what), number(p, "threshold", what));
    }

    /** The shipped weights for {@link GateFeatures#NAMES}. */
    public static LogisticModel shipped() {
        try (InputStream in = LogisticModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the availability gate's weights are missing (resource " + RESOURCE + ")");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), GateFeatures.NAMES, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static double number(Properties p, String key, String what) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(what + ": missing key " + key);
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": key " + key + " is not a number: '" + v + "'", e);
        }
    }
}
