package org.reachlab.signals.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.SharedData;

/**
 * The shipped gate weights are the ones {@link LogisticTrainer#DEFAULT} fits on {@link GateCorpus}:
 * retrains them and compares. {@code -Dgate.write=true} writes the retrained weights over the
 * shipped resource instead of comparing (after changing the corpus, the features or the word lists):
 * {@code mvn -B -o -pl nlp-signals -am -Dtest=GateWeightsTest -Dsurefire.failIfNoSpecifiedTests=false -Dgate.write=true test}.
 */
class GateWeightsTest {

    /**
     * The decision threshold stored with the weights: keep a clause when P(availability) >= 1/3, the
     * Bayes decision when dropping a true signal costs twice as much as keeping a false one (the
     * rules already decide most clauses right; the gate vetoes only on clear evidence).
     */
    static final double THRESHOLD = 1.0 / 3.0;

    @Test
    void shippedWeightsAreTheOnesTheCorpusRetrains() throws Exception {
        List<GateCorpus.Sentence> sentences = GateCorpus.sentences();
        LogisticModel fitted = LogisticTrainer.DEFAULT.train(GateFeatures.NAMES, GateCorpus.examples(sentences), THRESHOLD);
        long positives = sentences.stream().filter(GateCorpus.Sentence::label).count();
        String header = "Availability gate weights, written by GateWeightsTest with -Dgate.write=true; do not edit by hand.\n"
                + "Fitted by LogisticTrainer(lambda=" + LogisticTrainer.DEFAULT.lambda() + ", Newton) on "
                + sentences.size() + " sentences (" + positives + " stating availability):\n"
                + "gate-train.tsv and the sentences with a time word of " + String.join(", ", GateCorpus.NOTE_SETS) + ".";
        String text = fitted.toProperties(header);
        if (Boolean.getBoolean("gate.write")) {
            Path out = SharedData.projectRoot().resolve("nlp-signals/src/main/resources/org/reachlab/signals/gate")
                    .resolve(LogisticModel.RESOURCE);
            Files.writeString(out, text, StandardCharsets.UTF_8);
            System.out.println("wrote " + out + "; run the test again (without gate.write) to check it\n" + text);
            return;
        }
        LogisticModel expected = LogisticModel.read(new StringReader(text), GateFeatures.NAMES, "retrained");
        LogisticModel shipped = LogisticModel.shipped();
        assertThat(shipped.threshold()).isEqualTo(expected.threshold());
        assertThat(shipped.bias()).as("bias").isCloseTo(expected.bias(), org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 0; i < GateFeatures.NAMES.size(); i++) {
            assertThat(shipped.weights()[i]).as("weight of %s (retrain with -Dgate.write=true after changing the corpus)",
                    GateFeatures.NAMES.get(i)).isCloseTo(expected.weights()[i], org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
