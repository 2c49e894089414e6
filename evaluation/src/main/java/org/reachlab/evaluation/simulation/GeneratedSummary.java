package org.reachlab.evaluation.simulation;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.metric.Metric;

/**
 * The shape of a generated world's {@code summary.json}: the world's size, the logging policy's and
 * the oracle's results and the world's calibration, written by the shared
 * {@link org.reachlab.evaluation.output.ResultJson} mapper. Rates are rounded to six decimals.
 *
 * @param seed             the world's seed
 * @param start            its first day
 * @param weeks            its weeks
 * @param contacts         contacts
 * @param notes            notes
 * @param timingStatements timing statements in the notes
 * @param attempts         dials of the logging policy
 * @param loggingPolicy    the logging policy's result
 * @param oracle           the oracle's result
 * @param calibration      the world's calibration
 */
@JsonPropertyOrder({"seed", "start", "weeks", "contacts", "notes", "timing_statements", "attempts", "logging_policy",
    "oracle", "calibration"})
record GeneratedSummary(long seed, String start, int weeks, int contacts, int notes,
                        @JsonProperty("timing_statements") int timingStatements, long attempts,
                        @JsonProperty("logging_policy") Result loggingPolicy, Result oracle,
                        CalibrationJson calibration) {

    static GeneratedSummary of(SyntheticWorld world, long seed, Calibration cal, SimulationResult logged,
                               SimulationResult oracle) {
        return new GeneratedSummary(seed, world.start().toString(), world.config().weeks(), world.contacts().size(),
                world.notes().size(), world.statements().size(), logged.dials(), Result.of(logged),
                Result.of(oracle), new CalibrationJson(round(cal.uniformRate()), cal.bestHour(),
                        round(cal.bestHourRate()), round(cal.individualLift()), round(cal.oracleRate())));
    }

    /**
     * One policy's simulated result.
     *
     * @param policy          the policy
     * @param dials           dials
     * @param connects        connects
     * @param rates           metric key to value: sampled and expected contact rate, meetings
     * @param contactsReached contacts reached
     * @param refusedDials    violation code to the dials refused for it
     */
    @JsonPropertyOrder({"policy", "dials", "connects", "rates", "contacts_reached", "refused_dials"})
    record Result(String policy, long dials, long connects, @JsonAnyGetter Map<String, Number> rates,
                  @JsonProperty("contacts_reached") long contactsReached,
                  @JsonProperty("refused_dials") Map<String, Long> refusedDials) {

        static Result of(SimulationResult r) {
            Map<String, Number> rates = new LinkedHashMap<>();
            rates.put(Metric.CONTACT_RATE.key(), round(r.sampledRate()));
            rates.put(Metric.EXPECTED_CONTACT_RATE.key(), round(r.expectedRate()));
            rates.put(Metric.MEETINGS.key(), r.meetings());
            Map<String, Long> v = new LinkedHashMap<>();
            r.violations().forEach((k, n) -> v.put(k.code(), n));
            return new Result(r.policy(), r.dials(), r.connects(), rates, r.contactsReached(), v);
        }
    }

    /**
     * The world's calibration.
     *
     * @param uniform917Rate           contact rate of uniform dialling over 09-17
     * @param pooledBestHour           the pooled best hour in 09-17
     * @param pooledBestHourRate       its rate
     * @param individualLift           lift of each contact's own best hour
     * @param oracleBestHourPerDayRate rate of the best hour per contact and day
     */
    @JsonPropertyOrder({"uniform_9_17_rate", "pooled_best_hour", "pooled_best_hour_rate", "individual_lift",
        "oracle_best_hour_per_day_rate"})
    record CalibrationJson(@JsonProperty("uniform_9_17_rate") double uniform917Rate,
                           @JsonProperty("pooled_best_hour") int pooledBestHour,
                           @JsonProperty("pooled_best_hour_rate") double pooledBestHourRate,
                           @JsonProperty("individual_lift") double individualLift,
                           @JsonProperty("oracle_best_hour_per_day_rate") double oracleBestHourPerDayRate) {
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
