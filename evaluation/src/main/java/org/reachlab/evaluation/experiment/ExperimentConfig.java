package org.reachlab.evaluation.experiment;

import java.util.List;
import org.reachlab.evaluation.evidence.EvidenceSource;
import org.reachlab.evaluation.evidence.EvidenceSources;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicyType;

/**
 * An experiment as read from its YAML file: the world (or the user's own call log), the models, the policies, the seeds, the
 * metrics' settings, the promotion rule and the business parameters. A file lists only what it
 * changes; every other key takes its value from the bundled {@code default-experiment.yaml}
 * (see {@link ExperimentFiles}).
 *
 * @param name       a label for reports
 * @param world      the synthetic world and the history and evaluation periods (null in data mode)
 * @param data       the user's own call log to evaluate off-policy instead of a world (null in world mode)
 * @param logging    the fixed rule that dialled the history (uniform or rotation, 09-17)
 * @param models     belief models the learned policies may use: families of the model registry
 *                   ({@code beta_online}, {@code bayes}, {@code segment}, ...)
 * @param policies   the policies to compare; the oracle, the segment oracle and (unless listed) the
 *                   stated rule are always run as well
 * @param seeds      one world and one run of every policy per seed
 * @param attemptCap attempts after which a contact not yet connected counts as censored
 * @param ope        off-policy evaluation settings
 * @param promotion  the decision rule
 * @param business   what the uplift means for a sales team
 * @param report     report settings
 * @param ablation   the evidence ablation, or null for none
 */
