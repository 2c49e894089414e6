package org.reachlab.evaluation.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.data.synth.WorldWriter;
import org.reachlab.evaluation.simulation.CallLogWriter;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;

/**
 * World building: the world every seed generates (the experiment's world file or the default,
 * over the history and evaluation periods), each seed's world, and its logged history dialled
 * by the logging rule.
 */
final class Worlds {

    private final ExperimentConfig config;
    private final WorldConfig world;
    private final ExperimentPolicies policies;

    Worlds(ExperimentConfig config, Path baseDir) {
        this.config = config;
        WorldConfig w = config.world().file() == null ? WorldFiles.defaults()
                : WorldFiles.load(baseDir.resolve(config.world().file()));
        if (config.world().contacts() != null) {
            w = w.withContacts(config.world().contacts());
        }
        this.world = w.withWeeks(config.world().historyWeeks() + config.world().weeks()).validate();
        this.policies = new ExperimentPolicies(config, world);
    }

    /** The world every seed generates. */
    WorldConfig config() {
        return world;
    }

    /** How the policies of this experiment are built on this world. */
    ExperimentPolicies policies() {
        return policies;
    }

    /** The seed's world. */
    SyntheticWorld generate(long seed) {
        return new WorldGenerator(world).generate(seed);
    }

    /** The first day of the evaluation period. */
    LocalDate historyEnd(SyntheticWorld w) {
        return w.start().plusWeeks(config.world().historyWeeks());
    }

    /** The logged history: the logging rule dials the world until the evaluation period. */
    List<SimulatedCall> history(SyntheticWorld w, Simulator sim) {
        List<SimulatedCall> history = new ArrayList<>();
        sim.run(policies.logger(), w.start(), historyEnd(w), history::add);
        return history;
    }

    /** Writes a world and its logged history (contacts.csv, notes.csv, calls.csv with propensities, truth/). */
    static void write(SyntheticWorld w, List<SimulatedCall> history, Path dir) {
        try {
            WorldWriter.write(w, dir);
            try (CallLogWriter cw = new CallLogWriter(dir.resolve("calls.csv"))) {
                history.forEach(cw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history to " + dir, e);
        }
    }
}
