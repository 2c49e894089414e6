package org.reachlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.data.domain.Outcome;
import org.reachlab.evaluation.ope.Estimate;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.LogFiles;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.models.policy.FixedHourPolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.SlotRotationPolicy;
import org.reachlab.models.policy.WindowPolicy;
import org.reachlab.models.policy.learned.EpsilonGreedyPolicy;
import org.reachlab.models.policy.learned.GreedyPolicy;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.Observation;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.learned.ThompsonPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab ope}: off-policy evaluation of policies on a user's call log with propensities. */
@Command(name = "ope", mixinStandardHelpOptions = true,
        description = "Estimates, from a call log with propensities, the contact rate each policy would have had"
                + " on the logged contacts and days: IPS (clipped), self-normalised IPS, direct method and doubly"
                + " robust, with effective sample size, weight quantiles, mass on never-tried slots and warnings."
                + " Learned policies are trained on the log before --split and evaluated on the rest.")
public final class OpeCommand implements Callable<Integer> {

    @Option(names = "--log", paramLabel = "FILE", required = true, description = "calls.csv with a propensity column.")
    Path log;

    @Option(names = "--contacts", paramLabel = "FILE",
            description = "contacts.csv (default: contacts.csv beside the log).")
    Path contacts;

    @Option(names = "--policy", split = ",", paramLabel = "NAME", required = true,
            description = "Policies to evaluate: uniform, rotation, best-hour, greedy, epsilon-greedy, thompson.")
    List<String> policies;

    @Option(names = "--split", paramLabel = "DATE",
            description = "Train learned policies before this date, evaluate from it (default: the middle of the log).")
    LocalDate split;

    @Option(names = "--clip", defaultValue = "20", description = "Largest importance weight (default: ${DEFAULT-VALUE}).")
    double clip;

    @Option(names = "--folds", defaultValue = "2", description = "Cross-fitting folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--min-exploration", defaultValue = "0.01",
            description = "Minimum probability of every allowed hour for learned policies (default: ${DEFAULT-VALUE}).")
    double floor;

    @Option(names = "--earliest", defaultValue = "8", description = "First allowed local hour (default: ${DEFAULT-VALUE}).")
    int earliest;

    @Option(names = "--latest", defaultValue = "21",
            description = "Local hour by which calls must have started (default: ${DEFAULT-VALUE}).")
    int latest;

