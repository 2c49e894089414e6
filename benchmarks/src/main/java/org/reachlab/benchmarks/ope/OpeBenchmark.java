package org.reachlab.benchmarks.ope;

import java.util.ArrayList;
import java.util.List;
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
import org.reachlab.benchmarks.units.Rows;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.SimulatedLog;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;

/**
 * Off-policy evaluation on the logged history of the default world with {@code contacts}
 * contacts (12 weeks dialed uniformly in 09-17 with propensities, one rep per 400 contacts), in
 * logged rows per second: {@link #rewardModel} cross-fits the reward model that the direct method
 * and doubly robust need (2 contact folds, the default hierarchical Beta belief);
 * {@link #estimators} computes IPS, SNIPS, DM and DR of the {@code target} policy in their one
 * shared pass over the log, given the reward model's predictions and the target's distribution
 * for every logged dial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class OpeBenchmark {

    /** Contacts per rep, as in the default world (2000 contacts, 5 reps). */
    static final int CONTACTS_PER_REP = 400;

    /** Contacts in the world whose history is logged. */
    @Param({"2000", "10000"})
    public int contacts;

    /** The policy type evaluated: {@code uniform} (the logger itself) or {@code rotation}. */
    @Param({"uniform", "rotation"})
    public String target;

    private List<LoggedDial> log;
    private OffPolicyEvaluator evaluator;
    private TargetPolicy targetPolicy;
    private double[][] q;

    /** Generates the world, logs its history and fits the reward model once for {@link #estimators}. */
    @Setup(Level.Trial)
    public void setUp() {
        SyntheticWorld world = new WorldGenerator(WorldFiles.defaults().withContacts(contacts))
                .generate(Fixtures.SEED);
        WorldConfig.Dialing d = world.config().dialing();
        WorldConfig.Dialing rules = d.withReps(Math.max(1, contacts / CONTACTS_PER_REP));
        List<SimulatedCall> calls = new ArrayList<>();
        new Simulator(world, rules, Fixtures.SEED).run(WindowPolicy.nineToFive(), calls::add);
        log = SimulatedLog.of(world, calls).dials();
        evaluator = new OffPolicyEvaluator(OffPolicyEvaluator.Options.defaults(), RewardModel.hierarchicalBeta());
        Policy policy = PolicyRegistry.standard().get(target).create(PolicySettings.defaults(),
                PolicyInputs.ofHours(d.earliest(), d.latest()));
        targetPolicy = TargetPolicy.of(policy, Fixtures.SEED);
        q = evaluator.crossFit(log);
    }

    /** Cross-fits the reward model's predictions for every logged dial. */
    @Benchmark
    public double[][] rewardModel(Rows counter) {
        double[][] predictions = evaluator.crossFit(log);
        counter.rows += log.size();
        return predictions;
    }

    /** IPS, SNIPS, DM and DR of the target on the log. */
    @Benchmark
    public OpeResult estimators(Rows counter) {
        OpeResult result = evaluator.evaluate(log, targetPolicy, q, null);
        counter.rows += log.size();
        return result;
    }
}
