package org.reachlab.evaluation.experiment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Diagnostics;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.OpeResult;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.stats.Estimate;

/**
 * The shapes of {@code metrics.json}, one immutable record per JSON object, written by the shared
 * {@link org.reachlab.evaluation.output.ResultJson} mapper. Components are in the order of the
 * file; numbers are rounded to six decimals and NaN or infinite values are written as null, so that
 * equal runs give equal files. Maps remain only where the keys are data (policies, rules, metrics,
 * estimators, models).
 */
final class MetricsJson {

    private MetricsJson() {
    }

    /**
     * metrics.json of an experiment on generated worlds.
     *
     * @param name               the experiment's name
     * @param seeds              its seeds
     * @param leaderboard        the policies, best first
     * @param summary            policy to metric to its interval over seeds
     * @param pairedDifferences  policy to fixed rule to metric to the paired difference
     * @param decision           the promotion decision
     * @param business           the decision in connects and money per rep and month
     * @param ablation           what each evidence source adds to the ablated policy, null without an ablation
     * @param ladder             uniform 09-17, stated rule, segment oracle, learned, oracle
     * @param runs               one row per policy and seed
     * @param ope                one row per world and target policy of the OPE validation
     * @param opeErrorVsTruth    the OPE estimators' errors against the truth
     */
    @JsonPropertyOrder({"name", "seeds", "leaderboard", "summary", "paired_differences", "decision",
        "business_per_rep_month", "ladder", "ablation", "runs", "ope", "ope_error_vs_truth"})
    record Simulated(String name, List<Long> seeds, List<String> leaderboard,
                     Map<String, Map<String, Interval>> summary,
                     @JsonProperty("paired_differences") Map<String, Map<String, Map<String, Interval>>> pairedDifferences,
                     DecisionJson decision, @JsonProperty("business_per_rep_month") Business business,
                     LadderJson ladder, Ablation ablation, List<Run> runs, List<OpeRow> ope,
                     @JsonProperty("ope_error_vs_truth") List<OpeError> opeErrorVsTruth) {

        static Simulated of(ExperimentResult r) {
            Map<String, Map<String, Interval>> summary = new LinkedHashMap<>();
            r.summary().forEach((p, metrics) -> summary.put(p, intervals(metrics)));
            Map<String, Map<String, Map<String, Interval>>> paired = new LinkedHashMap<>();
            r.paired().forEach((p, rules) -> {
                Map<String, Map<String, Interval>> x = new LinkedHashMap<>();
                rules.forEach((rule, metrics) -> x.put(rule, intervals(metrics)));
                paired.put(p, x);
            });
            List<Run> runs = r.runs().stream().map(Run::of).toList();
            List<OpeRow> ope = r.ope().stream()
                    .map(row -> OpeRow.of(row, !r.config().seeds().contains(row.seed()))).toList();
            List<OpeError> errors = r.opeSummary().stream().map(OpeError::of).toList();
            return new Simulated(r.config().name(), r.config().seeds(), r.policies(), summary, paired,
                    DecisionJson.of(r.decision()), Business.of(r.business()), LadderJson.of(r.ladder()),
                    r.ablation() == null ? null : Ablation.of(r.ablation()), runs, ope, errors);
        }
    }

    /**
     * The evidence ablation: the policy rerun without each source on the same worlds and seeds.
     *
     * @param policy  the policy rerun
     * @param metric  the metric compared
     * @param sources one entry per source removed
     */
    @JsonPropertyOrder({"policy", "metric", "sources"})
    record Ablation(String policy, String metric, List<AblationSource> sources) {

        static Ablation of(AblationResult a) {
            return new Ablation(a.policy(), Metric.CONTACT_RATE.key(),
                    a.sources().stream().map(AblationSource::of).toList());
        }
    }

    /**
     * The ladder.
     *
     * @param rungs    uniform 09-17, stated rule, segment oracle, each learned policy best first, oracle
     * @param warnings what makes it doubtful
     */
    @JsonPropertyOrder({"rungs", "warnings"})
    record LadderJson(List<RungJson> rungs, List<String> warnings) {

        static LadderJson of(Ladder l) {
            return new LadderJson(l.rungs().stream().map(RungJson::of).toList(), l.warnings());
        }
    }

