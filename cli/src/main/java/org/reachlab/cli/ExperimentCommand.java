package org.reachlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.evaluation.experiment.ExperimentConfig;
import org.reachlab.evaluation.experiment.ExperimentConfigException;
import org.reachlab.evaluation.experiment.ExperimentFiles;
import org.reachlab.evaluation.experiment.ExperimentResult;
import org.reachlab.evaluation.experiment.Ladder;
import org.reachlab.evaluation.experiment.ExperimentRunner;
import org.reachlab.evaluation.experiment.ExperimentWriter;
import org.reachlab.evaluation.experiment.LogExperimentResult;
import org.reachlab.evaluation.experiment.LogExperimentRunner;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.report.LogReportWriter;
import org.reachlab.evaluation.report.ReportWriter;
import org.reachlab.models.ModelRegistry;
import org.reachlab.stats.Estimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab experiment}: which scheduling policy reaches more people, sooner. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Runs an experiment file: generates the world, logs a history, trains the models, simulates"
                + " every policy on the same worlds and seeds (learned policies learn online), evaluates them"
                + " off-policy on the history, prints the leaderboard and the decision, and writes a run directory"
                + " with experiment.yaml, provenance.json, metrics.json, leaderboard.csv, data/, models/ and report.html."
                + " A file with data: instead of world: evaluates the policies off-policy on the user's own call log."
                + " Without --config it runs the bundled demo experiment.")
