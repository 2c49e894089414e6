package org.reachlab.evaluation.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void keysAreUniqueAndReadBack() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::key).distinct().count())
                .isEqualTo(Metric.values().length);
        for (Metric m : Metric.values()) {
            assertThat(Metric.fromKey(m.key())).isEqualTo(m);
            assertThat(m.label()).isEqualTo(m.key().replace('_', ' '));
        }
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> Metric.fromKey("contactrate"))
                .hasMessageContaining("'contactrate'").hasMessageContaining("contact_rate");
    }

    @Test
    void directions() {
        assertThat(Metric.CONTACT_RATE.higherIsBetter()).isTrue();
        assertThat(Metric.REGRET.higherIsBetter()).isFalse();
        assertThat(Metric.MEAN_ATTEMPTS.direction()).isEqualTo(Metric.Direction.LOWER_IS_BETTER);
    }
}
