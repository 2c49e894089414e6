package org.reachlab.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import org.reachlab.data.imports.CopenhagenImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab import-copenhagen}: the Copenhagen Networks Study call log as standard tables. */
@Command(name = "import-copenhagen", mixinStandardHelpOptions = true,
        description = {"Turns the Copenhagen Networks Study call log into standard calls.csv and contacts.csv.",
                "",
                "The callee is the contact and a call is connected when duration > 0; calls logged twice",
                "(by both phones) are kept once and counted. The study has no calendar date: second 0 is",
                "placed at --epoch in Europe/Copenhagen."})
final class ImportCopenhagenCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The study's calls.csv.")
    Path in;

    @Option(names = "--sms", paramLabel = "FILE", description = {"The study's text-message log (timestamp,from,to):"
            + " written as events.csv,",
            "sms_in for the sender and sms_out for the receiver, rep_id = the other person (contacts only)."})
    Path sms;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Option(names = "--epoch", paramLabel = "DATETIME",
            description = "Where second 0 of the study is placed (default: ${DEFAULT-VALUE}).",
            defaultValue = "2026-02-02T00:00:00+01:00")
    OffsetDateTime epoch;

    @Option(names = "--duplicate-window", paramLabel = "SECONDS",
            description = "Two logs of one call are at most this far apart (default: ${DEFAULT-VALUE}).",
            defaultValue = "300")
    int duplicateWindow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CopenhagenImport.Summary s = CopenhagenImport.run(in, sms, out, epoch, duplicateWindow);
        var w = spec.commandLine().getOut();
        w.printf("read %d rows, rejected %d, dropped %d calls logged twice (same caller, callee and duration within"
                        + " %d s)%n", s.read(), s.rejected(), s.duplicates(), duplicateWindow);
        w.printf("wrote %d calls (%d connected, %.1f%%) to %d contacts into %s%n", s.calls(), s.connected(),
                100.0 * s.connected() / Math.max(1, s.calls()), s.contacts(), out);
        if (s.sms() != null) {
            w.printf("read %d text messages, rejected %d; wrote %d events (sms_in, sms_out) into events.csv; %d message"
                    + " ends are not contacts (never called) and have no event%n", s.sms().read(), s.sms().rejected(),
                    s.sms().events(), s.sms().skipped());
        }
        w.printf("assumed: second 0 = %s, zone %s (hours of day as logged; weekdays only up to a shift)%n",
                s.epoch(), CopenhagenImport.ZONE);
        w.flush();
        return 0;
    }
}
