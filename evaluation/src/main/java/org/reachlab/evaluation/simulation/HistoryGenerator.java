package org.reachlab.evaluation.simulation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.data.synth.WorldWriter;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.WindowPolicy;

/**
 * Generates a complete dataset from a world configuration and a seed: {@code contacts.csv},
 * {@code notes.csv}, {@code calls.csv} (the history dialed by a logging policy, by default
 * uniform 09-17, with its propensities), {@code truth/}, the effective {@code world.yaml}, and
 * {@code summary.json} (contacts, attempts, contact rate of the logging policy, of the oracle on
 * the same capacity, and the calibration figures). The same inputs give byte-identical files.
 */
public final class HistoryGenerator {

    private HistoryGenerator() {
    }

    /**
     * What was generated.
     *
     * @param world       the world
     * @param calibration its calibration figures
     * @param logged      the logging policy's run
     * @param oracle      the oracle's run on the same capacity
     */
    public record Generated(SyntheticWorld world, Calibration calibration, SimulationResult logged,
                            SimulationResult oracle) {
    }

    /** Generates into {@code out} with the uniform 09-17 logging policy. */
    public static Generated generate(WorldConfig config, long seed, Path out) throws IOException {
        return generate(config, seed, WindowPolicy.nineToFive(), out);
    }

    /** Generates into {@code out} with a logging policy. */
    public static Generated generate(WorldConfig config, long seed, Policy logging, Path out) throws IOException {
        SyntheticWorld world = new WorldGenerator(config).generate(seed);
        Files.createDirectories(out);
        WorldWriter.write(world, out);
        Simulator sim = new Simulator(world, seed);
        SimulationResult logged;
        try (CallLogWriter w = new CallLogWriter(out.resolve("calls.csv"))) {
            logged = sim.run(logging, w);
        }
        SimulationResult oracle = sim.run(sim.oracle(), null);
        Calibration cal = Calibration.of(world);
        Files.writeString(out.resolve("summary.json"), summaryJson(world, seed, cal, logged, oracle),
                StandardCharsets.UTF_8);
        return new Generated(world, cal, logged, oracle);
    }

    private static String summaryJson(SyntheticWorld world, long seed, Calibration cal, SimulationResult logged,
                                      SimulationResult oracle) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("start", world.start().toString());
        m.put("weeks", world.config().weeks());
        m.put("contacts", world.contacts().size());
        m.put("notes", world.notes().size());
        m.put("timing_statements", world.statements().size());
        m.put("attempts", logged.dials());
        m.put("logging_policy", result(logged));
        m.put("oracle", result(oracle));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("uniform_9_17_rate", round(cal.uniformRate()));
        c.put("pooled_best_hour", cal.bestHour());
        c.put("pooled_best_hour_rate", round(cal.bestHourRate()));
        c.put("individual_lift", round(cal.individualLift()));
        c.put("oracle_best_hour_per_day_rate", round(cal.oracleRate()));
        m.put("calibration", c);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
    }

    private static Map<String, Object> result(SimulationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", r.policy());
        m.put("dials", r.dials());
        m.put("connects", r.connects());
        m.put(Metric.CONTACT_RATE.key(), round(r.sampledRate()));
        m.put(Metric.EXPECTED_CONTACT_RATE.key(), round(r.expectedRate()));
        m.put(Metric.MEETINGS.key(), r.meetings());
        m.put("contacts_reached", r.contactsReached());
        Map<String, Long> v = new LinkedHashMap<>();
        r.violations().forEach((k, n) -> v.put(k.code(), n));
        m.put("refused_dials", v);
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
