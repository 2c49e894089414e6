package org.reachlab.signals.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** A vague period word and its window. */
    record Period(Pattern pattern, LocalTime from, LocalTime to) { }

    /** A stated zone and its IANA id, or {@code "person"} for the person's own zone. */
    record Zone(Pattern pattern, String id) { }

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
        List<String> periodKeys = props.stringPropertyNames().stream().filter(k -> k.matches("period\\.\\d+"))
                .sorted(Comparator.comparingInt(k -> Integer.parseInt(k.substring("period.".length())))).toList();
        for (String k : periodKeys) {
            String v = props.getProperty(k);
            int eq = v.lastIndexOf('=');
            String[] w = v.substring(eq + 1).split("-");
            periods.add(new Period(words(v.substring(0, eq), false), LocalTime.parse(w[0]), LocalTime.parse(w[1])));
        }
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

    String required(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("lexicon-" + language + " lacks key " + key);
        }
        return v.trim();
    }

    String alternatives(String key) {
        return required(key);
    }

    /** A cue pattern: the alternatives of the key, on word boundaries. */
    Pattern cue(String key) {
        return words(required(key), key.endsWith(".cs"));
    }

    Map<DayOfWeek, String> weekdays() {
        return weekdays;
    }

    Map<Integer, String> months() {
        return months;
    }

    List<Period> periods() {
        return periods;
    }

    List<Zone> zones() {
        return zones;
    }

    boolean abbrevCapital() {
        return Boolean.parseBoolean(props.getProperty("weekday.abbrevCapital", "false"));
    }

    /** Wraps alternatives in word boundaries. */
    static Pattern words(String alternatives, boolean caseSensitive) {
        String re = "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])";
        return caseSensitive ? Pattern.compile(re) : Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
