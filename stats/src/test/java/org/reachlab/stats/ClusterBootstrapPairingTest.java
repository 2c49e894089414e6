package org.reachlab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClusterBootstrapPairingTest {

    @Test
    void intervalsCoverTheEstimateArePairedAndRepeatable() {
        int dials = 2000;
        int[] contact = new int[dials];
        double[] a = new double[dials];
        double[] b = new double[dials];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < dials; i++) {
            contact[i] = 1000 + i % 400;
            a[i] = r.nextDouble() < 0.2 ? 1 : 0;
            b[i] = i % 10 == 0 ? Double.NaN : a[i] + 0.05;
        }
        Map<String, double[]> terms = new LinkedHashMap<>();
        terms.put("a", a);
        terms.put("b", b);
        terms.put("same", a.clone());
        ClusterBootstrap.Result x = new ClusterBootstrap(contact, terms).run(500, 7, "a");
        ClusterBootstrap.Result y = new ClusterBootstrap(contact, terms).run(500, 7, "a");
        assertThat(y).isEqualTo(x);
        assertThat(x.clusters()).isEqualTo(400);
        Estimate va = x.value().get("a");
        assertThat(va.value()).isBetween(va.lo(), va.hi());
        // a binomial mean over 2000 dials: the interval is about +-1.8 points wide
        assertThat(va.hi() - va.lo()).isBetween(0.02, 0.05);
        // a policy identical to the reference has no uncertainty in the paired difference
        Estimate same = x.vsReference().get("same");
        assertThat(same.lo()).isCloseTo(0, within(1e-12));
        assertThat(same.hi()).isCloseTo(0, within(1e-12));
        // b is a + 0.05 on the dials it counts: the paired difference is far narrower than either interval
        Estimate d = x.vsReference().get("b");
        assertThat(d.hi() - d.lo()).isLessThan((va.hi() - va.lo()) / 2);
        assertThat(d.value()).isCloseTo(0.05, within(0.01));
    }
}
