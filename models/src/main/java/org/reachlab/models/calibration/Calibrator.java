package org.reachlab.models.calibration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFormatException;

/** A monotone map from a model's probability to a calibrated probability. */
public interface Calibrator {

    /** The calibrated probability. */
    double apply(double p);

    /** {@code platt} or {@code isotonic}. */
    String kind();

    /** The parameters, for saving. */
    Map<String, Object> parameters();

    /** Fits the calibrator of the given kind on predictions and outcomes. */
    static Calibrator fit(ModelConfig.Calibration kind, double[] p, boolean[] y) {
        return switch (kind) {
            case PLATT -> PlattCalibrator.fit(p, y);
            case ISOTONIC -> IsotonicCalibrator.fit(p, y);
            case NONE -> throw new IllegalArgumentException("no calibrator for calibration 'none'");
        };
    }

    /** Writes {@code {"kind": ..., parameters}} as JSON. */
    static void write(Calibrator c, Path file) throws IOException {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kind", c.kind());
        m.putAll(c.parameters());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
    }

    /** Reads what {@link #write} wrote. */
    static Calibrator read(Path file) throws IOException {
        var node = new ObjectMapper().readTree(file.toFile());
        String kind = node.path("kind").asText("");
        return switch (kind) {
            case "platt" -> new PlattCalibrator(node.path("a").asDouble(), node.path("b").asDouble());
            case "isotonic" -> {
                var xs = node.path("x");
                var ys = node.path("y");
                double[] x = new double[xs.size()];
                double[] y = new double[ys.size()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = xs.get(i).asDouble();
                    y[i] = ys.get(i).asDouble();
                }
                yield new IsotonicCalibrator(x, y);
            }
            default -> throw new ModelFormatException(file + ": unknown calibrator kind '" + kind
                    + "' (expected platt or isotonic)");
        };
    }
}
