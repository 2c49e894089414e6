package org.reachlab.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.reachlab.data.calendar.HolidayCalendar;
/**
 * A family of reachability models: trains one from data and a config, and reads a saved one.
 *
 * <p>A family is registered under its {@link #name()} in the {@link ModelRegistry}: list the class
 * in {@code META-INF/services/org.reachlab.models.ModelFamily} (it needs a public no-argument
 * constructor), or call {@link ModelRegistry#register}. Use {@link org.reachlab.models.training.Trainer} rather than
 * {@link #train} directly: it adds the validation slice, calibration and the training report.
 *
 * <p>Training must be deterministic for a given data set and {@link ModelConfig#seed()}.
 */
public interface ModelFamily {

    /** The registry name: lower case, no spaces ({@code fixed}, {@code bayes}, {@code neural}). */
    String name();

    /** One line for usage messages and the model card. */
    String description();

    /** What the model card says about the family's known limits. */
    default String limits() {
        return "";
    }

    /** The family's parameters with their defaults (the keys {@link ModelConfig#params()} may set). */
    default Object defaultParams() {
        return Map.of();
    }

    /**
     * Trains a model on every row of the data (the {@link org.reachlab.models.training.Trainer} has already cut off the
     * validation and calibration slices). {@code config.family()} is this family's name.
     */
    ReachabilityModel train(TrainingData data, ModelConfig config);

    /**
     * Rebuilds a model from the files its {@link ReachabilityModel#save} wrote.
     *
     * @throws ModelFormatException when the files are not what this family writes
     */
    ReachabilityModel load(Path parametersDir, ModelConfig config, HolidayCalendar calendar) throws IOException;

    /** Versions of the libraries the family depends on, for provenance (name to version). */
    default Map<String, String> libraryVersions() {
        return Map.of();
    }
}
