package org.reachlab.signals.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's own sentence splitter and tokens, for languages without a CoreNLP model
 * (Norwegian) or where CoreNLP's model is not worth its size (German): a sentence ends at
 * {@code .}, {@code !} or {@code ?} followed by a space, or at an empty line, except after a
 * single letter or one of the language's abbreviations ("ca.", "kl."), and after a number unless a
 * capitalised word other than a month follows ("am 14. März" is one sentence, "nicht vor 10. Danach"
 * two).
 * Tokens carry no part-of-speech tag; no dates are resolved.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PlainTokeniser {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?|\\p{N}+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s)|\\n\\s*\\n");

    private final Set<String> abbreviations;
    private final Set<String> afterNumber;

    /**
     * Creates a tokeniser.
     *
     * @param abbreviations lower-case words whose full stop ends no sentence
     * @param afterNumber   lower-case words that continue a sentence after a number and its full stop (month names)
     */
    public PlainTokeniser(Set<String> abbreviations, Set<String> afterNumber) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.afterNumber = Set.copyOf(afterNumber);
    }

    /**
     * Splits a text into sentences and tokens.
     *
     * @param text the text
     * @return its sentences, without part-of-speech tags or dates
     */
    public TextAnalysis analyse(String text) {
        List<TextAnalysis.Sentence> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.group().charAt(0) == '.' && m.group().length() == 1 && !endsSentence(text, m.start())) {
                continue;
            }
            addSentence(text, start, m.end(), sentences);
            start = m.end();
        }
        addSentence(text, start, text.length(), sentences);
        return new TextAnalysis(sentences, List.of());
    }

    /** True unless the word before the full stop at {@code dot} is a number, a single letter or an abbreviation. */
    private boolean endsSentence(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot);
        if (word.isEmpty()) {
            return true;
        }
        if (Character.isDigit(word.charAt(0))) {
            int n = dot + 1;
            while (n < text.length() && Character.isWhitespace(text.charAt(n))) {
                n++;
            }
            int e = n;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return e > n && Character.isUpperCase(text.charAt(n))
                    && !afterNumber.contains(text.substring(n, e).toLowerCase(Locale.ROOT));
        }
        if (word.length() == 1) {
            return false;
        }
        return !abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addSentence(String text, int from, int to, List<TextAnalysis.Sentence> out) {
        int b = from;
        int e = to;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b >= e) {
            return;
        }
        List<TextAnalysis.Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(b, e);
        while (t.find()) {
            tokens.add(new TextAnalysis.Token(t.start(), t.end(), t.group(), null));
        }
        out.add(new TextAnalysis.Sentence(b, e, tokens));
    }
}
