package org.reachlab.signals.text;

import java.time.LocalDate;
import java.util.List;

/**
 * What the language pipeline says about a text: its sentences with tokens and part-of-speech tags,
 * and the calendar dates SUTime resolved.
 *
 * @param sentences the sentences in text order
 * @param dates     the dates SUTime resolved to a full calendar date
 */
public record TextAnalysis(List<Sentence> sentences, List<DateHint> dates) {

    public TextAnalysis {
        sentences = List.copyOf(sentences);
        dates = List.copyOf(dates);
    }

    /**
     * A sentence.
     *
     * @param begin  start offset in the text
     * @param end    end offset (exclusive)
     * @param tokens its tokens
     */
    public record Sentence(int begin, int end, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * A token.
     *
     * @param begin start offset in the text
     * @param end   end offset (exclusive)
     * @param word  the token text
     * @param pos   its Penn Treebank part-of-speech tag
     */
    public record Token(int begin, int end, String word, String pos) { }

    /**
     * A calendar date found by SUTime.
     *
     * @param begin start offset in the text
     * @param end   end offset (exclusive)
     * @param date  the resolved date
     */
    public record DateHint(int begin, int end, LocalDate date) { }
}
