package org.reachlab.signals.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.reachlab.signals.text.TextAnalysis;

/**
 * The Stanford CoreNLP pipeline the extractor stands on: tokenize, ssplit, pos and SUTime's
 * {@link TimeAnnotator}, with the note's date as document date.
 *
 * <p>Loading takes seconds, so one instance is created per process on first use
 * ({@link #shared()}) and shared by all threads; never in a static initialiser. Only the tokenizer
 * and sentence splitter load with it: the part-of-speech tagger loads when a text first has a
 * sentence to tag, and SUTime (the slowest to load) when a text first needs its dates, so a run
 * whose notes never need them (all filtered out, or in a language the module's own tokeniser
 * reads) never loads them, and other threads go on with notes that do not need them meanwhile.
 * What each text gets is the same as with everything loaded up front.
 */
public final class NlpPipeline {

    private static final Object LOCK = new Object();
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP base;
    private final Properties props;
    private volatile POSTaggerAnnotator pos;
    private volatile TimeAnnotator sutime;
    private final long loadMillis;
    private volatile long posMillis = -1;
    private volatile long sutimeMillis = -1;

    private NlpPipeline() {
        long t0 = System.nanoTime();
        props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "invertible=true");
        base = new StanfordCoreNLP(props);
        loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** The part-of-speech tagger, loaded on the first call. */
    private POSTaggerAnnotator pos() {
        POSTaggerAnnotator p = pos;
        if (p == null) {
            synchronized (this) {
                p = pos;
                if (p == null) {
                    long t0 = System.nanoTime();
                    p = new POSTaggerAnnotator("pos", props);
                    posMillis = (System.nanoTime() - t0) / 1_000_000;
                    pos = p;
                }
            }
        }
        return p;
    }

    /** SUTime, loaded on the first call. */
    private TimeAnnotator sutime() {
        TimeAnnotator t = sutime;
        if (t == null) {
            synchronized (this) {
                t = sutime;
                if (t == null) {
                    long t0 = System.nanoTime();
                    Properties timeProps = new Properties();
                    // no holiday binder: it loads a second copy of jollyday and is not needed for timing signals
                    timeProps.setProperty("sutime.binders", "0");
                    timeProps.setProperty("sutime.markTimeRanges", "false");
                    timeProps.setProperty("sutime.includeRange", "false");
                    t = new TimeAnnotator("sutime", timeProps);
                    sutimeMillis = (System.nanoTime() - t0) / 1_000_000;
                    sutime = t;
                }
            }
        }
        return t;
    }

    /** A pipeline of its own, apart from the process-wide one (for tests of what loads when). */
    static NlpPipeline load() {
        return new NlpPipeline();
    }

    /** The process-wide pipeline, loaded on the first call. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (LOCK) {
                p = shared;
                if (p == null) {
                    p = new NlpPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    /** How long loading the tokenizer and sentence splitter took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** How long loading the part-of-speech tagger took, in milliseconds; -1 while it is not loaded. */
    public long posLoadMillis() {
        return posMillis;
    }

    /** How long loading SUTime took, in milliseconds; -1 while it is not loaded. */
    public long sutimeLoadMillis() {
        return sutimeMillis;
    }

    /**
     * Annotates a text.
     *
     * @param text    the text
     * @param docDate the document date SUTime resolves relative dates against
     * @return sentences with tokens and POS tags, and the full dates SUTime found
     */
    public TextAnalysis analyse(String text, LocalDate docDate) {
        return analyse(text, docDate, true, s -> true);
    }

    /**
     * Annotates a text, optionally without SUTime (the slowest step).
     *
     * @param text       the text
     * @param docDate    the document date SUTime resolves relative dates against
     * @param withSutime whether to run SUTime
     * @param tagSentence which sentences (by text) need part-of-speech tags; a sentence next to one
     *                    that needs them is tagged too. Untagged tokens carry a null tag.
     * @return sentences with tokens and POS tags, and (with SUTime) the full dates it found
     */
    public TextAnalysis analyse(String text, LocalDate docDate, boolean withSutime, Predicate<String> tagSentence) {
        Annotation ann = new Annotation(text);
        ann.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
        base.annotate(ann);
        List<CoreMap> all = ann.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] wanted = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            CoreMap s = all.get(i);
            String st = text.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            if (tagSentence.test(st)) {
                wanted[i] = true;
                if (i > 0) {
                    wanted[i - 1] = true;
                }
                if (i + 1 < all.size()) {
                    wanted[i + 1] = true;
                }
            }
        }
        List<CoreMap> selected = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (wanted[i] || withSutime) {
                selected.add(all.get(i));
            }
        }
        if (selected.size() == all.size()) {
            pos().annotate(ann);
        } else if (!selected.isEmpty()) {
            Annotation part = new Annotation(text);
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            pos().annotate(part);
        }
        if (withSutime) {
            sutime().annotate(ann);
        }
        List<TextAnalysis.Sentence> sentences = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<TextAnalysis.Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new TextAnalysis.Token(t.beginPosition(), t.endPosition(), t.word(), t.tag()));
            }
            sentences.add(new TextAnalysis.Sentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens));
        }
        List<TextAnalysis.DateHint> dates = new ArrayList<>();
        List<CoreMap> timexes = ann.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap cm : timexes) {
                Timex tx = cm.get(TimeAnnotations.TimexAnnotation.class);
                if (tx == null || !"DATE".equals(tx.timexType()) || tx.value() == null
                        || !FULL_DATE.matcher(tx.value()).matches()) {
                    continue;
                }
                try {
                    dates.add(new TextAnalysis.DateHint(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), LocalDate.parse(tx.value())));
                } catch (DateTimeParseException e) {
                    // SUTime wrote a value that is not a calendar date: skip it
                }
            }
        }
        return new TextAnalysis(sentences, dates);
    }
}
