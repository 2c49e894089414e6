package org.reachlab.evaluation.pilot;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The settings of a pilot analysis that are not about who and when (those come from the command
 * line): the pilot file ({@code --config pilot.yaml}) gives any of them, the rest keep these defaults.
 *
 * @param revenueColumn    the calls.csv column holding the revenue a call brought (absent: revenue
 *                         per call is unavailable)
 * @param attemptsHorizon  attempts at which time to connect is cut (restricted mean up to it)
 * @param daysHorizon      days at which time to connect in days is cut
 * @param maxAssignments   rep assignments enumerated (or drawn, when there are more) for randomisation inference
 * @param resamples        contact-level bootstrap resamples
 * @param seed             seed of the drawn assignments and the bootstrap
 * @param placebos         placebo start dates in the pre-period (one per week, the latest first)
 * @param business         the inputs of the return on investment that a call log does not hold
 */
public record PilotConfig(String revenueColumn, int attemptsHorizon, int daysHorizon, int maxAssignments,
                          int resamples, long seed, int placebos, Business business) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * What the return on investment needs besides the log; every field may be absent.
     *
     * @param workingDays             working days a month
     * @param closeRate               deals per meeting (used when the log has no revenue column)
     * @param dealSize                revenue per deal (used when the log has no revenue column)
     * @param toolCostPerRepPerMonth  the tool's cost per rep and month
     * @param currency                the currency's code
     */
    public record Business(@JsonProperty("workingDays") Integer workingDays,
                           @JsonProperty("closeRate") Double closeRate,
                           @JsonProperty("dealSize") Double dealSize,
                           @JsonProperty("toolCostPerRepPerMonth") Double toolCostPerRepPerMonth,
                           @JsonProperty("currency") String currency) {

        static Business none() {
            return new Business(21, null, null, null, "EUR");
        }
    }

    /** The defaults. */
    public static PilotConfig defaults() {
        return new PilotConfig("revenue", 10, 14, 20_000, 1000, 1, 4, Business.none());
    }

    /** Reads a pilot file over the defaults. */
    public static PilotConfig load(Path file) {
        PilotConfig d = defaults();
        File f;
        try {
            f = YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), File.class);
        } catch (NoSuchFileException e) {
            throw new PilotInputException("pilot file " + file + " does not exist");
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new PilotInputException("unknown key '" + e.getPropertyName() + "' in pilot file " + file
                    + " (known keys there: " + known + ")");
        } catch (JsonProcessingException e) {
            throw new PilotInputException("pilot file " + file + " cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PilotInputException("cannot read pilot file " + file + ": " + e.getMessage());
        }
        if (f == null) {
            return d;
        }
        Business b = f.business == null ? d.business : new Business(
                f.business.workingDays() == null ? d.business.workingDays() : f.business.workingDays(),
                f.business.closeRate(), f.business.dealSize(), f.business.toolCostPerRepPerMonth(),
                f.business.currency() == null ? d.business.currency() : f.business.currency());
        return new PilotConfig(f.revenueColumn == null ? d.revenueColumn : f.revenueColumn,
                f.attemptsHorizon == null ? d.attemptsHorizon : f.attemptsHorizon,
                f.daysHorizon == null ? d.daysHorizon : f.daysHorizon,
                f.maxAssignments == null ? d.maxAssignments : f.maxAssignments,
                f.resamples == null ? d.resamples : f.resamples,
                f.seed == null ? d.seed : f.seed,
                f.placebos == null ? d.placebos : f.placebos, b).validate(file.toString());
    }

    /** Checks the values; the message names the key. */
    public PilotConfig validate(String source) {
        check(attemptsHorizon >= 1, "attemptsHorizon must be >= 1, received " + attemptsHorizon, source);
        check(daysHorizon >= 1, "daysHorizon must be >= 1, received " + daysHorizon, source);
        check(maxAssignments >= 2, "maxAssignments must be >= 2, received " + maxAssignments, source);
        check(resamples >= 0, "resamples must be >= 0, received " + resamples, source);
        check(placebos >= 0, "placebos must be >= 0, received " + placebos, source);
        if (business.closeRate() != null) {
            check(business.closeRate() >= 0 && business.closeRate() <= 1,
                    "business.closeRate must be in [0, 1], received " + business.closeRate(), source);
        }
        if (business.workingDays() != null) {
            check(business.workingDays() >= 1, "business.workingDays must be >= 1, received "
                    + business.workingDays(), source);
        }
        if (business.toolCostPerRepPerMonth() != null) {
            check(business.toolCostPerRepPerMonth() >= 0, "business.toolCostPerRepPerMonth must be >= 0, received "
                    + business.toolCostPerRepPerMonth(), source);
        }
        return this;
    }

    /** The same settings with other resamples (0: no contact-level bootstrap). */
    public PilotConfig withResamples(int r) {
        return new PilotConfig(revenueColumn, attemptsHorizon, daysHorizon, maxAssignments, r, seed, placebos, business);
    }

    /** The same settings with another seed. */
    public PilotConfig withSeed(long s) {
        return new PilotConfig(revenueColumn, attemptsHorizon, daysHorizon, maxAssignments, resamples, s, placebos,
                business);
    }

    private static void check(boolean ok, String message, String source) {
        if (!ok) {
            throw new PilotInputException(message + " (pilot file " + source + ")");
        }
    }

    /** The file's keys, all optional. */
    static final class File {
        @JsonProperty("revenueColumn")
        String revenueColumn;
        @JsonProperty("attemptsHorizon")
        Integer attemptsHorizon;
        @JsonProperty("daysHorizon")
        Integer daysHorizon;
        @JsonProperty("maxAssignments")
        Integer maxAssignments;
        @JsonProperty("resamples")
        Integer resamples;
        @JsonProperty("seed")
        Long seed;
        @JsonProperty("placebos")
        Integer placebos;
        @JsonProperty("business")
        Business business;
    }
}