    /**
     * One source's contribution.
     *
     * @param source      the source
     * @param variant     the rerun's name in the leaderboard
     * @param description what the belief loses without it
     * @param with        the metric with every source
     * @param without     the metric without this source
     * @param difference  with minus without, paired by seed, with its t interval
     */
    @JsonPropertyOrder({"source", "variant", "description", "with", "without", "difference"})
    record AblationSource(String source, String variant, String description, Interval with, Interval without,
                          Interval difference) {

        static AblationSource of(AblationResult.SourceEffect e) {
            return new AblationSource(e.source(), e.variant(), e.description(), Interval.of(e.with()),
                    Interval.of(e.without()), Interval.of(e.added()));
        }
    }

    /**
     * One rung of the ladder.
     *
     * @param rung                 uniform, stated_rule, segment_oracle, learned or oracle
     * @param policy               the policy
     * @param contactRate          its contact rate over seeds
     * @param oracleGapClosed      a learned policy's (learned - uniform) / (oracle - uniform), else null
     * @param segmentOracleUplift  a learned policy's (learned - uniform) / (segment oracle - uniform), else null
     */
    @JsonPropertyOrder({"rung", "policy", "contact_rate", "oracle_gap_closed", "segment_oracle_uplift_share"})
    record RungJson(String rung, String policy, @JsonProperty("contact_rate") Interval contactRate,
                    @JsonProperty("oracle_gap_closed") Double oracleGapClosed,
                    @JsonProperty("segment_oracle_uplift_share") Double segmentOracleUplift) {

        static RungJson of(Ladder.Rung r) {
            return new RungJson(r.role().key(), r.policy(), Interval.of(r.contactRate()), round(r.oracleGapClosed()),
                    round(r.segmentUpliftShare()));
        }
    }

    /**
     * An estimate in this order: the mean (or estimate), the interval's ends and the number of units
     * (seeds or contacts).
     *
     * @param mean the value
     * @param lo   lower end
     * @param hi   upper end
     * @param n    units
     */
    record Interval(Double mean, Double lo, Double hi, int n) {

        static Interval of(Estimate i) {
            return new Interval(round(i.value()), round(i.lo()), round(i.hi()), i.n());
        }
    }

