package org.reachlab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.eval.Evaluation;
import org.reachlab.signals.eval.Evaluator;
import org.reachlab.signals.eval.NoteScore;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;
import org.reachlab.signals.io.NoteFormatException;
import org.reachlab.signals.io.SignalJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reachlab extract-eval}: scores extraction against a labelled file. */
@Command(name = "extract-eval", mixinStandardHelpOptions = true,
        description = "Scores timing-signal extraction against labelled notes (JSON Lines with a 'signals' array):"
                + " mean cell F1, false-alarm rate, miss rate and the worst notes.")
public final class ExtractEvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Labelled notes (.jsonl).")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for summary.json.")
    Path out;

    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
            description = "Only score notes in this language, en, de or no (a note without 'lang' is in the language its"
                    + " words show); 'all' for every note. Default: en.")
    String lang;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "How many worst notes to print.")
    int worst;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new UserFacingException("gold file not found: " + gold);
        }
        List<LabelledNote> all;
        try {
            all = NoteFiles.readLabelled(gold);
        } catch (NoteFormatException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        List<LabelledNote> labelled = lang.equals("all") ? all
                : all.stream().filter(l -> l.note().language().equals(lang)).toList();
        if (labelled.isEmpty()) {
            throw new UserFacingException(gold + " has no notes in language '" + lang + "' (of " + all.size() + " notes)");
        }
        Evaluation ev;
        try {
            ev = Evaluator.evaluate(new SignalExtractor(NlpPipeline.shared(), true), labelled);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "notes: %d scored (%d with signals, %d without), %d skipped in other languages%n",
                labelled.size(), ev.positives(), ev.negatives(), all.size() - labelled.size());
        w.printf(Locale.ROOT, "mean F1: %.3f%nfalse-alarm rate: %.3f%nmiss rate: %.3f%n",
                ev.meanF1(), ev.falseAlarmRate(), ev.missRate());
        List<NoteScore> worstNotes = ev.worst(worst);
        if (!worstNotes.isEmpty()) {
            w.println("worst notes:");
        }
        for (NoteScore s : worstNotes) {
            w.printf(Locale.ROOT, "  %s F1=%.2f  %s%n", s.id(), s.f1(), s.text());
            w.println("    expected: " + describe(s.expected()));
            w.println("    found:    " + describe(s.found()));
        }
        w.flush();
        if (out != null) {
            Files.createDirectories(out);
            ObjectNode o = SignalJson.MAPPER.createObjectNode();
            o.put("gold", gold.getFileName().toString());
            o.put("gold_sha256", sha256(gold));
            o.put("lang", lang);
            o.put("notes", labelled.size());
            o.put("notes_with_signals", ev.positives());
            o.put("notes_without_signals", ev.negatives());
            o.put("mean_f1", ev.meanF1());
            o.put("false_alarm_rate", ev.falseAlarmRate());
            o.put("miss_rate", ev.missRate());
            o.put("java_version", System.getProperty("java.version"));
            ArrayNode arr = o.putArray("worst");
            for (NoteScore s : worstNotes) {
                ObjectNode x = arr.addObject();
                x.put("id", s.id());
                x.put("f1", s.f1());
                x.put("text", s.text());
                x.set("expected", SignalJson.signalsNode(s.expected()));
                x.set("found", SignalJson.signalsNode(s.found()));
            }
            Files.writeString(out.resolve("summary.json"),
                    SignalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
        }
        return 0;
    }

    static String describe(List<TimingSignal> signals) {
        if (signals.isEmpty()) {
            return "(none)";
        }
        return String.join("; ", signals.stream().map(TimingSignal::summary).toList());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
