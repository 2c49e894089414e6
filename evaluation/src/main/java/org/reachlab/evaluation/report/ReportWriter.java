package org.reachlab.evaluation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reachlab.evaluation.experiment.ExperimentResult;

/**
 * Writes {@code report.html}: the decision and its reasons, the business view, the leaderboard,
 * the contact rate over time per policy, the time-to-connect curves, the paired differences,
 * the reliability diagrams of the learned policies, slot heat maps true versus learned for
 * sample contacts, the OPE diagnostics and the estimators' errors against the truth. The
 * {@link ExperimentReport} holds what the page shows; the template {@code experiment.mustache}
 * lays it out. Everything is inline; nothing is loaded from anywhere.
 */
public final class ReportWriter {

    /** The page's content security policy: nothing may be loaded, only inline style and script run. */
    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
            + " img-src data:";

    private ReportWriter() {
    }

    /** Writes the report into the file. */
    public static void write(ExperimentResult r, Path file) throws IOException {
        Files.writeString(file, html(r), StandardCharsets.UTF_8);
    }

    /** The page. */
    public static String html(ExperimentResult r) {
        return Templates.render("experiment", model(r));
    }

    /** What the page shows. */
    public static ExperimentReport model(ExperimentResult r) {
        return ExperimentReportBuilder.build(r);
    }
}
