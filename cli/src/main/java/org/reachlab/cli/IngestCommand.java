package org.reachlab.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.data.ingest.IngestOptions;
import org.reachlab.data.ingest.IngestResult;
import org.reachlab.data.ingest.Ingestion;
import org.reachlab.data.ingest.Parallelism;
import org.reachlab.data.ingest.TableReport;
import org.reachlab.data.privacy.NoteRedaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab ingest}: validates a CRM export and writes the tables the pipeline reads. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Validates a CRM export (calls, contacts, notes) and writes the tables the pipeline reads.",
                "",
                "Writes into --out: the validated contacts.csv, calls.csv and notes.csv; rejects.csv (every bad",
                "row with file, line, column, value and reason); events.csv with --events; features.csv; summary.json (per table read,",
                "accepted, rejected, and rejections by reason). Personal data in note text is replaced by placeholders"
                        + " unless --keep-personal-data."})
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--calls", required = true, paramLabel = "FILE", description = "calls.csv: one row per attempt.")
    Path calls;

    @Option(names = "--contacts", required = true, paramLabel = "FILE", description = "contacts.csv: one row per person.")
    Path contacts;

    @Option(names = "--notes", paramLabel = "FILE", description = "notes.csv: emails and notes (optional).")
    Path notes;

    @Option(names = "--events", paramLabel = "FILE", description = {"events.csv: behavioural events (email opens and"
            + " replies, web visits, meetings, inbound calls, texts; optional).",
            "Written validated to events.csv; the feature table counts each contact's events before each attempt."})
    Path events;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if missing).")
    Path out;

    @Option(names = "--features", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write features.csv (default: yes; --no-features skips it).")
    boolean features;

    @Option(names = "--keep-personal-data", description = {"Write note text as it is. By default names, e-mail"
            + " addresses, phone numbers, IBANs and street addresses in",
            "notes.csv, in calls.csv's note column and in rejects.csv are replaced by [PERSON], [EMAIL], [PHONE],"
            + " [IBAN], [ADDRESS]."})
    boolean keepPersonalData;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = {"Threads that parse and"
            + " validate the calls table (default: ${DEFAULT-VALUE}); 1 streams it row by row.",
            "The outputs are the same for any N."})
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be at least 1, received " + threads);
        }
        IngestResult r = Ingestion.standard().with(new Parallelism(threads, Parallelism.CHUNK_BYTES))
                .run(new IngestOptions(calls, contacts, notes, out, features,
                        NoteRedaction.choose(keepPersonalData)).withEvents(events));
        var w = spec.commandLine().getOut();
        w.printf("%-9s %10s %10s %10s  %s%n", "table", "read", "accepted", "rejected", "rejected by reason");
        for (TableReport t : r.tables()) {
            w.printf("%-9s %10d %10d %10d  %s%n", t.table(), t.read(), t.accepted(), t.rejected(),
                    reasons(t.rejectedByReason()));
        }
        r.warnings().forEach(x -> spec.commandLine().getErr().println("warning: " + x));
        w.printf("%nWrote %s: contacts.csv, calls.csv, notes.csv (%d notes)%s, rejects.csv (%d rows)%s, summary.json"
                        + " in %.1f s%n", out, r.notes(), events == null ? "" : ", events.csv (" + r.events().size() + " events)",
                r.rejected(),
                r.featureRows() >= 0 ? ", features.csv (" + r.featureRows() + " rows)" : "", r.seconds());
        StringBuilder phases = new StringBuilder();
        r.phases().forEach((k, v) -> phases.append(phases.length() == 0 ? "" : ", ")
                .append(String.format(java.util.Locale.ROOT, "%s %.1f s", k, v)));
        w.println("Time: " + phases);
        w.flush();
        return 0;
    }

    private static String reasons(Map<String, Long> byReason) {
        StringBuilder sb = new StringBuilder();
        byReason.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
