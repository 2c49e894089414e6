package org.reachlab.signals.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's own sentence splitter: where sentences end, and where a full stop is part of a word. */
class PlainTokeniserTest {

    private static final PlainTokeniser TOKENISER = new PlainTokeniser(Set.of("ca", "kl"), Set.of("märz"));

    private static List<String> sentences(String text) {
        return TOKENISER.analyse(text).sentences().stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsOnly() {
        assertThat(sentences("Er ist im Urlaub. Ab Montag wieder da!  Gut?"))
                .containsExactly("Er ist im Urlaub.", "Ab Montag wieder da!", "Gut?");
    }

    @Test
    void keepsDatesOrdinalsAndAbbreviationsInTheirSentence() {
        assertThat(sentences("Bis 13.03. im Urlaub, ca. zwei Wochen.")).containsExactly("Bis 13.03. im Urlaub, ca. zwei Wochen.");
        assertThat(sentences("Am 14. März auf der Messe.")).containsExactly("Am 14. März auf der Messe.");
        assertThat(sentences("Ring før kl. 10 i dag.")).containsExactly("Ring før kl. 10 i dag.");
    }

    @Test
    void aNumberBeforeACapitalisedWordEndsTheSentence() {
        assertThat(sentences("Nicht vor 10. Danach gerne.")).containsExactly("Nicht vor 10.", "Danach gerne.");
    }

    @Test
    void tokensKeepTheirOffsetsAndHaveNoTags() {
        TextAnalysis a = TOKENISER.analyse("Kl. 14:30 passt.");
        List<TextAnalysis.Token> tokens = a.sentences().get(0).tokens();
        assertThat(tokens).extracting(TextAnalysis.Token::word).containsExactly("Kl", ".", "14", ":", "30", "passt", ".");
        assertThat(tokens).allSatisfy(t -> assertThat(t.pos()).isNull());
        assertThat(a.dates()).isEmpty();
    }
}
