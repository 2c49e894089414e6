package org.reachlab.signals.language;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Tells the language of a note from its words: each language's lexicon lists stop words
 * ({@code detect.stopwords}: articles, pronouns, prepositions, the commonest note words), letters
 * only it uses ({@code detect.letters}, such as "æøå") and spellings typical of it
 * ({@code detect.fragments}, such as "sch" or "sjon"). A language scores one point per stop word and
 * per typical spelling, and two per such letter; another language than the default wins only with at least two
 * points and more than the default, so a short or neutral text ("OK", "14:00") stays in the default.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class LanguageDetector {

    /** The languages with a lexicon, the default first. */
    public static final List<String> LANGUAGES = List.of("en", "de", "no");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final int MIN_SCORE = 2;
    private static volatile LanguageDetector shared;

    private final Map<String, Set<String>> stopWords = new LinkedHashMap<>();
    private final Map<String, String> letters = new LinkedHashMap<>();
    private final Map<String, Pattern> fragments = new LinkedHashMap<>();

    /**
     * A detector over the given languages' lexicons.
     *
     * @param languages language codes with a lexicon; the first is the default
     * @throws IllegalArgumentException when a language has no lexicon
     */
    public LanguageDetector(List<String> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a language detector needs at least one language");
        }
        for (String l : languages) {
            Lexicon lex = Lexicon.load(l);
            Set<String> words = new HashSet<>();
            for (String w : lex.required("detect.stopwords").split("\\|")) {
                String t = w.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    words.add(t);
                }
            }
            stopWords.put(l, words);
            letters.put(l, lex.optional("detect.letters", ""));
            String f = lex.optional("detect.fragments", "");
            if (!f.isEmpty()) {
                fragments.put(l, Pattern.compile(f));
            }
        }
    }

    /** The detector over {@link #LANGUAGES}, loaded on first use. */
    public static LanguageDetector shared() {
        LanguageDetector d = shared;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                d = shared;
                if (d == null) {
                    d = new LanguageDetector(LANGUAGES);
                    shared = d;
                }
            }
        }
        return d;
    }

    /**
     * The language of a text.
     *
     * @param text the text
     * @return a language code; the default language when no other scores clearly higher
     */
    public String detect(String text) {
        Map<String, Integer> score = new LinkedHashMap<>();
        stopWords.keySet().forEach(l -> score.put(l, 0));
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            String w = m.group();
            for (Map.Entry<String, Set<String>> e : stopWords.entrySet()) {
                if (e.getValue().contains(w)) {
                    score.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            for (Map.Entry<String, String> e : letters.entrySet()) {
                if (e.getValue().indexOf(c) >= 0) {
                    score.merge(e.getKey(), 2, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Pattern> e : fragments.entrySet()) {
            Matcher f = e.getValue().matcher(lower);
            while (f.find()) {
                score.merge(e.getKey(), 1, Integer::sum);
            }
        }
        String fallback = stopWords.keySet().iterator().next();
        String best = fallback;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > score.get(best)) {
                best = e.getKey();
            }
        }
        return score.get(best) >= MIN_SCORE && score.get(best) > score.get(fallback) ? best : fallback;
    }
}
