package org.reachlab.signals.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words of one language that the timing-signal rules match: cue words for each kind, weekday
 * and month names, date words, connectors, vague periods with their windows, and stated zones.
 *
 * <p>Read from {@code lexicon-<lang>.properties} beside this class; a new language is a new file
 * with the same keys. Every value is a regular expression; keys ending in {@code .cs} are matched
 * case-sensitively on the original text, the others on the lower-cased text.
 */
public final class Lexicon {

    /**
     * A vague period word and its window.
     *
     * @param pattern the words, on word boundaries
     * @param from    window start
     * @param to      window end (exclusive)
     */
    public record Period(Pattern pattern, LocalTime from, LocalTime to) { }

    /**
     * A stated zone and its IANA id, or {@code "person"} for the person's own zone.
     *
     * @param pattern the words, on word boundaries
     * @param id      an IANA zone id, or {@code "person"}
     */
    public record Zone(Pattern pattern, String id) { }

    private final String language;
    private final Properties props;
    private final Map<DayOfWeek, String> weekdays = new EnumMap<>(DayOfWeek.class);
    private final Map<Integer, String> months = new TreeMap<>();
    private final List<Period> periods = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();

    private Lexicon(String language, Properties props) {
        this.language = language;
        this.props = props;
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.put(d, required("weekday." + d.name().substring(0, 3)));
        }
        for (int m = 1; m <= 12; m++) {
            months.put(m, required("month." + m));
        }
        periods.addAll(windows("period"));
        List<String> zoneKeys = props.stringPropertyNames().stream().filter(k -> k.startsWith("zone.")).sorted().toList();
        for (String k : zoneKeys) {
            String v = props.getProperty(k);
            int eq = v.lastIndexOf('=');
            zones.add(new Zone(words(v.substring(0, eq), k.endsWith(".cs")), v.substring(eq + 1)));
        }
    }

    /** True when a lexicon exists for the language code (such as {@code en}). */
    public static boolean exists(String language) {
        return language != null && Lexicon.class.getResource(resourceName(language)) != null;
    }

    private static String resourceName(String language) {
        return "lexicon-" + language + ".properties";
    }

    /**
     * Loads the lexicon of a language.
     *
     * @param language a language code such as "en"
     * @return the lexicon
     * @throws IllegalArgumentException when no lexicon exists for the language
     */
    public static Lexicon load(String language) {
        String name = resourceName(language);
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no timing-signal lexicon for language '" + language
                        + "' (looked for resource " + name + ")");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Lexicon(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    /** The language code of this lexicon. */
    public String language() {
        return language;
    }

    /**
     * The value of a key, trimmed.
     *
     * @param key the key
     * @return its value: a regular expression
     * @throws IllegalStateException when the lexicon lacks the key
     */
    public String required(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("lexicon-" + language + " lacks key " + key);
        }
        return v.trim();
    }

    /**
     * The values of the numbered keys {@code <prefix>.<n>}, by number in ascending order.
     *
     * @param prefix the key prefix, such as {@code date.number}
     * @return number to value; empty when there are none
     */
    public Map<Integer, String> numbered(String prefix) {
        Map<Integer, String> out = new TreeMap<>();
        String start = prefix + ".";
        for (String k : props.stringPropertyNames()) {
            if (k.startsWith(start) && k.substring(start.length()).matches("\\d+")) {
                out.put(Integer.parseInt(k.substring(start.length())), required(k));
            }
        }
        return out;
    }

    /**
     * Words with a window, from the numbered keys {@code <prefix>.<n>} whose values read
     * {@code words=HH:MM-HH:MM}, in key order.
     *
     * @param prefix the key prefix, such as {@code period}
     * @return the words and their windows
     * @throws IllegalStateException when a value has no well-formed window
     */
    public List<Period> windows(String prefix) {
        List<Period> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : numbered(prefix).entrySet()) {
            String v = e.getValue();
            int eq = v.lastIndexOf('=');
            String[] w = eq < 0 ? new String[0] : v.substring(eq + 1).split("-");
            if (w.length != 2) {
                throw new IllegalStateException("lexicon-" + language + " key " + prefix + "." + e.getKey()
                        + ": expected words=HH:MM-HH:MM, received '" + v + "'");
            }
            Pattern words = prefix.equals("period") ? periodWords(v.substring(0, eq)) : words(v.substring(0, eq), false);
            out.add(new Period(words, LocalTime.parse(w[0]), LocalTime.parse(w[1])));
        }
        return out;
    }

    /**
     * The value of a key that only some languages need, trimmed.
     *
     * @param key      the key
     * @param fallback the value when the lexicon lacks the key
     * @return its value, or {@code fallback}
     */
    public String optional(String key, String fallback) {
        String v = props.getProperty(key);
        return v == null ? fallback : v.trim();
    }

    /**
     * True when the language's text is read by the module's own sentence splitter and tokens
     * ({@code text.analyser=plain}): no part-of-speech tags and no SUTime dates. Languages without
     * the key use CoreNLP.
     */
    public boolean plainText() {
        return "plain".equals(optional("text.analyser", "corenlp"));
    }

    /**
     * The second parts of compounds that begin with a weekday ("Montagvormittag"): a weekday
     * followed by one of them is still read as a weekday. Empty when the language writes them apart.
     */
    public String compoundTail() {
        return optional("compound.tail", "");
    }

    /**
     * A period's words on word boundaries; where the language writes a weekday and a period as one
     * word ({@code compound.head}, such as "tag" in "Montagvormittag"), also right after that head.
     */
    private Pattern periodWords(String alternatives) {
        String head = optional("compound.head", "");
        if (head.isEmpty()) {
            return words(alternatives, false);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}](?<!" + head + "))(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A cue pattern: the alternatives of the key, on word boundaries. */
    public Pattern cue(String key) {
        return words(required(key), key.endsWith(".cs"));
    }

    /** Each weekday's words (alternatives of a regular expression). */
    public Map<DayOfWeek, String> weekdays() {
        return weekdays;
    }

    /** Each month's words, by month number 1 to 12. */
    public Map<Integer, String> months() {
        return months;
    }

    /** The vague periods with their windows, longest words first. */
    public List<Period> periods() {
        return periods;
    }

    /** The stated zones, in key order. */
    public List<Zone> zones() {
        return zones;
    }

    /** True when weekday abbreviations are only read with a capital letter ("Tue", never "sat"). */
    public boolean abbrevCapital() {
        return Boolean.parseBoolean(props.getProperty("weekday.abbrevCapital", "false"));
    }

    /** Wraps alternatives in word boundaries. */
    public static Pattern words(String alternatives, boolean caseSensitive) {
        String re = "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])";
        return caseSensitive ? Pattern.compile(re) : Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
