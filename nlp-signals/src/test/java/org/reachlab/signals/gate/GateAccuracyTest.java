package org.reachlab.signals.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.SharedData;
import org.reachlab.signals.text.TextAnalysis;

/**
 * How well the shipped gate separates sentences that state availability from those that do not:
 * on its training corpus (a fit check) and on the real email sentences labelled for it by id in
 * {@code real-email-gate-labels.tsv}, which the gate is never fitted on.
 */
class GateAccuracyTest {

    /** Share of training sentences stating availability the gate keeps. */
    static final double TRAIN_KEEP = 0.97;
    /** Share of real email sentences stating availability the gate keeps. */
    static final double REAL_KEEP = 0.95;
    /** Share of real email sentences the rules misread that the gate drops. */
    static final double REAL_DROP = 0.60;
    /**
     * The same two shares on the held-out Parakweet sentences, as their one blind run gave them
     * (71 of 72 kept, 3 of 33 dropped): most of the rules' misreadings there are of kinds the gate
     * has no features for (events, advertisements, plans), so it keeps them.
     */
    static final double HELD_OUT_KEEP = 0.95;
    static final double HELD_OUT_DROP = 0.09;

    record Score(int keptPositive, int positives, int droppedNegative, int negatives, List<String> errors) {
        double keep() {
            return positives == 0 ? 1.0 : (double) keptPositive / positives;
        }

        double drop() {
            return negatives == 0 ? 1.0 : (double) droppedNegative / negatives;
        }

        String summary() {
            return String.format(Locale.ROOT, "kept %d of %d stating availability (%.3f), dropped %d of %d others (%.3f)%s",
                    keptPositive, positives, keep(), droppedNegative, negatives, drop(),
                    errors.isEmpty() ? "" : "\n  " + String.join("\n  ", errors));
        }
    }

    private static Score score(List<GateCorpus.Sentence> sentences) {
        Map<String, AvailabilityGate> gates = new HashMap<>();
        int kp = 0;
        int p = 0;
        int dn = 0;
        int n = 0;
        List<String> errors = new ArrayList<>();
        for (GateCorpus.Sentence s : sentences) {
            AvailabilityGate g = gates.computeIfAbsent(s.language(), l -> AvailabilityGate.shipped(GateCorpus.lexicon(l)));
            double prob = g.probability(s.text(), s.tokens());
            boolean kept = g.statesAvailability(s.text(), s.tokens());
            if (s.label()) {
                p++;
                kp += kept ? 1 : 0;
            } else {
                n++;
                dn += kept ? 0 : 1;
            }
            if (kept != s.label()) {
                errors.add(String.format(Locale.ROOT, "%s %s p=%.2f %s", s.label() ? "dropped" : "kept", s.source(), prob, s.text()));
            }
        }
        return new Score(kp, p, dn, n, errors);
    }

    @Test
    void keepsTheTrainingSentencesThatStateAvailability() throws Exception {
        Score s = score(GateCorpus.sentences());
        System.out.println("gate on its training corpus: " + s.summary());
        assertThat(s.keep()).as(s.summary()).isGreaterThanOrEqualTo(TRAIN_KEEP);
    }

    @Test
    void separatesRealEmailSentencesItWasNotFittedOn() throws Exception {
        Path tsv = SharedData.require("data/real/email-sentences/sentences.tsv");
        Map<String, String> text = new HashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                text.put(f[0], f[2]);
            }
        }
        Score s = score(labelled("real-email-gate-labels.tsv", text));
        System.out.println("gate on the real email sentences: " + s.summary());
        assertThat(s.keep()).as(s.summary()).isGreaterThanOrEqualTo(REAL_KEEP);
        assertThat(s.drop()).as(s.summary()).isGreaterThanOrEqualTo(REAL_DROP);
    }

    @Test
    void separatesHeldOutParakweetSentences() throws Exception {
        Map<String, String> text = new HashMap<>();
        for (String file : List.of("Ask0729-fixed.txt", "testSet-qualifiedBatch-fixed.txt")) {
            Path f = SharedData.require("data/real/parakweet-email-intent/" + file);
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] p = lines.get(i).split("\t", 2);
                if (p.length == 2) {
                    text.put(file + ":" + (i + 1), p[1].strip());
                }
            }
        }
        Score s = score(labelled("parakweet-gate-heldout.tsv", text));
        System.out.println("gate on the held-out Parakweet sentences: " + s.summary());
        assertThat(s.keep()).as(s.summary()).isGreaterThanOrEqualTo(HELD_OUT_KEEP);
        assertThat(s.drop()).as(s.summary()).isGreaterThanOrEqualTo(HELD_OUT_DROP);
    }

    /** The sentences of a label file (id, label), their text looked up by id. */
    private static List<GateCorpus.Sentence> labelled(String resource, Map<String, String> text) throws Exception {
        List<GateCorpus.Sentence> sentences = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GateAccuracyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String t = text.get(f[0]);
                if (t == null) {
                    throw new IllegalStateException(resource + ": id " + f[0] + " is not in the shared data");
                }
                TextAnalysis a = GateCorpus.analyse(t, "en");
                sentences.add(new GateCorpus.Sentence(f[0], "en", t,
                        a.sentences().stream().flatMap(x -> x.tokens().stream()).toList(), f[1].equals("1")));
            }
        }
        return sentences;
    }
}
