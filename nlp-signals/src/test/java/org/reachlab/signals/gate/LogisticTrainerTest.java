package org.reachlab.signals.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The gate's logistic fit and its weights file, on synthetic data with a fixed seed. */
class LogisticTrainerTest {

    private static List<LogisticTrainer.Example> synthetic(long seed, int n) {
        // true model: z = -0.5 + 2 x0 - 3 x1 (+ 0 x2)
        SplittableRandom r = new SplittableRandom(seed);
        List<LogisticTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {r.nextInt(2), r.nextInt(2), r.nextInt(2)};
            double p = 1 / (1 + Math.exp(-(-0.5 + 2 * x[0] - 3 * x[1])));
            out.add(new LogisticTrainer.Example(x, r.nextDouble() < p));
        }
        return out;
    }

    @Test
    void recoversTheWeightsOfTheModelThatMadeTheData() {
        LogisticModel m = new LogisticTrainer(0.0, 100, 1e-10).train(List.of("a", "b", "c"), synthetic(42, 20_000), 0.5);
        assertThat(m.bias()).isCloseTo(-0.5, Offset.offset(0.15));
        assertThat(m.weights()[0]).isCloseTo(2.0, Offset.offset(0.15));
        assertThat(m.weights()[1]).isCloseTo(-3.0, Offset.offset(0.15));
        assertThat(m.weights()[2]).isCloseTo(0.0, Offset.offset(0.15));
    }

    @Test
    void thePenaltyShrinksTheWeightsAndTheFitIsDeterministic() {
        List<LogisticTrainer.Example> data = synthetic(7, 300);
        LogisticModel loose = new LogisticTrainer(0.0, 100, 1e-10).train(List.of("a", "b", "c"), data, 0.5);
        LogisticModel tight = new LogisticTrainer(50.0, 100, 1e-10).train(List.of("a", "b", "c"), data, 0.5);
        assertThat(Math.abs(tight.weights()[1])).isLessThan(Math.abs(loose.weights()[1]));
        LogisticModel again = new LogisticTrainer(50.0, 100, 1e-10).train(List.of("a", "b", "c"), data, 0.5);
        assertThat(again.weights()).containsExactly(tight.weights());
    }

    @Test
    void refusesDataOfOneClass() {
        List<LogisticTrainer.Example> one = List.of(new LogisticTrainer.Example(new double[] {1}, true));
        assertThatThrownBy(() -> LogisticTrainer.DEFAULT.train(List.of("a"), one, 0.5))
                .hasMessageContaining("both classes").hasMessageContaining("1 positive");
    }

    @Test
    void writesAndReadsItsWeightsAndNamesABadKey() throws Exception {
        LogisticModel m = new LogisticModel(List.of("a", "b"), new double[] {1.25, -0.5}, 0.1, 0.4);
        LogisticModel back = LogisticModel.read(new StringReader(m.toProperties("test")), List.of("a", "b"), "t");
        assertThat(back.weights()).containsExactly(1.25, -0.5);
        assertThat(back.probability(new double[] {1, 0})).isCloseTo(m.probability(new double[] {1, 0}), Offset.offset(1e-9));
        assertThatThrownBy(() -> LogisticModel.read(new StringReader("threshold=0.5\nbias=0\nw.a=1\n"), List.of("a", "b"), "w.properties"))
                .hasMessageContaining("w.properties").hasMessageContaining("w.b");
        assertThatThrownBy(() -> LogisticModel.read(new StringReader("threshold=0.5\nbias=x\nw.a=1\n"), List.of("a"), "w.properties"))
                .hasMessageContaining("bias").hasMessageContaining("'x'");
    }

    @Test
    void theShippedGateVetoesThingsAndKeepsPeople() {
        AvailabilityGate en = AvailabilityGate.shipped(GateCorpus.lexicon("en"));
        List<org.reachlab.signals.text.TextAnalysis.Token> none = List.of();
        assertThat(en.statesAvailability("I'm out of the office until Monday.", none)).isTrue();
        assertThat(en.statesAvailability("Please call me on Thursday after 2.", none)).isTrue();
        assertThat(en.statesAvailability("The new portal will be available to all users from Monday.", none)).isFalse();
        assertThat(en.statesAvailability("Please send me the signed contract by Friday.", none)).isFalse();
    }
}
