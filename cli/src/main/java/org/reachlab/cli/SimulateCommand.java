package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.Calibration;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.simulation.CallLogWriter;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.policy.registry.PolicyType;
import org.reachlab.pipeline.NotePreferences;
import org.reachlab.signals.extract.SignalExtractor;
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
            description = "Policy types to run: uniform, rotation, best-hour, oracle (default), or any type of the policy"
                    + " registry that needs no trained model (stated-rule reads the world's notes, segment-oracle each"
                    + " segment's truth).")
    List<String> policies;

    @Option(names = "--log", paramLabel = "DIR", description = "Also write each policy's calls to DIR/calls-<policy>.csv.")
    Path log;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PolicyRegistry registry = PolicyRegistry.standard();
        List<String> usable = registry.names(t -> !t.needsModel());
        List<PolicyType> types = new ArrayList<>();
        for (String p : policies) {
            PolicyType type = registry.find(p).orElseThrow(() -> new UserFacingException("--policies: unknown policy '"
                    + p.trim() + "' (expected one of " + String.join(", ", usable) + ")"));
            if (type.needsModel()) {
                throw new UserFacingException("--policies: " + type.name() + " needs a trained model, which simulate"
                        + " does not train; compare it in an experiment (expected one of " + String.join(", ", usable)
                        + ")");
            }
            types.add(type);
        }
        SyntheticWorld world = new WorldGenerator(options.config()).generate(options.seed);
        Simulator sim = new Simulator(world, options.seed);
        Calibration cal = Calibration.of(world);
        WorldConfig.Dialing rules = world.config().dialing();
        PolicyInputs inputs = new PolicyInputs(null, cal.hourly(), rules.earliest(), rules.latest(), sim.truth())
                .withSegmentTruth(sim.segmentTruth());
        if (types.stream().anyMatch(t -> t.name().equals("stated-rule"))) {
            Map<String, Contact> contacts = new LinkedHashMap<>();
            world.contacts().forEach(c -> contacts.put(c.id(), c));
            inputs = inputs.withStated(NotePreferences.timeline(world.notes(), contacts, SignalExtractor.shared())
                    .preferences());
        }
        List<Policy> chosen = new ArrayList<>();
        for (PolicyType type : types) {
            chosen.add(type.create(PolicySettings.defaults(), inputs));
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "world: %d contacts, %d weeks from %s, seed %d; capacity %d dials a day, %d an hour%n",
                world.contacts().size(), world.config().weeks(), world.start(), options.seed,
                rules.dailyCapacity(), rules.hourlyCapacity());
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
