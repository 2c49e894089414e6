package org.reachlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.evaluation.truth.GroundTruth;
import org.reachlab.evaluation.truth.SlotWindow;
import org.reachlab.evaluation.truth.TruthCheck;
import org.reachlab.evaluation.truth.TruthCheckOptions;
import org.reachlab.evaluation.truth.TruthCheckResult;
import org.reachlab.evaluation.truth.TruthCheckWriter;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.pipeline.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab truth-check}: model profiles against the truth of a generated world. */
@Command(name = "truth-check", mixinStandardHelpOptions = true,
        description = {"Checks model families against the truth of a generated world (reachlab generate).",
                "",
                "Profile recovery: each family is trained on the attempts before the split; its weekly profile of "
                        + "each contact for the first week from the split is correlated (Pearson, over the slots of "
                        + "--hours on working days) with the contact's true profile of that week (routine x day "
                        + "factors).",
                "Drift recovery: the model then learns every later attempt online; for contacts whose routine "
                        + "changes after the split, it counts the attempts after the change until the model's "
                        + "profile correlates more with the new routine than with the old one (for 5 attempts in a row).",
                "Population drift recovery: the same replay also compares r_new of the changed contacts with "
                        + "r_ref, how well the model knows unchanged contacts in the same week, and reports the "
                        + "attempts after which the gap stays within --recovery-tolerance.",
                "Writes into --out: profile-correlation.csv, drift-recovery.csv, drift-contacts.csv, "
                + "drift-population.csv, posterior-coverage.csv, summary.json."})
final class TruthCheckCommand implements Callable<Integer> {

    @Option(names = "--world", required = true, paramLabel = "DIR",
            description = "Output directory of `reachlab generate` (contacts.csv, calls.csv, world.yaml, truth/).")
    Path world;

    @Mixin
    FamilyOptions modelOptions;

    @Option(names = "--min-attempts", defaultValue = "30", paramLabel = "N",
            description = "Summarise profile correlation for contacts with at least N training attempts (default 30).")
    int minAttempts;

    @Option(names = "--split-at", paramLabel = "DATE",
            description = {"Train before DATE (yyyy-mm-dd, UTC midnight, or an ISO instant). Default: the first "
                    + "Monday after the day half of the contacts had --min-attempts attempts (or after the middle "
                    + "of the data when fewer than half ever do)."})
    String splitAt;

    @Option(names = "--hours", defaultValue = "9-17", paramLabel = "FROM-TO",
            description = "Local hours of working days the profiles are compared on (default 9-17, the hours the "
                    + "generated history dials).")
    String hours;

    @Option(names = "--max-attempts", defaultValue = "60", paramLabel = "K",
            description = "Follow each changed contact for at most K attempts after the change (default 60).")
    int maxAttempts;

    @Option(names = "--recovery-tolerance", defaultValue = "0.05", paramLabel = "T",
            description = {"Population drift recovery: the first k (attempts after a change) from which the upper "
                    + "95%% bound of gap = r_ref - r_new stays <= T at every later reported k (default 0.05). r_ref is "
                    + "the mean r of up to 300 contacts whose routine does not change, in the week of the attempt."})
    double recoveryTolerance;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "B",
            description = "Bootstrap replicates, resampling contacts (default 1000).")
    int bootstrap;



    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ModelFamily> chosen = modelOptions.families(spec);
        Map<String, ModelConfig> cfg = modelOptions.configs(spec);
        TruthCheckOptions o;
        try {
            o = new TruthCheckOptions(chosen, cfg, minAttempts, splitAt == null ? null : parseInstant(splitAt),
                    window(), maxAttempts, null, bootstrap, modelOptions.seed, recoveryTolerance,
                    TruthCheckOptions.REFERENCE_CONTACTS);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        long t0 = System.nanoTime();
        GroundTruth truth = GroundTruth.read(world);
        DataDirectory.Loaded loaded = ModelCommands.load(spec, world, false);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "data: %d attempts of %d contacts (%s)%n", loaded.data().size(),
                loaded.data().contactsWithRows().size(), world);
        w.flush();
        ProgressBar bar = quiet ? null : new ProgressBar(spec.commandLine().getErr(), System.console() != null, t0);
        if (bar != null) {
            bar.total(3 * chosen.size());
        }
        TruthCheckResult r;
        try {
            r = TruthCheck.run(loaded.data(), truth, o, line -> {
                if (bar != null) {
                    bar.step(line);
                }
            });
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        TruthCheckWriter.write(r, o, loaded.data().source(), world, out);
        w.printf(Locale.ROOT, "split: train before %s (%s), %d attempts; replay %d attempts; %d bootstrap replicates"
                + " by contact%n", r.splitAt(), splitAt == null ? "chosen" : "given", r.trainAttempts(),
                r.replayAttempts(), bootstrap);
        w.print(TruthCheckWriter.table(r, o));
        w.printf(Locale.ROOT, "wrote %s: profile-correlation.csv, drift-recovery.csv, drift-contacts.csv, "
                + "drift-population.csv, posterior-coverage.csv, summary.json in %.1f s%n", out, (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }

    private SlotWindow window() {
        String[] p = hours.split("-");
        try {
            if (p.length == 2) {
                return new SlotWindow(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--hours must be FROM-TO in whole hours, e.g. 9-17, received '" + hours + "'");
    }

    private Instant parseInstant(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--split-at must be a date (2025-12-01) or an instant (2025-12-01T00:00:00Z), received '" + s + "'");
        }
    }
}
