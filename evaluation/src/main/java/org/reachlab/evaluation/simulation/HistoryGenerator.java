package org.reachlab.evaluation.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.data.synth.WorldWriter;
import org.reachlab.evaluation.output.ResultJson;
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
        return ResultJson.MAPPER.writeValueAsString(GeneratedSummary.of(world, seed, cal, logged, oracle)) + "\n";
    }
}