public record ExperimentConfig(String name, World world, Data data, String logging, List<String> models,
                               List<PolicySpec> policies, List<Long> seeds, int attemptCap, Ope ope,
                               Promotion promotion, Business business, Report report, Ablation ablation) {

    /**
     * The world and periods.
     *
     * @param file         a world YAML file (relative to the experiment file), or null for the default world
     * @param contacts     contacts (overrides the world file when set)
     * @param historyWeeks weeks of history dialled by the logging policy (training data and OPE log)
     * @param weeks        weeks of evaluation that follow, in which every policy dials and learns
     */
    public record World(String file, Integer contacts, int historyWeeks, int weeks) {
    }

    /**
     * The user's own data: a call log with the logging policy's propensities (as {@code reachlab ope
     * --log} reads it) and its contacts. Learned policies are trained on the dials before
     * {@code split} and every policy is evaluated off-policy on the dials from it.
     *
     * @param log        calls.csv with a propensity column (relative to the experiment file)
     * @param contacts   contacts.csv (default: contacts.csv beside the log)
     * @param split      ISO date: train before it, evaluate from it (default: the middle of the log)
     * @param earliest   first local hour the dialing rules allow (default 8)
     * @param latest     local hour by which calls must have started (default 21)
     * @param maxPerWeek weekly attempt cap of the dialing rules (default 3)
     */
    public record Data(String log, String contacts, String split, Integer earliest, Integer latest,
                       Integer maxPerWeek) {

        /** The first allowed local hour. */
        public int earliestHour() {
            return earliest == null ? 8 : earliest;
        }

        /** The end (exclusive) of the allowed local hours. */
        public int latestHour() {
            return latest == null ? 21 : latest;
        }

        /** The weekly attempt cap. */
        public int weeklyCap() {
            return maxPerWeek == null ? 3 : maxPerWeek;
        }

        /** The split date, or null for the middle of the log. */
        public java.time.LocalDate splitDate() {
            return split == null ? null : java.time.LocalDate.parse(split);
        }
    }

    /**
     * One policy.
     *
     * @param name           its name in reports (defaults to the type's)
     * @param type           a type of the policy registry: uniform, rotation, best-hour, greedy,
     *                       epsilon-greedy, thompson
     * @param model          the belief model of a learned policy
     * @param minExploration the minimum probability of every allowed hour (learned policies)
     * @param epsilon        the exploration share of epsilon-greedy
     * @param draws          Monte Carlo draws per dial of Thompson sampling
     * @param from           first local hour the policy considers (default: 9 for the fixed rules, the
     *                       dialing rules' earliest hour for learned ones)
     * @param to             end (exclusive) of those hours (default: 17, or the rules' latest hour)
     * @param rank           how Thompson sampling picks the day's contacts: {@code sample} (a posterior
     *                       draw, the default) or {@code mean} (the believed mean, as greedy does)
     */
    public record PolicySpec(String name, String type, String model, Double minExploration, Double epsilon,
                             Integer draws, Integer from, Integer to, String rank) {

        /** The name, or the type when no name is given. */
        public String label() {
            return name != null ? name : type + (model != null ? "_" + model : "");
        }

        /** The registered type; an {@link ExperimentConfigException} listing the known types when it is unknown. */
        public PolicyType policyType() {
            return Policies.type(type);
        }

        /** True for the learned types (those that act on a model). */
        public boolean learned() {
            return policyType().needsModel();
        }
    }

    /**
     * Off-policy evaluation.
     *
     * @param clip            largest importance weight of IPS and DR
     * @param folds           contact folds of the cross-fitted reward model
     * @param validationSeeds extra worlds on which the estimators are checked against the truth
     * @param bootstrap       resamples of contacts for the intervals of an experiment on the user's data
     */
    public record Ope(double clip, int folds, List<Long> validationSeeds, int bootstrap) {
    }

    /**
     * The promotion rule: the challenger replaces the champion only if the lower end of the 95%
     * interval of its paired uplift in contact rate exceeds {@code minUplift}.
     *
     * @param champion   the policy in production (a name from {@code policies})
     * @param challenger the candidate, or {@code best} for the learned policy with the highest mean contact rate
     * @param metric     contact_rate (sampled connects per dial) or expected_contact_rate (exact, from the truth)
     * @param minUplift  the smallest uplift worth a change, in contact-rate points (0.01 = one point)
     */
    public record Promotion(String champion, String challenger, String metric, double minUplift) {
    }

    /**
     * Business parameters, per rep.
     *
     * @param callsPerDay            dials a rep makes a day
     * @param workingDaysPerMonth    working days a month
     * @param conversion             meetings booked per connect
     * @param closeRate              deals closed per meeting
     * @param dealSize               revenue per deal
     * @param toolCostPerRepPerMonth what the scheduling tool costs per rep and month
     * @param currency               currency label
     */
    public record Business(double callsPerDay, double workingDaysPerMonth, double conversion, double closeRate,
                           double dealSize, double toolCostPerRepPerMonth, String currency) {
    }

    /**
     * Report settings.
     *
     * @param sampleContacts contacts whose true and learned slot heat maps are drawn
     */
    public record Report(int sampleContacts) {
    }

    /**
     * The evidence ablation: the policy is run again with each source removed, on the same worlds
     * and seeds.
     *
     * @param policy  a learned policy's name, or {@code best} for the learned policy with the highest
     *                mean contact rate
     * @param sources evidence sources by name ({@code notes}, {@code history}, {@code segment}, ...)
     */
    public record Ablation(String policy, List<String> sources) {
    }

    /** The same experiment with other seeds, validated. */
    public ExperimentConfig withSeeds(List<Long> newSeeds) {
        return new ExperimentConfig(name, world, data, logging, models, policies, List.copyOf(newSeeds), attemptCap,
                ope, promotion, business, report, ablation).validate();
    }

    /** The same experiment on other data files, validated. */
    public ExperimentConfig withData(Data newData) {
        return new ExperimentConfig(name, world, newData, logging, models, policies, seeds, attemptCap, ope,
                promotion, business, report, ablation).validate();
    }

    /** The same experiment with another evidence ablation (null for none), validated. */
    public ExperimentConfig withAblation(Ablation newAblation) {
        return new ExperimentConfig(name, world, data, logging, models, policies, seeds, attemptCap, ope,
                promotion, business, report, newAblation).validate();
    }

    /** True when the experiment evaluates the user's own log rather than a generated world. */
    public boolean dataMode() {
        return data != null;
    }

    /** Checks ranges; throws {@link IllegalArgumentException} naming the key and value. */
    public ExperimentConfig validate() {
        if (world == null && data == null) {
            throw new IllegalArgumentException("world or data is missing: name a generated world or a call log");
        }
        if (world != null && data != null) {
            throw new IllegalArgumentException("world and data exclude each other: an experiment runs either on a"
                    + " generated world or on a call log, not both");
        }
        if (world != null) {
            validateWorld();
        } else {
            validateData();
        }
        return validateRest();
    }

    private void validateData() {
        if (data.log() == null || data.log().isBlank()) {
            throw new IllegalArgumentException("data.log is missing: name the call log (calls.csv with propensities)");
        }
        if (data.split() != null) {
            try {
                data.splitDate();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("data.split must be a date like 2026-03-01, received " + data.split());
            }
        }
        if (data.earliestHour() < 0 || data.latestHour() > 24 || data.earliestHour() >= data.latestHour()) {
            throw new IllegalArgumentException("data.earliest and data.latest need 0 <= earliest < latest <= 24,"
                    + " received " + data.earliestHour() + " and " + data.latestHour());
        }
        if (data.weeklyCap() < 1) {
            throw new IllegalArgumentException("data.maxPerWeek must be >= 1, received " + data.weeklyCap());
        }
        for (PolicySpec p : policies == null ? List.<PolicySpec>of() : policies) {
            java.util.Optional<PolicyType> truthReader = PolicyRegistry.standard().find(p.type())
                    .filter(PolicyType::needsTruth);
            if (truthReader.isPresent()) {
                throw new IllegalArgumentException("policy '" + p.label() + "': the " + truthReader.get().name()
                        + " needs the simulator's ground truth, which a call log does not have; remove it when the"
                        + " experiment names data");
            }
        }
        if (ablation != null) {
            throw new IllegalArgumentException("ablation reruns a policy on generated worlds, which an experiment on"
                    + " a call log (data) does not have; remove ablation when the experiment names data");
        }
        if (promotion != null && "expected_contact_rate".equals(promotion.metric())) {
            throw new IllegalArgumentException("promotion.metric expected_contact_rate needs the simulator's ground"
                    + " truth; with data use contact_rate (estimated off-policy)");
        }
    }

    private void validateWorld() {
        if (world.historyWeeks() < 2) {
            throw new IllegalArgumentException("world.historyWeeks must be >= 2, received " + world.historyWeeks());
        }
        if (world.weeks() < 1) {
            throw new IllegalArgumentException("world.weeks must be >= 1, received " + world.weeks());
        }
        if (world.contacts() != null && world.contacts() < 10) {
            throw new IllegalArgumentException("world.contacts must be >= 10, received " + world.contacts());
        }
    }

    private ExperimentConfig validateRest() {
        List<String> loggers = PolicyRegistry.standard().names(PolicyType::canLog);
        if (PolicyRegistry.standard().find(logging).filter(PolicyType::canLog).isEmpty()) {
            throw new IllegalArgumentException("logging must be one of " + String.join(", ", loggers) + ", received "
                    + logging);
        }
        if (seeds == null || seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds must list at least one seed");
        }
        if (attemptCap < 1) {
            throw new IllegalArgumentException("attemptCap must be >= 1, received " + attemptCap);
        }
        if (policies == null || policies.isEmpty()) {
            throw new IllegalArgumentException("policies must list at least one policy");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PolicySpec p : policies) {
            if (p.type() == null) {
                throw new IllegalArgumentException("policies[].type is missing for policy " + p.name());
            }
            PolicyType type = PolicyRegistry.standard().find(p.type()).orElseThrow(() -> new IllegalArgumentException(
                    "policy '" + p.label() + "': unknown policy type '" + p.type() + "'; known types: "
                            + String.join(", ", PolicyRegistry.standard().names(t -> !t.needsTruth()))));
            if (type.needsTruth()) {
                throw new IllegalArgumentException("policy '" + p.label() + "': type " + type.name()
                        + " reads the truth; the experiment runs it itself (the oracle and the segment oracle always run)");
            }
            if (!names.add(p.label())) {
                throw new IllegalArgumentException("policy name '" + p.label() + "' appears twice");
            }
            if (p.learned() && (p.model() == null || !models.contains(p.model()))) {
                throw new IllegalArgumentException("policy '" + p.label() + "' uses model '" + p.model()
                        + "', which is not in models " + models);
            }
            if (p.rank() != null && !List.of("sample", "mean").contains(p.rank())) {
                throw new IllegalArgumentException("policy '" + p.label() + "': rank must be sample or mean, received "
                        + p.rank());
            }
            if (p.minExploration() != null && !(p.minExploration() >= 0 && p.minExploration() < 1)) {
                throw new IllegalArgumentException("policy '" + p.label() + "': minExploration must be in [0, 1), received "
                        + p.minExploration());
            }
        }
        if (promotion == null || promotion.champion() == null || !names.contains(promotion.champion())) {
            throw new IllegalArgumentException("promotion.champion must name one of the policies " + names
                    + ", received " + (promotion == null ? null : promotion.champion()));
        }
        if (!"best".equals(promotion.challenger()) && !names.contains(promotion.challenger())) {
            throw new IllegalArgumentException("promotion.challenger must be 'best' or one of the policies " + names
                    + ", received " + promotion.challenger());
        }
        if (!List.of("contact_rate", "expected_contact_rate").contains(promotion.metric())) {
            throw new IllegalArgumentException("promotion.metric must be contact_rate or expected_contact_rate, received "
                    + promotion.metric());
        }
        if (ope.folds() < 2) {
            throw new IllegalArgumentException("ope.folds must be >= 2, received " + ope.folds());
        }
        if (ope.bootstrap() < 100) {
            throw new IllegalArgumentException("ope.bootstrap must be >= 100, received " + ope.bootstrap());
        }
        validateAblation();
        return this;
    }

    private void validateAblation() {
        if (ablation == null) {
            return;
        }
        List<String> learned = policies.stream().filter(PolicySpec::learned).map(PolicySpec::label).toList();
        String p = ablation.policy();
        if (p == null || p.isBlank()) {
            throw new IllegalArgumentException("ablation.policy is missing: name 'best' or one of the learned policies "
                    + learned);
        }
        if (!"best".equals(p)) {
            PolicySpec spec = policies.stream().filter(s -> s.label().equals(p)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("ablation.policy must be 'best' or one of the learned"
                            + " policies " + learned + ", received '" + p + "'"));
            if (!spec.learned()) {
                throw new IllegalArgumentException("ablation.policy '" + p + "' is of type " + spec.type()
                        + ", which learns from no evidence; name 'best' or one of the learned policies " + learned);
            }
        }
        EvidenceSources known = EvidenceSources.standard();
        if (ablation.sources() == null || ablation.sources().isEmpty()) {
            throw new IllegalArgumentException("ablation.sources must list at least one evidence source; known sources: "
                    + String.join(", ", known.names()));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String s : ablation.sources()) {
            String name = known.find(s).map(EvidenceSource::name).orElseThrow(() -> new IllegalArgumentException(
                    "ablation.sources: unknown evidence source '" + s + "'; known sources: "
                            + String.join(", ", known.names())));
            if (!seen.add(name)) {
                throw new IllegalArgumentException("ablation.sources: '" + name + "' appears twice");
            }
        }
    }
}
