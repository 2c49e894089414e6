package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.simulation.CallLogWriter;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.SlotRotationPolicy;
import org.reachlab.models.policy.WindowPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab simulate}: dials a synthetic world with the fixed-rule policies and the oracle. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Dials a synthetic world with fixed-rule policies and the oracle under the world's hard "
                + "rules and capacity; prints the sampled and the exact expected contact rate of each.")
public final class SimulateCommand implements Callable<Integer> {

    @Mixin
    WorldOptions options;

    @Option(names = "--policies", split = ",", paramLabel = "NAME",
            defaultValue = "uniform,rotation,best-hour,oracle",
            description = "Policies to run: uniform, rotation, best-hour, oracle (default: all).")
    List<String> policies;

    @Option(names = "--log", paramLabel = "DIR", description = "Also write each policy's calls to DIR/calls-<policy>.csv.")
    Path log;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SyntheticWorld world = new WorldGenerator(options.config()).generate(options.seed);
        Simulator sim = new Simulator(world, options.seed);
        Calibration cal = Calibration.of(world);
        List<Policy> chosen = new ArrayList<>();
        for (String p : policies) {
            chosen.add(switch (p.trim().toLowerCase(Locale.ROOT)) {
                case "uniform" -> WindowPolicy.nineToFive();
                case "rotation" -> SlotRotationPolicy.nineToFive();
                case "best-hour" -> FixedHourPolicy.globallyBest(cal.hourly(), Calibration.UNIFORM_FROM,
                        Calibration.UNIFORM_TO);
                case "oracle" -> sim.oracle();
                default -> throw new UserFacingException("unknown policy '" + p
                        + "' (expected uniform, rotation, best-hour or oracle)");
            });
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "world: %d contacts, %d weeks from %s, seed %d; capacity %d dials a day%n",
                world.contacts().size(), world.config().weeks(), world.start(), options.seed,
                world.config().dialing().dailyCapacity());
        w.print(cal.report());
        if (log != null) {
            Files.createDirectories(log);
        }
        for (Policy p : chosen) {
            SimulationResult r;
            if (log != null) {
                try (CallLogWriter cw = new CallLogWriter(log.resolve("calls-" + p.name() + ".csv"))) {
                    r = sim.run(p, cw);
                }
            } else {
                r = sim.run(p, null);
            }
            GenerateCommand.line(w, r);
            w.flush();
        }
        return 0;
    }
}
