package org.reachlab.evaluation.pilotsim;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldGenerator;
import org.reachlab.data.synth.WorldWriter;
import org.reachlab.evaluation.experiment.HistoryBeliefs;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.evaluation.pilot.PilotLog;
import org.reachlab.evaluation.simulation.CallLogWriter;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.Simulator;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;
import org.reachlab.models.policy.registry.PolicyType;

/**
 * A pilot in a synthetic world with a known answer. The world's reps (rep-01, ...) each own an
 * equal, random share of the contacts; {@code pilotReps} of them, drawn at random, switch from the
 * uniform 09-17 rule to the pilot policy on the start date. The pilot runs on the world's whole
 * history; then the same world is dialled again with no pilot (everyone on the uniform rule), with
 * the same luck for the same dial (the simulator's common random numbers). The true effect on the
 * contact rate is the pilot team's expected contact rate from the start with the pilot minus
 * without it, each the mean over the team's dials of the true connect probability of the hour
 * dialled. A learned pilot policy acts on a model trained on the calls before the start.
 */
public final class SimulatedPilot {

    /**
     * What to simulate.
     *
     * @param reps       reps in the world (overrides the world's dialing.reps)
     * @param pilotReps  reps in the pilot
     * @param start      the pilot's first day
     * @param policy     the pilot policy's type
     * @param model      the model a learned type acts on (null for a type that needs none)
     */
    public record Spec(int reps, int pilotReps, LocalDate start, String policy, String model) {

        /** Parses {@code TYPE[:MODEL]}; a learned type without a model acts on beta_online. */
        public static Spec of(int reps, int pilotReps, LocalDate start, String typeAndModel) {
            String[] p = typeAndModel.split(":", 2);
            String model = p.length > 1 ? p[1].trim() : null;
            return new Spec(reps, pilotReps, start, p[0].trim(), model);
        }

        /** Checks the numbers against a world; the message names the option. */
        public Spec validate(WorldConfig world) {
            if (reps < 2) {
                throw new IllegalArgumentException("--reps must be >= 2 for a pilot, received " + reps);
            }
            if (pilotReps < 1 || pilotReps >= reps) {
                throw new IllegalArgumentException("--pilot-reps must be between 1 and --reps - 1 = " + (reps - 1)
                        + ", received " + pilotReps);
            }
            LocalDate first = LocalDate.parse(world.start());
            LocalDate end = first.plusWeeks(world.weeks());
            if (!start.isAfter(first) || !start.isBefore(end)) {
                throw new IllegalArgumentException("--pilot-start " + start + " is outside the world's history "
                        + first + " to " + end.minusDays(1));
            }
            return this;
        }
    }

    /**
     * The truth of a pilot.
     *
     * @param contactRateEffect      expected contact rate of the pilot team from the start, with minus without the pilot
     * @param withPilot              its expected contact rate with the pilot
     * @param withoutPilot           without it
     * @param meetingsPerRepDayEffect realised meetings per pilot rep-day from the start, with minus without
     *                                (same luck; not an expectation)
     * @param pilotDials             the pilot team's dials from the start, with the pilot
     */
    public record Truth(double contactRateEffect, double withPilot, double withoutPilot,
                        double meetingsPerRepDayEffect, long pilotDials) {
    }

    /**
     * A simulated pilot.
     *
     * @param world     the world
     * @param reps      rep ids
     * @param pilot     the pilot reps
     * @param owner     per contact index, its rep's index
     * @param calls     every dial of the run with the pilot (policy column: the policy that chose it)
     * @param truth     the truth
     * @param policy    the pilot policy's name
     */
    public record Run(SyntheticWorld world, List<String> reps, List<String> pilot, int[] owner,
                      List<SimulatedCall> calls, Truth truth, String policy) {

        /** The calls and contacts as the pilot analysis reads them, without files. */
        public PilotLog log() {
            PilotLog.Builder b = PilotLog.builder();
            for (Contact c : world.contacts()) {
                b.contact(c.id(), c.industry(), c.role(), c.country());
            }
            for (SimulatedCall c : calls) {
                b.call(c.contactId(), c.repId(), c.at().toEpochSecond(), c.at().getOffset().getTotalSeconds(),
                        c.result().outcome().isContact(), c.result().meetingBooked());
            }
            return b.build();
        }
    }

    private SimulatedPilot() {
    }

