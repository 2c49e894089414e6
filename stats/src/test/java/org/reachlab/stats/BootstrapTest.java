package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void countsAddUpToTheUnits() {
        int[] times = new int[10];
        Bootstrap.drawCounts(new SplittableRandom(1), 7, times);
        int sum = 0;
        for (int t : times) {
            sum += t;
        }
        assertThat(sum).isEqualTo(7);
        assertThat(times[7] + times[8] + times[9]).isZero();
    }

    @Test
    void intervalOfValuesCoversTheMeanAndIsReproducible() {
        double[] v = new SplittableRandom(2).doubles(200).toArray();
        Estimate a = Bootstrap.ofValues(v, x -> java.util.Arrays.stream(x).average().orElse(Double.NaN), 500, 9);
        Estimate b = Bootstrap.ofValues(v, x -> java.util.Arrays.stream(x).average().orElse(Double.NaN), 500, 9);
        assertThat(a).isEqualTo(b);
        assertThat(a.lo()).isLessThan(a.value());
        assertThat(a.hi()).isGreaterThan(a.value());
        assertThat(Bootstrap.ofValues(v, x -> 0, 0, 9).hasInterval()).isFalse();
    }

    @Test
    void intervalLeavesNaNReplicatesOut() {
        Estimate e = Bootstrap.interval(1, new double[] {Double.NaN, 2, 0, Double.NaN}, 4);
        assertThat(e.lo()).isEqualTo(0.05);
        assertThat(Bootstrap.interval(1, new double[] {Double.NaN}, 1).hasInterval()).isFalse();
        assertThat(Bootstrap.interval(1, new double[0], 0).hasInterval()).isFalse();
    }

    @Test
    void clusterBootstrapPairsVariants() {
        int[] cluster = {5, 5, 7, 7, 9, 9, 11, 11};
        double[] a = {1, 0, 1, 1, 0, 0, 1, 0};
        double[] b = {1, 1, 1, 1, 0, 1, 1, Double.NaN};
        ClusterBootstrap.Result r = new ClusterBootstrap(cluster, Map.of("a", a, "b", b)).run(300, 4, "a");
        assertThat(r.clusters()).isEqualTo(4);
        assertThat(r.value().get("a").value()).isEqualTo(0.5);
        assertThat(r.value().get("b").value()).isEqualTo(6.0 / 7);
        assertThat(r.vsReference().get("a").hi()).isZero();
        assertThat(r.vsReference().get("b").value()).isEqualTo(6.0 / 7 - 0.5);
        assertThat(r.value().get("b").n()).isEqualTo(4);
        assertThatThrownBy(() -> new ClusterBootstrap(cluster, Map.of("a", a)).run(10, 1, "c"))
                .hasMessageContaining("reference c");
    }
}
