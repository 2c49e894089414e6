package org.reachlab.evaluation.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Estimator;
import org.reachlab.evaluation.ope.OpeValidation;
import org.reachlab.evaluation.output.ResultCsv;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.stats.Estimate;

/**
 * Writes a run directory: {@code experiment.yaml} (the effective experiment), {@code world.yaml},
 * {@code provenance.json}, {@code metrics.json}, {@code leaderboard.csv} and, by
 * {@link org.reachlab.evaluation.report.ReportWriter}, {@code report.html}. Numbers are
 * rounded to 6 decimals so that equal runs give equal files (wall time is only in provenance).
 */
public final class ExperimentWriter {

    private static final ObjectMapper JSON = ResultJson.MAPPER;

    private ExperimentWriter() {
    }

    /** Writes every file but the report. */
    public static void write(ExperimentResult r, ExperimentRunner runner, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("experiment.yaml"), ExperimentFiles.toYaml(r.config()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("world.yaml"), WorldFiles.toYaml(runner.world()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metrics.json"), metricsJson(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("leaderboard.csv"), leaderboardCsv(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("provenance.json"), provenance(r, runner, dir), StandardCharsets.UTF_8);
    }

    /** metrics.json. */
    public static String metricsJson(ExperimentResult r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.config().name());
        m.put("seeds", r.config().seeds());
        m.put("leaderboard", r.policies());
        Map<String, Object> summary = new LinkedHashMap<>();
        r.summary().forEach((p, metrics) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            metrics.forEach((k, v) -> x.put(k.key(), interval(v)));
            summary.put(p, x);
        });
        m.put("summary", summary);
        Map<String, Object> paired = new LinkedHashMap<>();
        r.paired().forEach((p, rules) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            rules.forEach((rule, metrics) -> {
                Map<String, Object> y = new LinkedHashMap<>();
                metrics.forEach((k, v) -> y.put(k.key(), interval(v)));
                x.put(rule, y);
            });
            paired.put(p, x);
        });
        m.put("paired_differences", paired);
        m.put("decision", decision(r.decision()));
        m.put("business_per_rep_month", business(r.business()));
        List<Object> runs = new ArrayList<>();
        for (RunMetrics x : r.runs()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("policy", x.policy());
            y.put("seed", x.seed());
            for (Metric k : RunMetrics.METRICS) {
                y.put(k.key(), round(x.metric(k)));
            }
            y.put("regret_connects", round(x.regretConnects()));
            y.put("survival", rounded(x.km().survival()));
            y.put("weekly_contact_rate", rounded(x.weeklyRate()));
            y.put("weekly_expected_contact_rate", rounded(x.weeklyExpected()));
            runs.add(y);
        }
        m.put("runs", runs);
        List<Object> ope = new ArrayList<>();
        for (OpeValidation.Row row : r.ope()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("seed", row.seed());
            y.put("policy", row.target());
            y.put("validation_world", !r.config().seeds().contains(row.seed()));
            y.put("truth", round(row.truth()));
            y.put("logged_rate", round(row.result().loggedRate()));
            y.put("estimates", estimates(row.result()));
            y.put("diagnostics", diagnostics(row.result().diagnostics()));
            y.put("warnings", row.result().warnings());
            ope.add(y);
        }
        m.put("ope", ope);
        List<Object> os = new ArrayList<>();
        for (OpeValidation.Summary s : r.opeSummary()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("policy", s.target());
            y.put("estimator", s.estimator().code());
            y.put("bias", round(s.bias()));
            y.put("rmse", round(s.rmse()));
            y.put("mean_abs_error", round(s.meanAbs()));
            y.put("coverage", round(s.coverage()));
            y.put("warned", round(s.warned()));
            y.put("worlds", s.seeds());
            os.add(y);
        }
        m.put("ope_error_vs_truth", os);
        return JSON.writeValueAsString(m) + "\n";
    }

    /** leaderboard.csv: one row per policy, best mean contact rate first. */
    public static String leaderboardCsv(ExperimentResult r) {
        List<Metric> cols = List.of(Metric.CONTACT_RATE, Metric.EXPECTED_CONTACT_RATE, Metric.MEDIAN_ATTEMPTS,
                Metric.MEAN_ATTEMPTS, Metric.REACHED_WITHIN_3, Metric.REACHED_WITHIN_6, Metric.MEETINGS, Metric.REGRET,
                Metric.DRIFT_RECOVERY_DAYS);
        String champion = r.decision().champion();
        List<String> header = new ArrayList<>(List.of("rank", "policy"));
        for (Metric c : cols) {
            header.addAll(List.of(c.key(), c.key() + "_lo", c.key() + "_hi"));
        }
        header.addAll(List.of("uplift_vs_" + champion, "uplift_lo", "uplift_hi"));
        StringBuilder b = new StringBuilder();
        try (ResultCsv csv = ResultCsv.into(b, header)) {
            int rank = 0;
            for (String p : r.policies()) {
                ResultCsv.Row row = ResultCsv.cellsOf(++rank, p);
                for (Metric c : cols) {
                    row.add(r.summary().get(p).get(c));
                }
                Map<Metric, Estimate> vs = r.paired().getOrDefault(p, Map.of()).get(champion);
                csv.row(row.add(vs == null ? null : vs.get(Metric.CONTACT_RATE)).cells());
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string builder cannot fail", e);
        }
        return b.toString();
    }

    /**
     * The git commit of the checkout the running code was built in (the jar or classes sit inside
     * it), with {@code +dirty} when it has uncommitted changes; "unknown" outside a git checkout.
     */
    static String codeCommit() {
        try {
            Path where = Path.of(ExperimentWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = java.nio.file.Files.isDirectory(where) ? where : where.getParent();
            String head = git(dir, "rev-parse", "HEAD");
            if (head == null || head.isBlank()) {
                return "unknown";
            }
            String status = git(dir, "status", "--porcelain", "--untracked-files=no");
            return head.strip() + (status != null && !status.isBlank() ? "+dirty" : "");
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "unknown";
        }
    }

    private static String git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String provenance(ExperimentResult r, ExperimentRunner runner, Path dir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        code(m);
        m.put("seeds", r.config().seeds());
        m.put("ope_validation_seeds", r.config().ope().validationSeeds());
        m.put("wall_seconds", Math.round(r.seconds() * 10) / 10.0);
        m.put("libraries", libraries(r.config(), runner.registry()));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String f : List.of("experiment.yaml", "world.yaml")) {
            hashes.put(f, sha256(dir.resolve(f)));
        }
        for (String sub : List.of("data", "models")) {
            Path data = dir.resolve(sub);
            if (!Files.isDirectory(data)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(data)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    hashes.put(dir.relativize(f).toString().replace('\\', '/'), sha256(f));
                }
            }
        }
        m.put("sha256", hashes);
        return JSON.writeValueAsString(m) + "\n";
    }

    private static void code(Map<String, Object> m) {
        Package pkg = ExperimentWriter.class.getPackage();
        String version = pkg.getImplementationVersion();
        if (version == null) {
            String maven = org.reachlab.models.store.LibraryVersions.maven("org.reachlab", "evaluation");
            version = "unknown".equals(maven) ? "development build" : "reachlab " + maven;
        }
        m.put("code_version", version);
        m.put("code_commit", codeCommit());
        m.put("java", System.getProperty("java.version"));
    }

    private static Map<String, String> libraries(ExperimentConfig config, org.reachlab.models.ModelRegistry registry) {
        Map<String, String> libs = new LinkedHashMap<>();
        libs.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        for (String[] a : new String[][] {{"org.apache.commons", "commons-csv"}, {"de.focus-shift", "jollyday-core"},
            {"org.apache.commons", "commons-math3"}, {"it.unimi.dsi", "fastutil"}}) {
            libs.put(a[1], org.reachlab.models.store.LibraryVersions.maven(a[0], a[1]));
        }
        for (String model : config.models()) {
            registry.find(model).ifPresent(f -> libs.putAll(f.libraryVersions()));
        }
        return libs;
    }

    /**
     * Writes the run directory of an experiment on the user's call log: {@code experiment.yaml},
     * {@code provenance.json}, {@code metrics.json} and {@code leaderboard.csv} (the report is
     * written by {@link org.reachlab.evaluation.report.LogReportWriter}).
     */
    public static void write(LogExperimentResult r, LogExperimentRunner runner, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("experiment.yaml"), ExperimentFiles.toYaml(r.config()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metrics.json"), metricsJson(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("leaderboard.csv"), leaderboardCsv(r), StandardCharsets.UTF_8);
        Map<String, Object> m = new LinkedHashMap<>();
        code(m);
        m.put("mode", "data");
        m.put("seeds", r.config().seeds());
        m.put("seed_used", r.seed());
        m.put("bootstrap_resamples", r.config().ope().bootstrap());
        m.put("wall_seconds", Math.round(r.seconds() * 10) / 10.0);
        m.put("libraries", libraries(r.config(), runner.registry()));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("log", r.log().logFile());
        files.put("contacts", r.log().contactsFile());
        m.put("data_files", files);
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("experiment.yaml", sha256(dir.resolve("experiment.yaml")));
        hashes.put("data.log", r.log().logSha256());
        hashes.put("data.contacts", r.log().contactsSha256());
        m.put("sha256", hashes);
        Files.writeString(dir.resolve("provenance.json"), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }

    /** metrics.json of an experiment on the user's call log. */
    public static String metricsJson(LogExperimentResult r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.config().name());
        m.put("mode", "data");
        m.put("ground_truth", false);
        var l = r.log();
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("dials", l.dials());
        log.put("rejected_rows", l.rejected());
        log.put("logging_policies", l.loggingPolicies());
        log.put("first", l.first().toString());
        log.put("last", l.last().toString());
        log.put("split", l.split().toString());
        log.put("train_dials", l.trainDials());
        log.put("eval_dials", l.evalDials());
        log.put("eval_contacts", l.evalContacts());
        m.put("log", log);
        KaplanMeier km = r.loggedTimeToConnect();
        Map<String, Object> ttc = new LinkedHashMap<>();
        ttc.put("policies", l.loggingPolicies());
        ttc.put("contacts", km.atRisk()[0]);
        ttc.put("attempt_cap", km.cap());
        ttc.put(Metric.MEDIAN_ATTEMPTS.key(), Double.isNaN(km.median()) ? null : km.median());
        ttc.put("mean_attempts_restricted_to_cap", round(km.restrictedMean()));
        ttc.put(Metric.REACHED_WITHIN_3.key(), round(km.reachedWithin(3)));
        ttc.put(Metric.REACHED_WITHIN_6.key(), round(km.reachedWithin(6)));
        m.put("logged_time_to_connect", ttc);
        m.put("seed", r.seed());
        m.put("leaderboard", r.policies());
        Map<String, Object> pol = new LinkedHashMap<>();
        for (String p : r.policies()) {
            LogExperimentResult.PolicyEstimate e = r.estimates().get(p);
            Map<String, Object> y = new LinkedHashMap<>();
            y.put(Metric.CONTACT_RATE.key(), interval(e.contactRate()));
            y.put("uplift_vs_champion", e.uplift() == null ? null : interval(e.uplift()));
            y.put("logged_rate", round(e.ope().loggedRate()));
            y.put("estimates", estimates(e.ope()));
            y.put("diagnostics", diagnostics(e.ope().diagnostics()));
            y.put("warnings", e.ope().warnings());
            y.put("untrustworthy", e.untrustworthy());
            pol.put(p, y);
        }
        m.put("policies", pol);
        m.put("decision", decision(r.decision()));
        m.put("business_per_rep_month", business(r.business()));
        Map<String, Object> rel = new LinkedHashMap<>();
        r.reliability().forEach((model, bins) -> {
            List<Object> list = new ArrayList<>();
            for (ExperimentResult.ReliabilityBin b : bins) {
                list.add(Arrays.asList(round(b.from()), round(b.to()), round(b.predicted()), round(b.observed()), b.count()));
            }
            rel.put(model, list);
        });
        m.put("reliability_on_eval_dials", rel);
        m.put("not_computed", LogExperimentResult.NOT_COMPUTED);
        return JSON.writeValueAsString(m) + "\n";
    }

    /** leaderboard.csv of an experiment on the user's call log: best doubly robust estimate first. */
    public static String leaderboardCsv(LogExperimentResult r) {
        String champion = r.decision().champion();
        List<String> header = new ArrayList<>(List.of("rank", "policy", "contact_rate", "contact_rate_lo",
                "contact_rate_hi", "uplift_vs_" + champion, "uplift_lo", "uplift_hi"));
        for (Estimator e : Estimator.values()) {
            header.addAll(List.of(e.code(), e.code() + "_lo", e.code() + "_hi"));
        }
        header.addAll(List.of("logged_rate", "ess", "ess_share", "untried_mass", "clipped_share", "skipped",
                "trusted"));
        StringBuilder b = new StringBuilder();
        try (ResultCsv csv = ResultCsv.into(b, header)) {
            int rank = 0;
            for (String p : r.policies()) {
                LogExperimentResult.PolicyEstimate e = r.estimates().get(p);
                ResultCsv.Row row = ResultCsv.cellsOf(++rank, p).add(e.contactRate()).add(e.uplift());
                for (Estimator est : Estimator.values()) {
                    row.add(e.ope().estimates().get(est));
                }
                var d = e.ope().diagnostics();
                csv.row(row.add(num(e.ope().loggedRate()), num(d.ess()), num(d.essShare()), num(d.untriedMass()),
                        num(d.clippedShare()), d.skipped(), e.untrustworthy().isEmpty()).cells());
            }
        } catch (IOException e) {
            throw new IllegalStateException("a string builder cannot fail", e);
        }
        return b.toString();
    }

    private static Map<String, Object> estimates(org.reachlab.evaluation.ope.OpeResult r) {
        Map<String, Object> est = new LinkedHashMap<>();
        for (Map.Entry<Estimator, Estimate> e : r.estimates().entrySet()) {
            est.put(e.getKey().code(), Arrays.asList(round(e.getValue().value()), round(e.getValue().se())));
        }
        return est;
    }

    private static Map<String, Object> diagnostics(org.reachlab.evaluation.ope.Diagnostics dg) {
        Map<String, Object> diag = new LinkedHashMap<>();
        diag.put("dials", dg.dials());
        diag.put("skipped", dg.skipped());
        diag.put("ess", round(dg.ess()));
        diag.put("ess_share", round(dg.essShare()));
        diag.put("weight_quantiles", Arrays.asList(round(dg.weightP50()), round(dg.weightP90()), round(dg.weightP99()),
                round(dg.weightMax())));
        diag.put("clipped_share", round(dg.clippedShare()));
        diag.put("untried_mass", round(dg.untriedMass()));
        diag.put("outside_support_mass", round(dg.outsideSupportMass()));
        return diag;
    }

    private static Map<String, Object> decision(Decision dec) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("promote", dec.promote());
        d.put("champion", dec.champion());
        d.put("challenger", dec.challenger());
        d.put("metric", dec.metric().key());
        d.put("uplift", interval(dec.uplift()));
        d.put("min_uplift", dec.minUplift());
        d.put("reasons", dec.reasons());
        return d;
    }

    private static Map<String, Object> business(BusinessView b) {
        Map<String, Object> bv = new LinkedHashMap<>();
        bv.put("dials_per_rep_month", round(b.dialsPerRepMonth()));
        bv.put("champion_connects", round(b.championConnects()));
        bv.put("challenger_connects", round(b.challengerConnects()));
        bv.put("extra_connects", Arrays.asList(round(b.extraConnects()), round(b.extraConnectsLo()), round(b.extraConnectsHi())));
        bv.put("extra_meetings", round(b.extraMeetings()));
        bv.put("extra_revenue", Arrays.asList(round(b.extraRevenue()), round(b.extraRevenueLo()), round(b.extraRevenueHi())));
        bv.put("tool_cost", round(b.toolCost()));
        bv.put("net", round(b.net()));
        bv.put("roi", round(b.roi()));
        bv.put("currency", b.currency());
        return bv;
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntervalJson interval(Estimate i) {
        return new IntervalJson((Double) round(i.value()), (Double) round(i.lo()), (Double) round(i.hi()), i.n());
    }

    /**
     * An estimate as metrics.json writes it, in this order: the mean (or estimate), the interval's
     * ends and the number of units (seeds or contacts); values rounded to six decimals, null for
     * NaN.
     *
     * @param mean the value
     * @param lo   lower end
     * @param hi   upper end
     * @param n    units
     */
    record IntervalJson(Double mean, Double lo, Double hi, int n) {
    }

    private static Object round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return null;
        }
        return Math.round(x * 1e6) / 1e6;
    }

    private static List<Object> rounded(double[] xs) {
        List<Object> out = new ArrayList<>();
        for (double x : xs) {
            out.add(round(x));
        }
        return out;
    }

    private static String num(double x) {
        return ResultCsv.decimal(x);
    }
}
