package org.reachlab.signals.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The English lexicon's numbered keys and windows, and a missing key named in the failure. */
class LexiconTest {

    private static final Lexicon EN = Lexicon.load("en");

    @Test
    void numberedKeysComeInNumberOrder() {
        assertThat(EN.numbered("date.number")).containsKeys(1, 2, 3, 4, 5, 6, 7).hasSize(7);
        assertThat(EN.numbered("date.number").get(2)).isEqualTo("two|a couple of");
        assertThat(EN.numbered("period")).hasSize(EN.periods().size());
    }

    @Test
    void windowsParseTheirTimes() {
        Lexicon.Period first = EN.windows("date.todayPart").get(0);
        assertThat(first.pattern().matcher("this afternoon").matches()).isTrue();
        assertThat(first.from()).isEqualTo(LocalTime.of(13, 0));
        assertThat(first.to()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void missingKeyIsNamed() {
        assertThatThrownBy(() -> EN.required("cue.nothing")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexicon-en").hasMessageContaining("cue.nothing");
    }
}
