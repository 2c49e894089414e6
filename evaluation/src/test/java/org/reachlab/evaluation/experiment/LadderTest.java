package org.reachlab.evaluation.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.stats.Estimate;

class LadderTest {

    private static Map<String, Map<Metric, Estimate>> summary(Object... policyAndRate) {
        Map<String, Map<Metric, Estimate>> s = new LinkedHashMap<>();
        for (int i = 0; i < policyAndRate.length; i += 2) {
            double r = (Double) policyAndRate[i + 1];
            s.put((String) policyAndRate[i], Map.of(Metric.CONTACT_RATE,
                    Estimate.meanWithT(new double[] {r - 0.01, r, r + 0.01})));
        }
        return s;
    }

    @Test
    void ordersTheRungsAndMeasuresEachLearnedPolicysClimb(@TempDir Path tmp) throws IOException {
        ExperimentConfig config = ExperimentRunnerTest.tiny(tmp);
        Map<String, Map<Metric, Estimate>> s = summary("oracle", 0.30, "uniform_09_17", 0.14, "rotation", 0.145,
                "best_hour", 0.13, "greedy", 0.18, "epsilon_greedy", 0.17, "thompson", 0.16, "segment_oracle", 0.22,
                "stated_rule", 0.15);
        List<String> order = SeedSummaries.order(s);
        Ladder l = Ladder.of(config, s, order, "stated_rule", "segment_oracle", List.of("a warning"));
        assertThat(l.rungs()).extracting(Ladder.Rung::policy).containsExactly("uniform_09_17", "stated_rule",
                "segment_oracle", "greedy", "epsilon_greedy", "thompson", "oracle");
        Ladder.Rung greedy = l.rung(Ladder.Role.LEARNED);
        assertThat(greedy.policy()).isEqualTo("greedy");
        assertThat(greedy.oracleGapClosed()).isCloseTo((0.18 - 0.14) / (0.30 - 0.14), within(1e-12));
        assertThat(greedy.segmentUpliftShare()).isCloseTo((0.18 - 0.14) / (0.22 - 0.14), within(1e-12));
        assertThat(l.rung(Ladder.Role.ORACLE).oracleGapClosed()).isNaN();
        assertThat(l.rung(Ladder.Role.STATED_RULE).contactRate().value()).isCloseTo(0.15, within(1e-12));
        assertThat(l.warnings()).containsExactly("a warning");
    }

    @Test
    void aTopRungNotAboveTheBaseGivesNoShareAndAMissingBaseIsNamed(@TempDir Path tmp) throws IOException {
        assertThat(Ladder.share(0.2, 0.15, 0.15)).isNaN();
        assertThat(Ladder.share(0.2, 0.15, 0.10)).isNaN();
        assertThat(Ladder.share(0.15, 0.10, 0.20)).isCloseTo(0.5, within(1e-12));
        ExperimentConfig config = ExperimentRunnerTest.tiny(tmp);
        Map<String, Map<Metric, Estimate>> s = summary("oracle", 0.30, "greedy", 0.18, "segment_oracle", 0.22,
                "stated_rule", 0.15);
        Ladder l = Ladder.of(config, s, SeedSummaries.order(s), "stated_rule", "segment_oracle", List.of());
        assertThat(l.rung(Ladder.Role.UNIFORM)).isNull();
        assertThat(l.rung(Ladder.Role.LEARNED).oracleGapClosed()).isNaN();
        assertThat(l.warnings()).singleElement().asString().contains("no uniform 09-17 policy");
    }
}
