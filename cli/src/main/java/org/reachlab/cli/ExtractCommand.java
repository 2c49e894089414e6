package org.reachlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.reachlab.data.io.Values;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.io.NoteFiles;
import org.reachlab.signals.io.NoteFormatException;
import org.reachlab.signals.io.SignalJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab extract}: timing signals out of notes, in the spec's JSON form. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts timing signals from notes (CSV or JSON Lines with id, at, text and optionally"
                + " contact_id, lang, zone) and writes one JSON object per note, in input order.",
                "Or, with --text and --at, prints the signals of one text."})
public final class ExtractCommand implements Callable<Integer> {

    static final class Input {
        @Option(names = "--notes", paramLabel = "FILE", description = "Notes to read (.csv or .jsonl).")
        Path notes;

        @Option(names = "--text", paramLabel = "TEXT", description = "One text to try.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (JSON Lines); standard output if omitted.")
    Path out;

    @Option(names = "--at", paramLabel = "TIMESTAMP",
            description = "With --text: when it was written, ISO-8601 with offset, e.g. 2026-03-03T10:00:00+01:00.")
    String at;

    @Option(names = "--zone", paramLabel = "IANA", description = "With --text: the person's zone, e.g. Europe/Berlin.")
    String zone;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en", description = "With --text: language (default: en).")
    String lang;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --notes (default: all cores).")
    Integer threads;

    @Option(names = "--timing", description = "Print start-up and extraction times to standard error.")
    boolean timing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<SignalNote> notes;
        if (input.text != null) {
            notes = List.of(singleNote());
        } else {
            if (!Files.isRegularFile(input.notes)) {
                throw new UserFacingException("notes file not found: " + input.notes);
            }
            try {
                notes = NoteFiles.readNotes(input.notes);
            } catch (NoteFormatException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
        }
        long t0 = System.nanoTime();
        SignalExtractor extractor = new SignalExtractor(NlpPipeline.shared(), true);
        long t1 = System.nanoTime();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserFacingException("--threads must be at least 1, received " + n);
        }
        List<NoteSignals> results;
        try {
            results = extractor.extractAll(notes, n);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            for (NoteSignals r : results) {
                w.println(SignalJson.line(r));
            }
            w.flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (NoteSignals r : results) {
                    w.write(SignalJson.line(r));
                    w.newLine();
                }
            }
        }
        if (timing) {
            double secs = (t2 - t1) / 1e9;
            spec.commandLine().getErr().printf("pipeline start-up: %d ms%nextracted %d notes in %.2f s: %.0f notes/s on %d threads%n",
                    (t1 - t0) / 1_000_000, notes.size(), secs, notes.size() / Math.max(secs, 1e-9), n);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    private SignalNote singleNote() {
        if (at == null) {
            throw new UserFacingException("--text needs --at, the time it was written (e.g. 2026-03-03T10:00:00+01:00)");
        }
        OffsetDateTime when;
        try {
            when = Values.timestamp(at);
        } catch (Values.BadValue e) {
            throw new UserFacingException("--at: " + e.getMessage(), e);
        }
        ZoneId z = null;
        if (zone != null) {
            try {
                z = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new UserFacingException("--zone is not an IANA zone id, received '" + zone + "'", e);
            }
        }
        return new SignalNote("text", null, when, input.text, lang, z);
    }
}
