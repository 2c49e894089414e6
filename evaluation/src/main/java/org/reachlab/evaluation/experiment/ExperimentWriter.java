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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.ope.Estimator;
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
        return JSON.writeValueAsString(MetricsJson.Simulated.of(r)) + "\n";
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
        var m = new ProvenanceJson.Simulated(code(), r.config().seeds(), r.config().ope().validationSeeds(),
                Math.round(r.seconds() * 10) / 10.0, libraries(r.config(), runner.registry()), hashes);
        return JSON.writeValueAsString(m) + "\n";
    }

    private static ProvenanceJson.Code code() {
        Package pkg = ExperimentWriter.class.getPackage();
        String version = pkg.getImplementationVersion();
        if (version == null) {
            String maven = org.reachlab.models.store.LibraryVersions.maven("org.reachlab", "evaluation");
            version = "unknown".equals(maven) ? "development build" : "reachlab " + maven;
        }
        return new ProvenanceJson.Code(version, codeCommit(), System.getProperty("java.version"));
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
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("experiment.yaml", sha256(dir.resolve("experiment.yaml")));
        hashes.put("data.log", r.log().logSha256());
        hashes.put("data.contacts", r.log().contactsSha256());
        var m = new ProvenanceJson.OnLog(code(), "data", r.config().seeds(), r.seed(), r.config().ope().bootstrap(),
                Math.round(r.seconds() * 10) / 10.0, libraries(r.config(), runner.registry()),
                new ProvenanceJson.DataFiles(r.log().logFile(), r.log().contactsFile()), hashes);
        Files.writeString(dir.resolve("provenance.json"), JSON.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    }

    /** metrics.json of an experiment on the user's call log. */
    public static String metricsJson(LogExperimentResult r) throws IOException {
        return JSON.writeValueAsString(MetricsJson.OnLog.of(r)) + "\n";
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

    private static String num(double x) {
        return ResultCsv.decimal(x);
    }
}
