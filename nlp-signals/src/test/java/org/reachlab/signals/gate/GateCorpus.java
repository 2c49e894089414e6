package org.reachlab.signals.gate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.extract.NlpPipeline;
import org.reachlab.signals.extract.TimeWordFilter;
import org.reachlab.signals.io.LabelledNote;
import org.reachlab.signals.io.NoteFiles;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.PlainTokeniser;
import org.reachlab.signals.text.TextAnalysis;

/**
 * The gate's training examples, read the way the extractor reads text (CoreNLP's sentences and
 * part-of-speech tags for English, the module's own tokeniser for German and Norwegian):
 * the sentences of {@code gate-train.tsv}, and every sentence with a time word of the module's own
 * labelled notes ({@code labelled-<lang>.jsonl}), labelled by whether an expected signal's evidence
 * lies in it. The held-out sets and the shared development sets are not read.
 */
public final class GateCorpus {

    /** The module's own labelled note sets the gate is fitted on. */
    public static final List<String> NOTE_SETS = List.of("labelled-en.jsonl", "labelled-de.jsonl", "labelled-no.jsonl");

    /** One sentence with its label. */
    public record Sentence(String source, String language, String text, List<TextAnalysis.Token> tokens, boolean label) { }

    private static final Map<String, Lexicon> LEXICONS = new ConcurrentHashMap<>();

    private GateCorpus() {
    }

    static Lexicon lexicon(String language) {
        return LEXICONS.computeIfAbsent(language, Lexicon::load);
    }

    /** Reads a text as the extractor would. */
    static TextAnalysis analyse(String text, String language) {
        Lexicon lex = lexicon(language);
        if (lex.plainText()) {
            Set<String> months = new HashSet<>();
            lex.months().values().forEach(v -> months.addAll(Arrays.asList(v.split("\\|"))));
            return new PlainTokeniser(Set.of(lex.required("text.abbreviations").split("\\|")), months).analyse(text);
        }
        return NlpPipeline.shared().analyse(text, LocalDate.of(2026, 3, 3), false, s -> true);
    }

    /** All training sentences, in a fixed order. */
    public static List<Sentence> sentences() throws Exception {
        List<Sentence> out = new ArrayList<>(written());
        for (String set : NOTE_SETS) {
            out.addAll(fromNotes(set));
        }
        return out;
    }

    /** The examples of {@link #sentences()} as feature vectors. */
    public static List<LogisticTrainer.Example> examples(List<Sentence> sentences) {
        Map<String, GateFeatures> features = new ConcurrentHashMap<>();
        return sentences.stream().map(s -> new LogisticTrainer.Example(
                features.computeIfAbsent(s.language(), l -> new GateFeatures(lexicon(l))).features(s.text(), s.tokens()),
                s.label())).toList();
    }

    /** The sentences written for the gate. */
    static List<Sentence> written() throws IOException {
        List<Sentence> out = new ArrayList<>();
        try (InputStream in = GateCorpus.class.getResourceAsStream("gate-train.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource gate-train.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !(f[0].equals("0") || f[0].equals("1"))) {
                    throw new IllegalArgumentException("gate-train.tsv line " + n
                            + ": expected label (0 or 1), language and text separated by tabs, received '" + line + "'");
                }
                out.add(sentence("gate-train.tsv:" + n, f[1], f[2], f[0].equals("1")));
            }
        }
        return out;
    }

    private static Sentence sentence(String source, String language, String text, boolean label) {
        TextAnalysis a = analyse(text, language);
        List<TextAnalysis.Token> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        return new Sentence(source, language, text, tokens, label);
    }

    /** The sentences with a time word of a labelled note set, labelled by the expected signals' evidence. */
    static List<Sentence> fromNotes(String set) throws Exception {
        Path file = Path.of(GateCorpus.class.getResource("/org/reachlab/signals/" + set).toURI());
        List<Sentence> out = new ArrayList<>();
        for (LabelledNote n : NoteFiles.readLabelled(file)) {
            String lang = n.note().language();
            String text = n.note().text();
            TimeWordFilter filter = new TimeWordFilter(lexicon(lang));
            for (TextAnalysis.Sentence s : analyse(text, lang).sentences()) {
                String st = text.substring(s.begin(), s.end());
                if (!filter.mayContainSignal(st)) {
                    continue;
                }
                boolean label = false;
                for (TimingSignal x : n.expected()) {
                    if (x.spanBegin() < s.end() && s.begin() < x.spanEnd()) {
                        label = true;
                    }
                }
                out.add(new Sentence(set + ":" + n.line(), lang, st, s.tokens(), label));
            }
        }
        return out;
    }
}
