package org.reachlab.evaluation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reachlab.evaluation.experiment.LogExperimentResult;

/**
 * Writes {@code report.html} of an experiment on the user's call log: what was read, that there
 * is no ground truth, the decision and its reasons, the business view, the leaderboard of
 * off-policy estimates with bootstrap intervals, the uplift over the champion, the reliability
 * of the models' beliefs on the evaluated dials, the OPE diagnostics, and what could not be
 * computed and why. The {@link LogReport} holds what the page shows; the template
 * {@code log-experiment.mustache} lays it out. Self-contained like the simulation report:
 * nothing is loaded from anywhere.
 */
public final class LogReportWriter {

    private LogReportWriter() {
    }

    /** Writes the report into the file. */
    public static void write(LogExperimentResult r, Path file) throws IOException {
        Files.writeString(file, html(r), StandardCharsets.UTF_8);
    }

    /** The page. */
    public static String html(LogExperimentResult r) {
        return Templates.render("log-experiment", model(r));
    }

    /** What the page shows. */
    public static LogReport model(LogExperimentResult r) {
        return LogReportBuilder.build(r);
    }
}
