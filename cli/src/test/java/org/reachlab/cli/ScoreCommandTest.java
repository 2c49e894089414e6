package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreCommandTest {

    @Test
    void probabilitiesAreWrittenAsTheFormatterWritesThem() {
        Random r = new Random(5);
        double[] edges = {0, 1, 0.5, 1e-7, 4.9e-7, 5e-7, 0.0000015, 0.1234565, 0.999_999_5, 0.999_999_4, 12.25};
        StringBuilder sb = new StringBuilder();
        for (double v : edges) {
            sb.setLength(0);
            ScoreCommand.num(sb, v);
            assertThat(sb.toString()).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.6f", v));
        }
        int differ = 0;
        for (int i = 0; i < 200_000; i++) {
            double v = r.nextDouble();
            sb.setLength(0);
            ScoreCommand.num(sb, v);
            String f = String.format(Locale.ROOT, "%.6f", v);
            if (!sb.toString().equals(f)) {
                differ++;
                // only where v × 10^6 sits within rounding of a half
                assertThat(Math.abs(Double.parseDouble(sb.toString()) - v)).isLessThanOrEqualTo(5.000001e-7);
            }
        }
        assertThat(differ).isLessThan(5);
    }
}
