package org.reachlab.signals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.text.TextAnalysis;

/**
 * The part-of-speech tagger and SUTime load only when a text first needs them, and what a text
 * gets does not depend on what was loaded before.
 */
class LazyPipelineTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Test
    void taggerAndSutimeLoadOnFirstNeed() {
        NlpPipeline p = NlpPipeline.load();
        assertThat(p.posLoadMillis()).isEqualTo(-1);
        assertThat(p.sutimeLoadMillis()).isEqualTo(-1);

        TextAnalysis plain = p.analyse("Sent the brochure. Nothing else.", DAY, false, s -> false);
        assertThat(plain.sentences()).hasSize(2);
        assertThat(plain.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.pos()).isNull());
        assertThat(p.posLoadMillis()).as("no sentence to tag").isEqualTo(-1);
        assertThat(p.sutimeLoadMillis()).isEqualTo(-1);

        String text = "Not before 10 on Monday. Back on 12 March.";
        TextAnalysis tagged = p.analyse(text, DAY, false, s -> s.contains("Monday"));
        assertThat(p.posLoadMillis()).isGreaterThanOrEqualTo(0);
        assertThat(p.sutimeLoadMillis()).isEqualTo(-1);
        assertThat(tagged.dates()).isEmpty();

        TextAnalysis dated = p.analyse(text, DAY, true, s -> true);
        assertThat(p.sutimeLoadMillis()).isGreaterThanOrEqualTo(0);
        assertThat(dated.dates()).extracting(TextAnalysis.DateHint::date).contains(LocalDate.of(2026, 3, 12));
        // the same as the process-wide pipeline, which may have loaded everything long before
        assertThat(dated).isEqualTo(NlpPipeline.shared().analyse(text, DAY, true, s -> true));
        assertThat(tagged).isEqualTo(NlpPipeline.shared().analyse(text, DAY, false, s -> s.contains("Monday")));
    }
}