public final class ExperimentCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "The experiment YAML file (default: the bundled demo).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The run directory to write.")
    Path out;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED", description = "Override the file's seeds.")
    List<Long> seeds;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return run(spec, config, out, seeds, quiet);
    }

    static int run(CommandSpec spec, Path config, Path out, List<Long> seeds, boolean quiet) throws IOException {
        long t0 = System.nanoTime();
        ExperimentConfig cfg;
        try {
            cfg = config == null ? ExperimentFiles.defaults() : ExperimentFiles.load(config);
            if (seeds != null && !seeds.isEmpty()) {
                cfg = cfg.withSeeds(seeds);
            }
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserFacingException("--out " + out + " exists and is not a directory");
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter w = spec.commandLine().getOut();
        if (cfg.dataMode()) {
            return runOnLog(cfg, out, quiet, err, w, t0);
        }
        Path base = config == null ? Path.of(".") : config.toAbsolutePath().getParent();
        ExperimentRunner runner;
        try {
            ProgressBar bar = quiet ? null : new ProgressBar(err, System.console() != null, t0);
            runner = new ExperimentRunner(cfg, base, ModelRegistry.standard(), bar == null ? null : bar::step);
            if (bar != null) {
                bar.total(runner.totalSteps());
            }
        } catch (ExperimentConfigException | org.reachlab.data.synth.WorldConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        Files.createDirectories(out);
        ExperimentResult r = runner.writingData(out.resolve("data")).writingModels(out.resolve("models")).run();
        ExperimentWriter.write(r, runner, out);
        ReportWriter.write(r, out.resolve("report.html"));
        print(w, r);
        w.printf(Locale.ROOT, "%nwrote %s (report.html, metrics.json, leaderboard.csv, provenance.json, data/, models/) in %.1f s%n",
                out, (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }

    private static int runOnLog(ExperimentConfig cfg, Path out, boolean quiet, PrintWriter err, PrintWriter w, long t0)
            throws IOException {
        ProgressBar bar = quiet ? null : new ProgressBar(err, System.console() != null, t0);
        LogExperimentRunner runner;
        LogExperimentResult r;
        try {
            runner = new LogExperimentRunner(cfg, ModelRegistry.standard(), bar == null ? null : bar::step);
            if (bar != null) {
                bar.total(runner.totalSteps());
            }
            r = runner.run();
        } catch (ExperimentConfigException e) {
            throw new UserFacingException(e.getMessage());
        }
        Files.createDirectories(out);
        ExperimentWriter.write(r, runner, out);
        LogReportWriter.write(r, out.resolve("report.html"));
        w.printf(Locale.ROOT, "%nLeaderboard of %s on %s (%d dials from %s; doubly robust estimate [95%% bootstrap"
                + " interval over %d contacts])%n", cfg.name(), Path.of(r.log().logFile()).getFileName(),
                r.log().evalDials(), r.log().split(), r.log().evalContacts());
        w.printf(Locale.ROOT, "%-3s %-18s %-22s %-22s %s%n", "#", "policy", "contact rate",
                "vs " + r.decision().champion() + " (pts)", "trusted");
        int k = 0;
        for (String p : r.policies()) {
            LogExperimentResult.PolicyEstimate e = r.estimates().get(p);
            Estimate c = e.contactRate();
            Estimate u = e.uplift();
            w.printf(Locale.ROOT, "%-3d %-18s %-22s %-22s %s%n", ++k, p,
                    String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * c.value(), 100 * c.lo(), 100 * c.hi()),
                    u == null ? "-" : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", 100 * u.value(), 100 * u.lo(),
                            100 * u.hi()),
                    e.untrustworthy().isEmpty() ? "yes" : "no: " + String.join("; ", e.untrustworthy()));
        }
        printDecision(w, r.decision(), r.business());
        w.printf(Locale.ROOT, "%nwrote %s (report.html, metrics.json, leaderboard.csv, provenance.json) in %.1f s%n",
                out, (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }

    static void print(PrintWriter w, ExperimentResult r) {
        w.printf(Locale.ROOT, "%nLeaderboard of %s (%d seeds; mean [95%% interval])%n", r.config().name(),
                r.config().seeds().size());
        // the policy column fits the longest name (an ablation's reruns are named policy-without-source)
        int width = Math.max(18, r.policies().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-3s %-" + width + "s %-22s %-22s %-14s %-10s %s%n";
        w.printf(Locale.ROOT, row, "#", "policy", "contact rate",
                "vs " + r.decision().champion() + " (pts)", "mean attempts", "within 3", "regret (pts)");
        int k = 0;
        for (String p : r.policies()) {
            Map<Metric, Estimate> m = r.summary().get(p);
            Estimate cr = m.get(Metric.CONTACT_RATE);
            Map<Metric, Estimate> vs = r.paired().getOrDefault(p, Map.of()).get(r.decision().champion());
            Estimate u = vs == null ? null : vs.get(Metric.CONTACT_RATE);
            w.printf(Locale.ROOT, row, ++k, p,
                    String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * cr.value(), 100 * cr.lo(), 100 * cr.hi()),
                    u == null ? "-" : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", 100 * u.value(), 100 * u.lo(),
                            100 * u.hi()),
                    String.format(Locale.ROOT, "%.2f", m.get(Metric.MEAN_ATTEMPTS).value()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * m.get(Metric.REACHED_WITHIN_3).value()),
                    String.format(Locale.ROOT, "%.2f", 100 * m.get(Metric.REGRET).value()));
        }
        if (r.ablation() != null) {
            w.printf(Locale.ROOT, "%nWhat each evidence source adds to %s (contact rate with it minus without it,"
                    + " paired over %d seeds)%n", r.ablation().policy(), r.config().seeds().size());
            for (var e : r.ablation().sources()) {
                Estimate d = e.added();
                w.printf(Locale.ROOT, "  %-10s %.1f%% with, %.1f%% without: %s points%n", e.source(),
                        100 * e.with().value(), 100 * e.without().value(), d.hasInterval()
                                ? String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", 100 * d.value(), 100 * d.lo(),
                                        100 * d.hi())
                                : String.format(Locale.ROOT, "%+.2f (one seed: no interval)", 100 * d.value()));
            }
        }
        printLadder(w, r.ladder());
        printDecision(w, r.decision(), r.business());
    }

    private static void printLadder(PrintWriter w, Ladder ladder) {
        w.println();
        w.println("Ladder (share of the oracle's gap closed = (learned - uniform) / (oracle - uniform); of the segment"
                + " oracle's uplift = (learned - uniform) / (segment oracle - uniform))");
        w.printf(Locale.ROOT, "%-16s %-18s %-22s %-18s %s%n", "rung", "policy", "contact rate", "oracle gap closed",
                "segment oracle uplift");
        for (Ladder.Rung g : ladder.rungs()) {
            Estimate cr = g.contactRate();
            boolean learned = g.role() == Ladder.Role.LEARNED;
            w.printf(Locale.ROOT, "%-16s %-18s %-22s %-18s %s%n", g.role().label(), g.policy(),
                    String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * cr.value(), 100 * cr.lo(), 100 * cr.hi()),
                    learned ? share(g.oracleGapClosed()) : "", learned ? share(g.segmentUpliftShare()) : "");
        }
        for (String warning : ladder.warnings()) {
            w.println("warning: " + warning);
        }
    }

    private static String share(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }

    private static void printDecision(PrintWriter w, org.reachlab.evaluation.experiment.Decision d,
                                      org.reachlab.evaluation.experiment.BusinessView b) {
        w.println();
        w.println("Decision");
        for (String s : d.reasons()) {
            w.println("  " + s);
        }
        w.printf(Locale.ROOT, "  per rep and month: %+.1f reached contacts, %+.2f meetings, %+.0f %s revenue"
                + " (95%% interval %+.0f to %+.0f) against a tool cost of %.0f %s%n", b.extraConnects(),
                b.extraMeetings(), b.extraRevenue(), b.currency(), b.extraRevenueLo(), b.extraRevenueHi(), b.toolCost(),
                b.currency());
    }
}
