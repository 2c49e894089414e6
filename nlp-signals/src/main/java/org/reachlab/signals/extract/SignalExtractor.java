package org.reachlab.signals.extract;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;
import org.reachlab.signals.extract.recognise.RuleExtractor;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.PlainTokeniser;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Extracts timing signals from notes: the pre-filter, the shared CoreNLP pipeline and the
 * language's rules. Thread-safe; one instance serves a whole process.
 */
public final class SignalExtractor {

    private final NlpPipeline pipeline;
    private final boolean prefilter;
    private final ConcurrentHashMap<String, Rules> rules = new ConcurrentHashMap<>();

    /**
     * The rules of one language.
     *
     * @param extractor the rule layer
     * @param filter    the pre-filter
     * @param tokeniser the module's own sentence splitter, or null when CoreNLP reads the language
     */
    private record Rules(RuleExtractor extractor, TimeWordFilter filter, PlainTokeniser tokeniser) { }

    /**
     * Creates an extractor.
     *
     * @param pipeline  the CoreNLP pipeline
     * @param prefilter whether to skip texts without time words before running CoreNLP
     */
    public SignalExtractor(NlpPipeline pipeline, boolean prefilter) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.prefilter = prefilter;
    }

    /** An extractor on the process-wide pipeline, with the pre-filter on. */
    public static SignalExtractor shared() {
        return new SignalExtractor(NlpPipeline.shared(), true);
    }

    /** True when notes in this language can be read (a lexicon exists for it). */
    public boolean supports(String language) {
        return Lexicon.exists(language);
    }

    private Rules rules(String language) {
        return rules.computeIfAbsent(language, l -> {
            Lexicon lex = Lexicon.load(l);
            PlainTokeniser tokeniser = null;
            if (lex.plainText()) {
                Set<String> months = new HashSet<>();
                lex.months().values().forEach(v -> months.addAll(Arrays.asList(v.split("\\|"))));
                tokeniser = new PlainTokeniser(Set.of(lex.required("text.abbreviations").split("\\|")), months);
            }
            return new Rules(new RuleExtractor(lex), new TimeWordFilter(lex), tokeniser);
        });
    }

    /**
     * Extracts the signals of one note. A text beyond {@link TextLimits} gives no signals (a caller
     * that reads files rejects such a note first, with {@link TextLimits#problem}); control
     * characters are read as spaces.
     *
     * @param note the note
     * @return its signals, in text order
     * @throws IllegalArgumentException when the note's language has no lexicon
     */
    public NoteSignals extract(SignalNote note) {
        return extract(note, note.language());
    }

    private NoteSignals extract(SignalNote note, String language) {
        Rules r = rules(language);
        if (TextLimits.problem(note.text()).isPresent()) {
            return new NoteSignals(note.id(), note.contactId(), List.of());
        }
        String text = TextLimits.withoutControlCharacters(note.text());
        if (text.isBlank() || (prefilter && !r.filter().mayContainSignal(text))) {
            return new NoteSignals(note.id(), note.contactId(), List.of());
        }
        ZoneId zone = note.effectiveZone();
        LocalDateTime local = note.at().atZoneSameInstant(zone).toLocalDateTime();
        TextAnalysis analysis = r.tokeniser() != null ? r.tokeniser().analyse(text)
                : pipeline.analyse(text, local.toLocalDate(), r.extractor().needsSutime(text),
                        prefilter ? r.filter()::mayContainSignal : s -> true);
        List<TimingSignal> signals = r.extractor().extract(text, analysis, local, note.zone());
        return new NoteSignals(note.id(), note.contactId(), signals);
    }

    /**
     * Extracts many notes in parallel on all cores, keeping input order.
     *
     * @param notes the notes
     * @return their signals, in the order of {@code notes}
     */
    public List<NoteSignals> extractAll(List<SignalNote> notes) {
        return extractAll(notes, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Extracts many notes in parallel, keeping input order.
     *
     * @param notes   the notes
     * @param threads how many threads to use, at least 1
     * @return their signals, in the order of {@code notes}
     */
    public List<NoteSignals> extractAll(List<SignalNote> notes, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, received " + threads);
        }
        String[] languages = new String[notes.size()];
        for (int i = 0; i < languages.length; i++) {
            SignalNote n = notes.get(i);
            languages[i] = n.language();
            // fail before any work, naming the note, when a language has no lexicon
            try {
                rules(languages[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("note " + n.id() + ": " + e.getMessage(), e);
            }
        }
        NoteSignals[] out = new NoteSignals[notes.size()];
        if (threads == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = extract(notes.get(i), languages[i]);
            }
            return List.of(out);
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, out.length).parallel()
                    .forEach(i -> out[i] = extract(notes.get(i), languages[i]))).join();
        } finally {
            pool.shutdown();
        }
        return List.of(out);
    }
}
