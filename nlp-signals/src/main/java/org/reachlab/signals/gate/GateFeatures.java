package org.reachlab.signals.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;
import org.reachlab.signals.text.TextAnalysis;

/**
 * Turns one sentence into the gate's features. Word features read the language's
 * {@code gate-words-<lang>.properties} and the rule lexicon's cue words; where the sentence's tokens
 * carry part-of-speech tags (English), the past tense and the subject are read from the tags too.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class GateFeatures {

    /** The feature names, in the order of {@link #features}; the model's weights are keyed by them. */
    public static final List<String> NAMES = List.of(
            "firstPerson", "me", "thirdPerson", "thingSubject", "thing", "pastTime", "pastTense", "hedge",
            "cognition", "conditional", "advice", "deadline", "job", "thingVerb", "available", "request",
            "question", "imperative", "presence", "scheduled", "negatedUntil", "generic", "absenceCue",
            "returnCue", "busyCue", "preferCue", "negationCue", "personBe", "personState", "thingAvailable", "length", "german",
            "norwegian");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "you");
    private static final Set<String> PRESENT_OR_MODAL = Set.of("MD", "VBZ", "VBP");
    private static final Set<String> REPORTING = Set.of("said", "asked", "told", "wrote", "mentioned", "requested",
            "suggested", "indicated", "confirmed", "says");
    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("\\s*'\\s*(?=(?:m|s|ll|re|ve|d|t)\\b)");

    private final String language;
    private final Pattern firstPerson;
    private final Pattern me;
    private final Pattern thirdPerson;
    private final Pattern thing;
    private final Pattern pastTime;
    private final Pattern pastVerb;
    private final Pattern hedge;
    private final Pattern cognition;
    private final Pattern conditional;
    private final Pattern advice;
    private final Pattern deadline;
    private final Pattern job;
    private final Pattern thingVerb;
    private final Pattern available;
    private final Pattern request;
    private final Pattern presence;
    private final Pattern scheduled;
    private final Pattern negatedUntil;
    private final Pattern generic;
    private final Pattern absenceCue;
    private final Pattern returnCue;
    private final Pattern busyCue;
    private final Pattern preferCue;
    private final Pattern negationCue;
    /** Nouns of time, which as a subject state a time, not a thing: "mornings are out". */
    private final Pattern timeNoun;
    private final Pattern personBe;
    /** Words that start a request: "call me", "try him" (a sentence that opens with one is an instruction). */
    private final Pattern imperativeStart;

    /**
     * Reads the gate's words of a language and the cue words of its rule lexicon.
     *
     * @param lex the language's rule lexicon
     * @throws IllegalArgumentException when the language has no {@code gate-words-<lang>.properties}
     * @throws IllegalStateException    when that file lacks a key
     */
    public GateFeatures(Lexicon lex) {
        language = lex.language();
        Properties p = words(language);
        firstPerson = cue(p, "gate.firstPerson");
        me = cue(p, "gate.me");
        thirdPerson = cue(p, "gate.thirdPerson");
        thing = cue(p, "gate.thing");
        pastTime = cue(p, "gate.pastTime");
        pastVerb = cue(p, "gate.pastVerb");
        hedge = cue(p, "gate.hedge");
        cognition = cue(p, "gate.cognition");
        conditional = cue(p, "gate.conditional");
        advice = cue(p, "gate.advice");
        deadline = cue(p, "gate.deadline");
        job = cue(p, "gate.job");
        thingVerb = cue(p, "gate.thingVerb");
        available = cue(p, "gate.available");
        request = cue(p, "gate.request");
        presence = cue(p, "gate.presence");
        scheduled = cue(p, "gate.scheduled");
        negatedUntil = cue(p, "gate.negatedUntil");
        generic = cue(p, "gate.generic");
        absenceCue = lex.cue("cue.absence");
        returnCue = lex.cue("cue.return");
        busyCue = lex.cue("cue.busy");
        preferCue = lex.cue("cue.prefer");
        negationCue = lex.cue("cue.negation");
        timeNoun = Pattern.compile(required(p, "gate.timeNoun"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        personBe = cue(p, "gate.personBe");
        imperativeStart = Pattern.compile("^(?:\\p{L}+\\s*[,:]\\s*)?(?:please\\s+|bitte\\s+|vennligst\\s+)?(?:"
                + p.getProperty("gate.request") + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The language these features read. */
    public String language() {
        return language;
    }

    /**
     * The features of a sentence.
     *
     * @param sentence the sentence as written
     * @param tokens   its tokens; part-of-speech tags may be null (then only words are read)
     * @return one value per name of {@link #NAMES}, each in [0, 1]
     */
    public double[] features(String sentence, List<TextAnalysis.Token> tokens) {
        String s = SPACED_APOSTROPHE.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll("'").strip();
        boolean tagged = tokens.stream().anyMatch(t -> t.pos() != null);
        double[] f = new double[NAMES.size()];
        int i = 0;
        f[i++] = has(firstPerson, s);
        f[i++] = has(me, s);
        f[i++] = has(thirdPerson, s);
        f[i++] = tagged ? thingSubject(tokens) : 0.0;
        f[i++] = has(thing, s);
        f[i++] = has(pastTime, s);
        // tags where the pipeline gives them (English), else the language's past verb forms
        f[i++] = tagged ? pastTense(tokens) : has(pastVerb, s);
        f[i++] = has(hedge, s);
        f[i++] = has(cognition, s);
        f[i++] = has(conditional, s);
        f[i++] = has(advice, s);
        f[i++] = has(deadline, s);
        f[i++] = has(job, s);
        f[i++] = has(thingVerb, s);
        f[i++] = has(available, s);
        f[i++] = has(request, s);
        f[i++] = s.indexOf('?') >= 0 ? 1.0 : 0.0;
        f[i++] = imperativeStart.matcher(s).find() ? 1.0 : 0.0;
        f[i++] = has(presence, s);
        f[i++] = has(scheduled, s);
        f[i++] = has(negatedUntil, s);
        f[i++] = has(generic, s);
        f[i++] = has(absenceCue, s);
        f[i++] = has(returnCue, s);
        f[i++] = has(busyCue, s);
        f[i++] = has(preferCue, s);
        f[i++] = has(negationCue, s);
        double be = has(personBe, s);
        f[i++] = be;
        // a person in a state: "I'm out", "she is free", "we are in Oslo"
        f[i++] = be * Math.max(Math.max(f[NAMES.indexOf("available")], f[NAMES.indexOf("presence")]),
                Math.max(f[NAMES.indexOf("absenceCue")], f[NAMES.indexOf("busyCue")]));
        // a thing available: "the ribbons are available", without a person in a state
        f[i++] = (1 - be) * f[NAMES.indexOf("available")] * Math.max(f[NAMES.indexOf("thing")], f[NAMES.indexOf("thingSubject")]);
        f[i++] = Math.min(tokens.isEmpty() ? s.split("\\s+").length : tokens.size(), 60) / 60.0;
        f[i++] = language.equals("de") ? 1.0 : 0.0;
        f[i] = language.equals("no") ? 1.0 : 0.0;
        return f;
    }

    /**
     * The subject before the first verb is a common noun ("the ribbons are available", "stack manager
     * changes will be available"), not a pronoun, a name or a time ("mornings are out"); nouns after a
     * preposition ("per our discussion, ...") are not the subject.
     */
    private double thingSubject(List<TextAnalysis.Token> tokens) {
        boolean afterPreposition = false;
        for (TextAnalysis.Token t : tokens) {
            String pos = t.pos();
            if (pos == null) {
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (pos.startsWith("VB") || pos.equals("MD")) {
                return 0.0;
            }
            if (pos.startsWith("PRP") && SUBJECT_PRONOUNS.contains(w) || pos.equals("NNP") || pos.equals("NNPS")) {
                return 0.0;
            }
            if (pos.equals("IN") || pos.equals("TO")) {
                afterPreposition = true;
            } else if (pos.equals(",") || pos.equals(":")) {
                afterPreposition = false;
            } else if ((pos.equals("NN") || pos.equals("NNS")) && !afterPreposition && !timeNoun.matcher(w).matches()) {
                return 1.0;
            }
        }
        return 0.0;
    }

    /** A past-tense verb (not one of reported speech) and no present or modal verb in the sentence. */
    private static double pastTense(List<TextAnalysis.Token> tokens) {
        boolean vbd = false;
        for (TextAnalysis.Token t : tokens) {
            String pos = t.pos();
            if (pos == null) {
                continue;
            }
            if (PRESENT_OR_MODAL.contains(pos)) {
                return 0.0;
            }
            if (pos.equals("VBD") && !REPORTING.contains(t.word().toLowerCase(Locale.ROOT))) {
                vbd = true;
            }
        }
        return vbd ? 1.0 : 0.0;
    }

    private static double has(Pattern p, String s) {
        return p.matcher(s).find() ? 1.0 : 0.0;
    }

    private static Pattern cue(Properties p, String key) {
        return Lexicon.words(required(p, key), false);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("gate word list gate-words-" + p.getProperty("#language")
                    + ".properties lacks the key " + key);
        }
        return v.strip();
    }

    private static Properties words(String language) {
        String name = "gate-words-" + language + ".properties";
        try (InputStream in = GateFeatures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no availability-gate word list for language '" + language
                        + "' (looked for resource " + name + ")");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            p.setProperty("#language", language);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
