package org.reachlab.benchmarks.simulation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reachlab.benchmarks.Fixtures;
import org.reachlab.benchmarks.units.Dials;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.simulation.SimulationResult;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * The simulator running a policy over the whole 12-week history of the default world with
 * {@code contacts} contacts, in dials per second. The team grows with the world (one rep of the
 * default 40 dials a day per {@value #CONTACTS_PER_REP} contacts, as in the default world), so
 * every size has the same due-to-capacity ratio. Policies, by their registry names: {@code uniform} (09-17),
 * {@code rotation} (slot rotation 09-17) and {@code oracle} (each contact's best hour from the
 * truth, which reads the truth for every due contact and hour).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SimulatorBenchmark {

    /** Contacts per rep, as in the default world (2000 contacts, 5 reps). */
    static final int CONTACTS_PER_REP = 400;

    /** Contacts in the world. */
    @Param({"2000", "10000"})
    public int contacts;

    /** The policy dialing. */
    @Param({"uniform", "rotation", "oracle"})
    public String policy;

    private Simulator simulator;
    private Policy dialing;

    /** Generates the world and picks the policy. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticWorld world = new WorldGenerator(WorldFiles.defaults().withContacts(contacts))
                .generate(Fixtures.SEED);
        WorldConfig.Dialing d = world.config().dialing();
        WorldConfig.Dialing rules = d.withReps(Math.max(1, contacts / CONTACTS_PER_REP));
        simulator = new Simulator(world, rules, Fixtures.SEED);
        dialing = PolicyRegistry.standard().get(policy).create(PolicySettings.defaults(),
                PolicyInputs.ofHours(d.earliest(), d.latest()).withTruth(simulator.truth()));
    }

    /** Runs the whole history without writing a call log. */
    @Benchmark
    public SimulationResult simulate(Dials counter) {
        SimulationResult result = simulator.run(dialing, null);
        counter.dials += result.dials();
        return result;
    }
}
