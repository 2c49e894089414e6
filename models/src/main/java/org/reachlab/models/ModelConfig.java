package org.reachlab.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that decides how a model is trained, read from YAML or JSON and saved with the model.
 *
 * <p>Keys a file leaves out take their defaults; unknown keys are errors that name the key.
 * Example:
 * <pre>
 * family: bayes
 * seed: 7
 * validationDays: 7
 * calibration: isotonic     # none | platt | isotonic
 * calibrationDays: 7
 * days: { holidayFactor: 0.1, bridgeDayFactor: 0.7, absenceFactor: 0.05, priorStrength: 5, learn: true }
 * params: { halfLifeDays: 28 }   # the family's own parameters, see its Params record
 * </pre>
 *
 * @param family          the family's registry name
 * @param seed            the seed of every random choice in training (default 1)
 * @param validationDays  the last days of the training data held out to measure the model on
 *                        before it is updated with them (0: none; default 7)
 * @param calibration     calibration fitted on a slice after the fitting slice (default none)
 * @param calibrationDays length of that slice in days (default 7)
 * @param days            day effects (holidays, bridge days, stated absences)
 * @param params          the family's own parameters (keys of its {@code Params} record)
 */
@JsonPropertyOrder({"family", "seed", "validationDays", "calibration", "calibrationDays", "days", "params"})
public record ModelConfig(String family, long seed, int validationDays, Calibration calibration, int calibrationDays,
                          DayEffects.Config days, Map<String, Object> params) {

    /** Default seed. */
    public static final long DEFAULT_SEED = 1L;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ModelConfig {
        if (validationDays < 0) {
            throw new IllegalArgumentException("validationDays must be >= 0, received " + validationDays);
        }
        if (calibrationDays < 0) {
            throw new IllegalArgumentException("calibrationDays must be >= 0, received " + calibrationDays);
        }
        calibration = calibration == null ? Calibration.NONE : calibration;
        days = days == null ? DayEffects.Config.DEFAULT : days;
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** Reads keys with defaults for the missing ones. */
    @JsonCreator
    static ModelConfig create(@JsonProperty("family") String family, @JsonProperty("seed") Long seed,
                              @JsonProperty("validationDays") Integer validationDays,
                              @JsonProperty("calibration") Calibration calibration,
                              @JsonProperty("calibrationDays") Integer calibrationDays,
                              @JsonProperty("days") DayEffects.Config days,
                              @JsonProperty("params") Map<String, Object> params) {
        return new ModelConfig(family, seed == null ? DEFAULT_SEED : seed, validationDays == null ? 7 : validationDays,
                calibration, calibrationDays == null ? 7 : calibrationDays, days, params);
    }

    /** The defaults for a family. */
    public static ModelConfig defaults(String family) {
        return create(family, null, null, null, null, null, null);
    }

    public ModelConfig withFamily(String f) {
        return new ModelConfig(f, seed, validationDays, calibration, calibrationDays, days, params);
    }

    public ModelConfig withSeed(long s) {
        return new ModelConfig(family, s, validationDays, calibration, calibrationDays, days, params);
    }

    public ModelConfig withValidationDays(int d) {
        return new ModelConfig(family, seed, d, calibration, calibrationDays, days, params);
    }

    public ModelConfig withCalibration(Calibration c, int d) {
        return new ModelConfig(family, seed, validationDays, c, d, days, params);
    }

    public ModelConfig withDays(DayEffects.Config d) {
        return new ModelConfig(family, seed, validationDays, calibration, calibrationDays, d, params);
    }

    /** A copy with one family parameter set. */
    public ModelConfig withParam(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put(key, value);
        return new ModelConfig(family, seed, validationDays, calibration, calibrationDays, days, p);
    }

    /**
     * The family's parameters as its own record: the defaults' values overlaid with {@link #params()}.
     *
     * @throws IllegalArgumentException naming the key when {@code params} has a key the type lacks
     *                                  or a value of the wrong type
     */
    public <T> T params(Class<T> type, T defaults) {
        Map<String, Object> merged = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> d = JSON.convertValue(defaults, Map.class);
        merged.putAll(d);
        merged.putAll(params);
        try {
            return JSON.convertValue(merged, type);
        } catch (IllegalArgumentException e) {
            Throwable c = e.getCause();
            if (c instanceof UnrecognizedPropertyException u) {
                throw new IllegalArgumentException("unknown parameter '" + u.getPropertyName() + "' for family "
                        + family + "; known: " + d.keySet(), e);
            }
            throw new IllegalArgumentException("bad parameters for family " + family + ": "
                    + (c == null ? e.getMessage() : c.getMessage()), e);
        }
    }

    /** Reads a config from YAML ({@code .yaml}, {@code .yml}) or JSON (anything else). */
    public static ModelConfig read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper m = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        try {
            ModelConfig c = m.readValue(file.toFile(), ModelConfig.class);
            if (c == null) {
                throw new IOException(file + " is empty");
            }
            return c;
        } catch (UnrecognizedPropertyException e) {
            throw new IOException("unknown key '" + e.getPropertyName() + "' in " + file + " (at "
                    + e.getPathReference() + "); known: " + e.getKnownPropertyIds(), e);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot read model config " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the config as JSON, every key included. */
    public void write(Path file) throws IOException {
        Files.writeString(file, toJson());
    }

    /** The config as JSON, every key included. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON written by {@link #toJson()}. */
    public static ModelConfig fromJson(String json) throws IOException {
        return JSON.readValue(json, ModelConfig.class);
    }

    /** The calibration fitted after the model. */
    public enum Calibration {
        NONE, PLATT, ISOTONIC;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Calibration parse(String s) {
            for (Calibration c : values()) {
                if (c.code().equalsIgnoreCase(s.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("calibration must be none, platt or isotonic, received '" + s + "'");
        }
    }
}