    /** Generates the world and runs the pilot on it. */
    public static Run run(WorldConfig config, long seed, Spec spec) {
        WorldConfig c = config.withDialing(config.dialing().withReps(spec.reps()));
        spec.validate(c);
        SyntheticWorld world = new WorldGenerator(c).generate(seed);
        return run(world, seed, spec);
    }

    /** Runs the pilot on a world whose dialing rules already have {@code spec.reps()} reps. */
    public static Run run(SyntheticWorld world, long seed, Spec spec) {
        int n = world.contacts().size();
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        int[] order = shuffled(n, random);
        int[] owner = new int[n];
        for (int k = 0; k < n; k++) {
            owner[order[k]] = k % spec.reps();
        }
        List<String> reps = new ArrayList<>();
        for (int r = 0; r < spec.reps(); r++) {
            reps.add(String.format(Locale.ROOT, "rep-%02d", r + 1));
        }
        int[] repOrder = shuffled(spec.reps(), random);
        boolean[] pilotRep = new boolean[spec.reps()];
        List<String> pilot = new ArrayList<>();
        for (int k = 0; k < spec.pilotReps(); k++) {
            pilotRep[repOrder[k]] = true;
        }
        for (int r = 0; r < spec.reps(); r++) {
            if (pilotRep[r]) {
                pilot.add(reps.get(r));
            }
        }
        Simulator sim = new Simulator(world, seed);
        Policy uniform = WindowPolicy.nineToFive();
        Policy pilotPolicy;
        if (spec.policy().equals("uniform") && spec.model() == null) {
            pilotPolicy = uniform;
        } else {
            List<SimulatedCall> history = new ArrayList<>();
            sim.run(new TeamPolicy(uniform, uniform, spec.start(), owner, pilotRep, reps), world.start(),
                    spec.start(), history::add);
            pilotPolicy = build(spec, world, seed, sim, history);
        }
        TeamPolicy team = new TeamPolicy(uniform, pilotPolicy, spec.start(), owner, pilotRep, reps);
        List<SimulatedCall> calls = new ArrayList<>();
        double[] with = new double[3];
        sim.run(team, tally(world, owner, pilotRep, spec.start(), with, c -> calls.add(relabel(c, team))));
        double[] without = new double[3];
        if (pilotPolicy == uniform) {
            without = with;
        } else {
            sim.run(new TeamPolicy(uniform, uniform, spec.start(), owner, pilotRep, reps),
                    tally(world, owner, pilotRep, spec.start(), without, c -> { }));
        }
        double days = pilotDays(world, spec.start(), spec.pilotReps(), calls, pilot);
        Truth truth = new Truth(with[1] / with[0] - without[1] / without[0], with[1] / with[0], without[1] / without[0],
                (with[2] - without[2]) / days, (long) with[0]);
        return new Run(world, List.copyOf(reps), List.copyOf(pilot), owner, calls, truth, pilotPolicy.name());
    }

    private static double pilotDays(SyntheticWorld world, LocalDate start, int pilotReps, List<SimulatedCall> calls,
                                    List<String> pilot) {
        java.util.Set<String> days = new java.util.HashSet<>();
        for (SimulatedCall c : calls) {
            LocalDate d = c.at().toLocalDate();
            if (!d.isBefore(start) && pilot.contains(c.repId())) {
                days.add(c.repId() + d);
            }
        }
        return Math.max(1, days.size());
    }

    private static Consumer<SimulatedCall> tally(SyntheticWorld world, int[] owner, boolean[] pilotRep,
                                                 LocalDate start, double[] sums, Consumer<SimulatedCall> next) {
        return c -> {
            if (pilotRep[owner[c.contactIndex()]] && !c.at().toLocalDate().isBefore(start)) {
                sums[0]++;
                sums[1] += c.expected();
                if (c.result().meetingBooked()) {
                    sums[2]++;
                }
            }
            next.accept(c);
        };
    }

    private static SimulatedCall relabel(SimulatedCall c, TeamPolicy team) {
        return new SimulatedCall(c.attemptId(), c.contactIndex(), c.contactId(), c.at(), c.repId(), c.result(),
                team.policyOf(c.repId(), c.at().toLocalDate()), c.propensity(), c.probability(), c.expected());
    }