    @Option(names = "--max-per-week", defaultValue = "3", description = "Weekly attempt cap (default: ${DEFAULT-VALUE}).")
    int maxPerWeek;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the policies' randomness (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the results as JSON.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path contactsFile = contacts != null ? contacts
                : (log.toAbsolutePath().getParent() == null ? Path.of("contacts.csv")
                : log.toAbsolutePath().getParent().resolve("contacts.csv"));
        if (!Files.isRegularFile(log)) {
            throw new UserFacingException("--log " + log + " does not exist");
        }
        if (!Files.isRegularFile(contactsFile)) {
            throw new UserFacingException("contacts file " + contactsFile + " does not exist (give it with --contacts)");
        }
        if (earliest < 0 || latest > 24 || earliest >= latest) {
            throw new UserFacingException("--earliest and --latest need 0 <= earliest < latest <= 24, received "
                    + earliest + " and " + latest);
        }
        LogFiles.Loaded loaded;
        try {
            loaded = LogFiles.read(log, contactsFile, earliest, latest, maxPerWeek);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        List<LoggedDial> dials = loaded.dials();
        if (dials.size() < 20) {
            throw new UserFacingException(log + " has " + dials.size() + " usable phone dials; need at least 20");
        }
        LocalDate first = dials.get(0).local().toLocalDate();
        LocalDate last = dials.get(dials.size() - 1).local().toLocalDate();
        LocalDate cut = split != null ? split : first.plusDays((last.toEpochDay() - first.toEpochDay() + 1) / 2);
        List<LoggedDial> train = new ArrayList<>();
        List<LoggedDial> eval = new ArrayList<>();
        for (LoggedDial d : dials) {
            (d.local().toLocalDate().isBefore(cut) ? train : eval).add(d);
        }
        if (eval.isEmpty()) {
            throw new UserFacingException("no dial on or after --split " + cut + " (the log runs " + first + " to " + last + ")");
        }
        SlotBelief belief = new HierarchicalBetaBelief();
        double[] n = new double[24];
        double[] k = new double[24];
        for (LoggedDial d : train) {
            belief.observe(new Observation(d.contactIndex(), d.context().contact(), d.local(),
                    d.local().atZone(d.context().contact().zone()).toInstant(),
                    d.reward() > 0 ? Outcome.CONNECTED : Outcome.NO_ANSWER));
            n[d.hour()]++;
            k[d.hour()] += d.reward();
        }
        double[] hourly = new double[24];
        for (int h = 0; h < 24; h++) {
            hourly[h] = n[h] == 0 ? 0 : k[h] / n[h];
        }
        OffPolicyEvaluator ev;
        try {
            ev = new OffPolicyEvaluator(new OffPolicyEvaluator.Options(clip, folds, 0.10, 100, 0.05, 0.05),
                    RewardModel.hierarchicalBeta());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        double[][] q = ev.crossFit(eval);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "log: %d phone dials by %s from %s to %s (%d rows rejected); trained on %d dials before %s,"
                + " evaluated on %d%n", dials.size(), loaded.policies(), first, last, loaded.rejected().size(),
                train.size(), cut, eval.size());
        List<Object> json = new ArrayList<>();
        for (String name : policies) {
            Policy p = policy(name.trim().toLowerCase(Locale.ROOT), belief, hourly);
            OpeResult r = ev.evaluate(eval, TargetPolicy.of(p, seed), q, null);
            w.printf(Locale.ROOT, "%n%s (logged contact rate %.1f%%)%n", p.name(), 100 * r.loggedRate());
            for (Map.Entry<Estimator, Estimate> e : r.estimates().entrySet()) {
                w.printf(Locale.ROOT, "  %-6s %5.1f%%  [%5.1f, %5.1f]%n", e.getKey().code(), 100 * e.getValue().value(),
                        100 * e.getValue().lo(), 100 * e.getValue().hi());
            }
            var d = r.diagnostics();
            w.printf(Locale.ROOT, "  effective sample size %.0f of %d (%.1f%%); weights p50 %.2f p90 %.2f p99 %.2f max %.1f;"
                    + " clipped %.1f%%; mass on never-tried slots %.1f%%%n", d.ess(), d.dials(), 100 * d.essShare(),
                    d.weightP50(), d.weightP90(), d.weightP99(), d.weightMax(), 100 * d.clippedShare(),
                    100 * d.untriedMass());
            for (String warning : r.warnings()) {
                w.println("  WARNING: " + warning);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("policy", p.name());
            m.put("logged_rate", r.loggedRate());
            Map<String, Object> est = new LinkedHashMap<>();
            r.estimates().forEach((e, v) -> est.put(e.code(), Map.of("value", v.value(), "lo", v.lo(), "hi", v.hi())));
            m.put("estimates", est);
            m.put("diagnostics", d);
            m.put("warnings", r.warnings());
            json.add(m);
        }
        w.flush();
        if (out != null) {
            Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json) + "\n");
        }
        return 0;
    }

    private Policy policy(String name, SlotBelief belief, double[] hourly) {
        return switch (name) {
            case "uniform" -> WindowPolicy.nineToFive();
            case "rotation" -> SlotRotationPolicy.nineToFive();
            case "best-hour" -> FixedHourPolicy.globallyBest(hourly, 9, 17);
            case "greedy" -> new GreedyPolicy("greedy", belief.copy(), floor, earliest, latest);
            case "epsilon-greedy" -> new EpsilonGreedyPolicy("epsilon_greedy", belief.copy(), 0.1, floor, earliest, latest);
            case "thompson" -> new ThompsonPolicy("thompson", belief.copy(), 32, floor, earliest, latest);
            default -> throw new UserFacingException("unknown policy '" + name
                    + "' (expected uniform, rotation, best-hour, greedy, epsilon-greedy or thompson)");
        };
    }
}
