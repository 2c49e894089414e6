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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.RejectsWriter;
import org.reachlab.data.io.Values;
import org.reachlab.data.privacy.NoteRedaction;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.extract.TextLimits;
import org.reachlab.signals.io.NoteFiles;
import org.reachlab.signals.io.NoteFormatException;
import org.reachlab.signals.io.ReadNote;
import org.reachlab.signals.io.SignalJson;
import org.reachlab.signals.redact.Redactor;
import org.reachlab.signals.redact.StandardNoteRedaction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab extract}: timing signals out of notes, in the spec's JSON form. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts timing signals from notes (CSV or JSON Lines with id, at, text and optionally"
                + " contact_id, lang, zone) and writes one JSON object per note, in input order.",
                "A note that cannot be read (bad line, missing or bad 'at', unknown zone, unsupported language,"
                + " text beyond the limits) is rejected with its reason and the others are extracted;"
                + " the summary on standard error gives read = extracted + rejected.",
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

    @Option(names = "--lang", paramLabel = "CODE",
            description = "With --text: language, en, de or no (default: read from the text's words).")
    String lang;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for --notes (default: all cores).")
    Integer threads;

    @Option(names = "--timing", description = "Print start-up and extraction times to standard error.")
    boolean timing;

    @Option(names = "--rejects", paramLabel = "FILE", description = {"With --notes: where to write the notes that"
            + " cannot be read (CSV with file, line, column, value, reason, code, record).",
            "Default: beside --out as <name>.rejects.csv; without --out they are printed to standard error."})
    Path rejects;

    @Option(names = "--keep-personal-data", description = {"Write evidence and rejected notes as they are. By default"
            + " names, e-mail addresses, phone numbers, IBANs and street addresses",
            "are replaced by [PERSON], [EMAIL], [PHONE], [IBAN], [ADDRESS]; signals are the same either way."})
    boolean keepPersonalData;

    @Spec
    CommandSpec spec;

    private static final NoteRedaction REDACTION = new StandardNoteRedaction();

    @Override
    public Integer call() throws IOException {
        List<ReadNote> read;
        List<Rejection> rejected = new ArrayList<>();
        if (input.text != null) {
            read = List.of(new ReadNote(singleNote(), "--text", 0, List.of(input.text)));
        } else {
            if (!Files.isRegularFile(input.notes)) {
                throw new UserFacingException("notes file not found: " + input.notes);
            }
            try {
                read = NoteFiles.readNotes(input.notes, rejected::add);
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
        int readCount = read.size() + rejected.size();
        List<SignalNote> notes = new ArrayList<>();
        if (input.text != null) {
            notes.add(read.get(0).note());
        } else {
            for (ReadNote r : read) {
                screen(r, extractor).ifPresentOrElse(rejected::add, () -> notes.add(r.note()));
            }
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
            for (int i = 0; i < results.size(); i++) {
                w.println(SignalJson.line(shown(results.get(i), notes.get(i))));
            }
            w.flush();
        } else {
            createParent(out);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int i = 0; i < results.size(); i++) {
                    w.write(SignalJson.line(shown(results.get(i), notes.get(i))));
                    w.newLine();
                }
            }
        }
        if (input.notes != null) {
            summarise(readCount, notes.size(), rejected);
        }
        if (timing) {
            double secs = (t2 - t1) / 1e9;
            spec.commandLine().getErr().printf("pipeline start-up: %d ms%nextracted %d notes in %.2f s: %.0f notes/s on %d threads%n",
                    (t1 - t0) / 1_000_000, notes.size(), secs, notes.size() / Math.max(secs, 1e-9), n);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    /** Why a note that was read cannot be extracted: its language has no lexicon, or its text is beyond the limits. */
    private static Optional<Rejection> screen(ReadNote r, SignalExtractor extractor) {
        SignalNote note = r.note();
        if (!extractor.supports(note.language())) {
            return Optional.of(r.reject("lang", note.lang(), "unsupported_language", "no timing-signal lexicon for"
                    + " language '" + note.language() + "'"));
        }
        return TextLimits.problem(note.text()).map(p -> r.reject("text", abbreviate(note.text()), p.code(), p.reason()));
    }

    /** Prints read = extracted + rejected, and writes the rejects. */
    private void summarise(int readCount, int extracted, List<Rejection> rejected) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        rejected.sort(Comparator.comparingLong(Rejection::line));
        Map<String, Integer> byCode = new TreeMap<>();
        rejected.forEach(r -> byCode.merge(r.code(), 1, Integer::sum));
        Path file = rejectsFile();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "read %d notes: %d extracted, %d rejected",
                readCount, extracted, rejected.size()));
        if (!rejected.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            byCode.forEach((k, v) -> reasons.append(reasons.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            line.append(" (").append(reasons).append(')');
        }
        if (file != null) {
            createParent(file);
            try (RejectsWriter w = RejectsWriter.create(file)) {
                rejected.forEach(r -> w.accept(redacted(r)));
            }
            line.append("; rejects in ").append(file);
        } else {
            for (Rejection r : rejected) {
                Rejection x = redacted(r);
                err.println(x.file() + " line " + x.line() + ": " + x.reason());
            }
        }
        err.println(line);
        err.flush();
    }

    /** Where rejects go: --rejects, else beside --out, else nowhere (they are printed). */
    private Path rejectsFile() {
        if (rejects != null) {
            return rejects;
        }
        if (out == null) {
            return null;
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejects.csv");
    }

    private Rejection redacted(Rejection r) {
        return keepPersonalData ? r : REDACTION.redact(r);
    }

    /** The signals as written: evidence with personal data replaced, unless kept. */
    private NoteSignals shown(NoteSignals ns, SignalNote note) {
        return keepPersonalData ? ns : Redactor.standard().redactEvidence(ns, note);
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
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
