package org.reachlab.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
import org.reachlab.evaluation.experiment.ExperimentConfig;
import org.reachlab.evaluation.experiment.ExperimentConfigException;
import org.reachlab.evaluation.experiment.LogModelTraining;
import org.reachlab.evaluation.experiment.Policies;
import org.reachlab.evaluation.ope.Diagnostics;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.LogEvaluation;
import org.reachlab.evaluation.ope.LogFiles;
import org.reachlab.evaluation.ope.OffPolicyEvaluator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.RewardModel;
import org.reachlab.evaluation.ope.TargetPolicy;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicyType;
import org.reachlab.stats.Estimate;
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
            description = "Policy types to evaluate: uniform, rotation, best-hour, greedy, epsilon-greedy, thompson"
                    + " (any type of the policy registry that does not read the truth).")
    List<String> policies;

    @Option(names = "--model", paramLabel = "NAME", defaultValue = "beta_online",
            description = "Model family the learned policies act on, trained on the log before --split (default: "
                    + "${DEFAULT-VALUE}).")
    String model;

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
        Path contactsFile = contacts != null ? contacts : LogEvaluation.contactsBeside(log);
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
        PolicyRegistry registry = PolicyRegistry.standard();
        List<String> usable = registry.names(t -> !t.needsTruth());
        List<PolicyType> types = new ArrayList<>();
        for (String name : policies) {
            PolicyType t = registry.find(name).orElseThrow(() -> new UserFacingException("--policy: unknown policy '"
                    + name.trim() + "' (expected one of " + String.join(", ", usable) + ")"));
            if (t.needsTruth()) {
                throw new UserFacingException("--policy: " + t.name() + " needs the true connect probabilities, which"
                        + " a call log does not have (expected one of " + String.join(", ", usable) + ")");
            }
            types.add(t);
        }
        LogFiles.Loaded loaded;
        LogEvaluation ope;
        try {
            loaded = LogFiles.read(log, contactsFile, earliest, latest, maxPerWeek);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        try {
            ope = LogEvaluation.of(loaded.dials(), split, new OffPolicyEvaluator(
                    new OffPolicyEvaluator.Options(clip, folds, 0.10, 100, 0.05, 0.05), RewardModel.hierarchicalBeta()));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--log " + log + ": " + e.getMessage());
        }
        LogEvaluation.Split s = ope.split();
        if (ModelRegistry.standard().find(model).isEmpty()) {
            throw new UserFacingException("--model: unknown model '" + model + "' (expected one of "
                    + String.join(", ", ModelRegistry.standard().names()) + ")");
        }
        Map<String, SlotBelief> beliefs;
        try {
            beliefs = Map.of(model, LogModelTraining.train(ModelRegistry.standard(), model, loaded, s, seed, log));
        } catch (ExperimentConfigException e) {
            throw new UserFacingException("--model: " + e.getMessage());
        }
        double[] hourly = ope.trainingHourlyRates();
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "log: %d phone dials by %s from %s to %s (%d rows rejected); trained on %d dials before %s,"
                + " evaluated on %d%n", loaded.dials().size(), loaded.policies(), s.first(), s.last(),
                loaded.rejected().size(), s.train().size(), s.cut(), s.eval().size());
        List<PolicyEstimates> json = new ArrayList<>();
        for (PolicyType type : types) {
            Policy p = Policies.build(spec(type), beliefs, hourly, earliest, latest);
            OpeResult r = ope.evaluate(TargetPolicy.of(p, seed)).result();
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
            List<String> warnings = new ArrayList<>(r.warnings());
            String notes = Policies.withoutNotes(type, null);
            if (notes != null) {
                warnings.add(notes);
            }
            for (String warning : warnings) {
                w.println("  WARNING: " + warning);
            }
            json.add(new PolicyEstimates(p.name(), r.loggedRate(), estimatesByCode(r), d, warnings));
        }
        w.flush();
        if (out != null) {
            Files.writeString(out, ResultJson.MAPPER.writeValueAsString(json) + "\n");
        }
        return 0;
    }

    private static Map<String, Estimate> estimatesByCode(OpeResult r) {
        Map<String, Estimate> est = new LinkedHashMap<>();
        r.estimates().forEach((e, v) -> est.put(e.code(), v));
        return est;
    }

    /**
     * One policy's entry in the JSON written by {@code --out}; each estimate is written as
     * {@code {value, lo, hi}}.
     *
     * @param policy      the policy's name
     * @param loggedRate  the logging policy's contact rate on the evaluated dials
     * @param estimates   estimator code to its estimate
     * @param diagnostics the importance weights' diagnostics
     * @param warnings    why the estimates may not be trusted
     */
    @JsonPropertyOrder({"policy", "logged_rate", "estimates", "diagnostics", "warnings"})
    record PolicyEstimates(String policy, @JsonProperty("logged_rate") double loggedRate,
                           Map<String, Estimate> estimates, Diagnostics diagnostics, List<String> warnings) {
    }

    /**
     * A policy type with this command's settings: fixed rules keep their own names and windows, learned ones use
     * the --model belief over the allowed hours.
     */
    private ExperimentConfig.PolicySpec spec(PolicyType type) {
        boolean learned = type.needsModel();
        return new ExperimentConfig.PolicySpec(learned ? type.name().replace('-', '_') : null, type.name(),
                learned ? model : null, floor, 0.1, 32, learned ? earliest : null, learned ? latest : null, null);
    }
}