    private static Policy build(Spec spec, SyntheticWorld world, long seed, Simulator sim, List<SimulatedCall> history) {
        PolicyRegistry registry = PolicyRegistry.standard();
        PolicyType type = registry.find(spec.policy()).orElseThrow(() -> new IllegalArgumentException(
                "--pilot-policy: unknown policy type '" + spec.policy() + "' (expected one of "
                        + String.join(", ", registry.names()) + ")"));
        WorldConfig.Dialing rules = world.config().dialing();
        double[] hourly = hourly(history);
        PolicyInputs inputs = new PolicyInputs(null, hourly, rules.earliest(), rules.latest(), sim.truth())
                .withSegmentTruth(sim.segmentTruth());
        if (type.needsModel()) {
            String model = spec.model() == null ? "beta_online" : spec.model();
            inputs = inputs.withBelief(HistoryBeliefs.train(model, world, seed, history));
        } else if (spec.model() != null) {
            throw new IllegalArgumentException("--pilot-policy: " + type.name() + " acts on no model, received :"
                    + spec.model());
        }
        String name = type.needsModel() ? type.name() + ":" + (spec.model() == null ? "beta_online" : spec.model())
                : type.name();
        return type.create(PolicySettings.defaults().withName(name), inputs);
    }

    private static double[] hourly(List<SimulatedCall> history) {
        double[] dials = new double[24];
        double[] conn = new double[24];
        for (SimulatedCall c : history) {
            int h = c.at().getHour();
            dials[h]++;
            if (c.result().outcome().isContact()) {
                conn[h]++;
            }
        }
        double[] r = new double[24];
        for (int h = 0; h < 24; h++) {
            r[h] = dials[h] == 0 ? 0 : conn[h] / dials[h];
        }
        return r;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /**
     * Writes a generated pilot: the world's files, {@code calls.csv} of the run with the pilot,
     * {@code reps.csv} (rep_id, team: pilot or control) and {@code truth/pilot.json}.
     */
    public static void write(Run run, long seed, Spec spec, Path out) throws IOException {
        Files.createDirectories(out);
        WorldWriter.write(run.world(), out);
        try (CallLogWriter w = new CallLogWriter(out.resolve("calls.csv"))) {
            run.calls().forEach(w);
        }
        try (CSVPrinter p = WorldWriter.printer(out.resolve("reps.csv"), List.of("rep_id", "team"))) {
            for (String r : run.reps()) {
                p.printRecord(r, run.pilot().contains(r) ? "pilot" : "control");
            }
        }
        Files.createDirectories(out.resolve("truth"));
        Files.writeString(out.resolve("truth").resolve("pilot.json"), truthJson(run, seed, spec) + "\n",
                StandardCharsets.UTF_8);
    }

    /** {@code truth/pilot.json}. */
    static String truthJson(Run run, long seed, Spec spec) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("reps", run.reps().size());
        m.put("pilot_reps", run.pilot());
        m.put("start", spec.start().toString());
        m.put("policy", run.policy());
        m.put("baseline", "uniform_09_17");
        Map<String, Object> cr = new LinkedHashMap<>();
        cr.put("effect", run.truth().contactRateEffect());
        cr.put("with_pilot", run.truth().withPilot());
        cr.put("without_pilot", run.truth().withoutPilot());
        cr.put("basis", "expected contact rate of the pilot team's dials from the start (true connect probability of"
                + " the hour dialled), with the pilot minus the same world dialled without it");
        m.put("contact_rate", cr);
        Map<String, Object> mt = new LinkedHashMap<>();
        mt.put("effect", run.truth().meetingsPerRepDayEffect());
        mt.put("basis", "realised meetings per pilot rep-day from the start, with minus without the pilot, on the same"
                + " luck (not an expectation)");
        m.put("meetings_per_rep_day", mt);
        m.put("pilot_dials_after_start", run.truth().pilotDials());
        return ResultJson.MAPPER.writeValueAsString(m);
    }

    /** One line for people. */
    public static String describe(Run run) {
        return String.format(Locale.ROOT, "pilot %s (%s) from the start: expected contact rate %.2f%% with the pilot,"
                + " %.2f%% without, true effect %+.2f points over %d dials", run.policy(), String.join(", ", run.pilot()),
                100 * run.truth().withPilot(), 100 * run.truth().withoutPilot(), 100 * run.truth().contactRateEffect(),
                run.truth().pilotDials());
    }
}