    /**
     * One run of one policy on one seed's world.
     *
     * @param policy                    the policy
     * @param seed                      the world's seed
     * @param metrics                   metric key to its value, in the order of the metrics
     * @param regretConnects            connects lost against the oracle
     * @param survival                  share not yet reached after each attempt
     * @param weeklyContactRate         contact rate per week
     * @param weeklyExpectedContactRate expected contact rate per week
     */
    @JsonPropertyOrder({"policy", "seed", "metrics", "regret_connects", "survival", "weekly_contact_rate",
        "weekly_expected_contact_rate"})
    record Run(String policy, long seed, @JsonAnyGetter Map<String, Double> metrics,
               @JsonProperty("regret_connects") Double regretConnects, List<Double> survival,
               @JsonProperty("weekly_contact_rate") List<Double> weeklyContactRate,
               @JsonProperty("weekly_expected_contact_rate") List<Double> weeklyExpectedContactRate) {

        static Run of(RunMetrics x) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (Metric k : RunMetrics.METRICS) {
                metrics.put(k.key(), round(x.metric(k)));
            }
            return new Run(x.policy(), x.seed(), metrics, round(x.regretConnects()), rounded(x.km().survival()),
                    rounded(x.weeklyRate()), rounded(x.weeklyExpected()));
        }
    }

    /**
     * One world and target policy of the OPE validation.
     *
     * @param seed            the world's seed
     * @param policy          the target policy
     * @param validationWorld whether the world is one of the validation seeds only
     * @param truth           the policy's true contact rate
     * @param loggedRate      the logging policy's contact rate
     * @param estimates       estimator code to [estimate, standard error]
     * @param diagnostics     the weights' diagnostics
     * @param warnings        what makes the estimates doubtful
     */
    @JsonPropertyOrder({"seed", "policy", "validation_world", "truth", "logged_rate", "estimates", "diagnostics",
        "warnings"})
    record OpeRow(long seed, String policy, @JsonProperty("validation_world") boolean validationWorld, Double truth,
                  @JsonProperty("logged_rate") Double loggedRate, Map<String, ValueAndSe> estimates,
                  DiagnosticsJson diagnostics, List<String> warnings) {

        static OpeRow of(OpeValidation.Row row, boolean validationWorld) {
            return new OpeRow(row.seed(), row.target(), validationWorld, round(row.truth()),
                    round(row.result().loggedRate()), opeEstimates(row.result()),
                    DiagnosticsJson.of(row.result().diagnostics()), row.result().warnings());
        }
    }

    /**
     * An OPE estimator's error against the truth for one target policy.
     *
     * @param policy       the target policy
     * @param estimator    the estimator's code
     * @param bias         mean error
     * @param rmse         root mean squared error
     * @param meanAbsError mean absolute error
     * @param coverage     share of intervals holding the truth
     * @param warned       share of estimates with warnings
     * @param worlds       worlds
     */
    @JsonPropertyOrder({"policy", "estimator", "bias", "rmse", "mean_abs_error", "coverage", "warned", "worlds"})
    record OpeError(String policy, String estimator, Double bias, Double rmse,
                    @JsonProperty("mean_abs_error") Double meanAbsError, Double coverage, Double warned, int worlds) {

        static OpeError of(OpeValidation.Summary s) {
            return new OpeError(s.target(), s.estimator().code(), round(s.bias()), round(s.rmse()),
                    round(s.meanAbs()), round(s.coverage()), round(s.warned()), s.seeds());
        }
    }

    /**
     * An estimate written as the array {@code [value, se]}.
     *
     * @param value the estimate
     * @param se    its standard error
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"value", "se"})
    record ValueAndSe(Double value, Double se) {
    }

    /**
     * The diagnostics of an OPE estimate's importance weights.
     *
     * @param dials              dials evaluated
     * @param skipped            dials skipped
     * @param ess                effective sample size
     * @param essShare           effective sample size over dials
     * @param weightQuantiles    the weights' median, 90th and 99th percentiles and maximum
     * @param clippedShare       share of clipped weights
     * @param untriedMass        target probability on slots the log never tried
     * @param outsideSupportMass target probability outside the logging policy's support
     */
    @JsonPropertyOrder({"dials", "skipped", "ess", "ess_share", "weight_quantiles", "clipped_share", "untried_mass",
        "outside_support_mass"})
    record DiagnosticsJson(int dials, int skipped, Double ess, @JsonProperty("ess_share") Double essShare,
                           @JsonProperty("weight_quantiles") List<Double> weightQuantiles,
                           @JsonProperty("clipped_share") Double clippedShare,
                           @JsonProperty("untried_mass") Double untriedMass,
                           @JsonProperty("outside_support_mass") Double outsideSupportMass) {

        static DiagnosticsJson of(Diagnostics dg) {
            return new DiagnosticsJson(dg.dials(), dg.skipped(), round(dg.ess()), round(dg.essShare()),
                    Arrays.asList(round(dg.weightP50()), round(dg.weightP90()), round(dg.weightP99()),
                            round(dg.weightMax())),
                    round(dg.clippedShare()), round(dg.untriedMass()), round(dg.outsideSupportMass()));
        }
    }

    /**
     * The promotion decision.
     *
     * @param promote    whether the challenger is promoted
     * @param champion   the champion
     * @param challenger the challenger
     * @param metric     the deciding metric's key
     * @param uplift     the challenger's uplift over the champion
     * @param minUplift  the uplift required
     * @param reasons    why
     */
    @JsonPropertyOrder({"promote", "champion", "challenger", "metric", "uplift", "min_uplift", "reasons"})
    record DecisionJson(boolean promote, String champion, String challenger, String metric, Interval uplift,
                        @JsonProperty("min_uplift") double minUplift, List<String> reasons) {

        static DecisionJson of(Decision d) {
            return new DecisionJson(d.promote(), d.champion(), d.challenger(), d.metric().key(),
                    Interval.of(d.uplift()), d.minUplift(), d.reasons());
        }
    }

    /**
     * The decision in connects and money per rep and month.
     *
     * @param dialsPerRepMonth   dials per rep and month
     * @param championConnects   the champion's connects
     * @param challengerConnects the challenger's connects
     * @param extraConnects      [value, lo, hi] of the extra connects
     * @param extraMeetings      extra meetings
     * @param extraRevenue       [value, lo, hi] of the extra revenue
     * @param toolCost           the tool's cost
     * @param net                revenue less cost
     * @param roi                return on the cost
     * @param currency           the currency
     */
    @JsonPropertyOrder({"dials_per_rep_month", "champion_connects", "challenger_connects", "extra_connects",
        "extra_meetings", "extra_revenue", "tool_cost", "net", "roi", "currency"})
    record Business(@JsonProperty("dials_per_rep_month") Double dialsPerRepMonth,
                    @JsonProperty("champion_connects") Double championConnects,
                    @JsonProperty("challenger_connects") Double challengerConnects,
                    @JsonProperty("extra_connects") List<Double> extraConnects,
                    @JsonProperty("extra_meetings") Double extraMeetings,
                    @JsonProperty("extra_revenue") List<Double> extraRevenue,
                    @JsonProperty("tool_cost") Double toolCost, Double net, Double roi, String currency) {

        static Business of(BusinessView b) {
            return new Business(round(b.dialsPerRepMonth()), round(b.championConnects()),
                    round(b.challengerConnects()),
                    Arrays.asList(round(b.extraConnects()), round(b.extraConnectsLo()), round(b.extraConnectsHi())),
                    round(b.extraMeetings()),
                    Arrays.asList(round(b.extraRevenue()), round(b.extraRevenueLo()), round(b.extraRevenueHi())),
                    round(b.toolCost()), round(b.net()), round(b.roi()), b.currency());
        }
    }

    /**
     * metrics.json of an experiment on the user's call log.
     *
     * @param name                    the experiment's name
     * @param mode                    always {@code data}
     * @param groundTruth             always false: a call log has no ground truth
     * @param log                     what the log holds
     * @param loggedTimeToConnect     the logging policies' time to connect
     * @param seed                    the seed used
     * @param leaderboard             the policies, best first
     * @param policies                policy to its estimates
     * @param decision                the promotion decision
     * @param business                the decision in connects and money per rep and month
     * @param reliabilityOnEvalDials  model to its reliability bins on the evaluation dials
     * @param notComputed             what a call log cannot give
     */
    @JsonPropertyOrder({"name", "mode", "ground_truth", "log", "logged_time_to_connect", "seed", "leaderboard",
        "policies", "decision", "business_per_rep_month", "reliability_on_eval_dials", "not_computed"})
    record OnLog(String name, String mode, @JsonProperty("ground_truth") boolean groundTruth, Log log,
                 @JsonProperty("logged_time_to_connect") TimeToConnect loggedTimeToConnect, long seed,
                 List<String> leaderboard, Map<String, PolicyJson> policies, DecisionJson decision,
                 @JsonProperty("business_per_rep_month") Business business,
                 @JsonProperty("reliability_on_eval_dials") Map<String, List<Bin>> reliabilityOnEvalDials,
                 @JsonProperty("not_computed") List<String> notComputed) {

        static OnLog of(LogExperimentResult r) {
            Map<String, PolicyJson> policies = new LinkedHashMap<>();
            for (String p : r.policies()) {
                policies.put(p, PolicyJson.of(r.estimates().get(p)));
            }
            Map<String, List<Bin>> reliability = new LinkedHashMap<>();
            r.reliability().forEach((model, bins) -> reliability.put(model, bins.stream().map(Bin::of).toList()));
            return new OnLog(r.config().name(), "data", false, Log.of(r.log()),
                    TimeToConnect.of(r.log().loggingPolicies(), r.loggedTimeToConnect()), r.seed(), r.policies(),
                    policies, DecisionJson.of(r.decision()), Business.of(r.business()), reliability,
                    LogExperimentResult.NOT_COMPUTED);
        }
    }

    /**
     * What a call log holds and how it was split.
     *
     * @param dials           dials read
     * @param rejectedRows    rows rejected
     * @param loggingPolicies the logging policies the log names
     * @param first           first day
     * @param last            last day
     * @param split           first day of evaluation
     * @param trainDials      dials before the split
     * @param evalDials       dials from the split
     * @param evalContacts    contacts dialled from the split
     */
    @JsonPropertyOrder({"dials", "rejected_rows", "logging_policies", "first", "last", "split", "train_dials",
        "eval_dials", "eval_contacts"})
    record Log(int dials, @JsonProperty("rejected_rows") int rejectedRows,
               @JsonProperty("logging_policies") List<String> loggingPolicies, String first, String last,
               String split, @JsonProperty("train_dials") int trainDials, @JsonProperty("eval_dials") int evalDials,
               @JsonProperty("eval_contacts") int evalContacts) {

        static Log of(LogExperimentResult.LogSummary l) {
            return new Log(l.dials(), l.rejected(), l.loggingPolicies(), l.first().toString(), l.last().toString(),
                    l.split().toString(), l.trainDials(), l.evalDials(), l.evalContacts());
        }
    }

    /**
     * The logging policies' time to connect (Kaplan-Meier over attempts).
     *
     * @param policies                    the logging policies
     * @param contacts                    contacts at risk at the first attempt
     * @param attemptCap                  the attempt cap
     * @param medianAttempts              median attempts to connect, null when not reached
     * @param meanAttemptsRestrictedToCap mean attempts restricted to the cap
     * @param reachedWithin3              share reached within 3 attempts
     * @param reachedWithin6              share reached within 6 attempts
     */
    @JsonPropertyOrder({"policies", "contacts", "attempt_cap", "median_attempts", "mean_attempts_restricted_to_cap",
        "reached_within_3", "reached_within_6"})
    record TimeToConnect(List<String> policies, int contacts, @JsonProperty("attempt_cap") int attemptCap,
                         @JsonProperty("median_attempts") Double medianAttempts,
                         @JsonProperty("mean_attempts_restricted_to_cap") Double meanAttemptsRestrictedToCap,
                         @JsonProperty("reached_within_3") Double reachedWithin3,
                         @JsonProperty("reached_within_6") Double reachedWithin6) {

        static TimeToConnect of(List<String> policies, KaplanMeier km) {
            return new TimeToConnect(policies, km.atRisk()[0], km.cap(), Double.isNaN(km.median()) ? null : km.median(),
                    round(km.restrictedMean()), round(km.reachedWithin(3)), round(km.reachedWithin(6)));
        }
    }

    /**
     * One policy's estimates on the user's call log.
     *
     * @param contactRate       its contact rate
     * @param upliftVsChampion  its uplift over the champion, null for the champion
     * @param loggedRate        the logging policy's contact rate
     * @param estimates         estimator code to [estimate, standard error]
     * @param diagnostics       the weights' diagnostics
     * @param warnings          what makes the estimates doubtful
     * @param untrustworthy     why the estimate is not trusted, empty when it is
     */
    @JsonPropertyOrder({"contact_rate", "uplift_vs_champion", "logged_rate", "estimates", "diagnostics", "warnings",
        "untrustworthy"})
    record PolicyJson(@JsonProperty("contact_rate") Interval contactRate,
                      @JsonProperty("uplift_vs_champion") Interval upliftVsChampion,
                      @JsonProperty("logged_rate") Double loggedRate, Map<String, ValueAndSe> estimates,
                      DiagnosticsJson diagnostics, List<String> warnings, List<String> untrustworthy) {

        static PolicyJson of(LogExperimentResult.PolicyEstimate e) {
            return new PolicyJson(Interval.of(e.contactRate()), e.uplift() == null ? null : Interval.of(e.uplift()),
                    round(e.ope().loggedRate()), opeEstimates(e.ope()), DiagnosticsJson.of(e.ope().diagnostics()),
                    e.ope().warnings(), e.untrustworthy());
        }
    }

    /**
     * One reliability bin, written as the array {@code [from, to, predicted, observed, count]}.
     *
     * @param from      lower end of the predicted probability
     * @param to        upper end
     * @param predicted mean prediction
     * @param observed  observed rate
     * @param count     dials
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"from", "to", "predicted", "observed", "count"})
    record Bin(Double from, Double to, Double predicted, Double observed, long count) {

        static Bin of(ExperimentResult.ReliabilityBin b) {
            return new Bin(round(b.from()), round(b.to()), round(b.predicted()), round(b.observed()), b.count());
        }
    }

    private static Map<String, Interval> intervals(Map<Metric, Estimate> metrics) {
        Map<String, Interval> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> out.put(k.key(), Interval.of(v)));
        return out;
    }

    private static Map<String, ValueAndSe> opeEstimates(OpeResult r) {
        Map<String, ValueAndSe> est = new LinkedHashMap<>();
        for (Map.Entry<Estimator, Estimate> e : r.estimates().entrySet()) {
            est.put(e.getKey().code(), new ValueAndSe(round(e.getValue().value()), round(e.getValue().se())));
        }
        return est;
    }

    /** Rounded to six decimals; null for NaN and infinities. */
    static Double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        return Math.round(x * 1e6) / 1e6;
    }

    static List<Double> rounded(double[] xs) {
        Double[] out = new Double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = round(xs[i]);
        }
        return Arrays.asList(out);
    }
}
