package org.reachlab.data.compliance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reachlab.data.config.YamlFiles;
import org.reachlab.data.time.ZoneResolver;

/**
 * Reads calling-rules files. A user's file is merged over the bundled {@code calling-rules.yaml}
 * (maps key by key, lists and values replace the default). An unknown key, a malformed or impossible
 * window, an unknown day, country or region is an error that names the file and the key.
 */
public final class ComplianceFiles {

    /** The bundled rules, beside this class. */
    public static final String DEFAULT_RESOURCE = "calling-rules.yaml";

    /** The name a world file or a command uses for the bundled rules. */
    public static final String BUNDLED = "bundled";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern REGION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

    private ComplianceFiles() {
    }

    /** The bundled rules. */
    public static CallingRules bundled() {
        return convert(YamlFiles.resourceTree(YAML, ComplianceFiles.class, DEFAULT_RESOURCE),
                "bundled " + DEFAULT_RESOURCE);
    }

    /** The bundled rules, or a file's merged over them; {@code null} or {@value #BUNDLED} is the bundled file. */
    public static CallingRules load(String fileOrBundled) {
        return fileOrBundled == null || BUNDLED.equals(fileOrBundled) ? bundled() : load(Path.of(fileOrBundled));
    }

    /** A file's rules merged over the bundled ones. */
    public static CallingRules load(Path file) {
        JsonNode user;
        try {
            user = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ComplianceException("rules file " + file + " does not exist");
        } catch (JsonProcessingException e) {
            throw new ComplianceException("rules file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ComplianceException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
        JsonNode merged = YamlFiles.resourceTree(YAML, ComplianceFiles.class, DEFAULT_RESOURCE);
        if (user != null && !user.isNull() && !user.isMissingNode()) {
            if (!user.isObject()) {
                throw new ComplianceException("rules file " + file + " must be a YAML mapping of keys, received a "
                        + user.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            merge((ObjectNode) merged, (ObjectNode) user);
        }
        return convert(merged, file.toString());
    }

    /** The file as read, before validation: every key the file may hold. */
    record RulesFile(Attempts attempts, @JsonProperty("default") Entry defaults, Map<String, Entry> countries,
                     Map<String, Entry> regions) {
    }

    /** {@code attempts:}. */
    record Attempts(int maxPerWeek, double minGapHours, int pauseAfterConnectDays) {
    }

    /** A default, country or region entry. */
    record Entry(Window window, List<String> days, Boolean holidays) {
    }

    /** {@code window: {from, to}}. */
    record Window(String from, String to) {
    }

    private static CallingRules convert(JsonNode tree, String source) {
        RulesFile f;
        try {
            f = YAML.treeToValue(tree, RulesFile.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ComplianceException("rules file " + source + ": unknown key '" + e.getPropertyName() + "' at "
                    + YamlFiles.path(e) + " (known keys there: " + known + ")", e);
        } catch (InvalidFormatException e) {
            throw new ComplianceException("rules file " + source + ": bad value '" + e.getValue() + "' for key "
                    + YamlFiles.path(e) + " (expected " + e.getTargetType().getSimpleName() + ")", e);
        } catch (MismatchedInputException e) {
            throw new ComplianceException("rules file " + source + ": bad value for key " + YamlFiles.path(e) + ": "
                    + e.getOriginalMessage(), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ComplianceException("cannot read rules file " + source + ": " + e.getMessage(), e);
        }
        if (f.attempts() == null) {
            throw new ComplianceException("rules file " + source + ": key attempts is missing");
        }
        Attempts a = f.attempts();
        if (a.maxPerWeek() < 1) {
            throw bad(source, "attempts.maxPerWeek", "must be at least 1, received " + a.maxPerWeek());
        }
        if (!(a.minGapHours() >= 0 && a.minGapHours() <= 24 * 7)) {
            throw bad(source, "attempts.minGapHours", "must be between 0 and 168, received " + a.minGapHours());
        }
        if (a.pauseAfterConnectDays() < 0) {
            throw bad(source, "attempts.pauseAfterConnectDays", "must be >= 0, received " + a.pauseAfterConnectDays());
        }
        CallingRules.Scope defaults = scope(source, "default", f.defaults());
        if (defaults.window() == null || defaults.days() == null || defaults.holidays() == null) {
            throw bad(source, "default", "needs window, days and holidays");
        }
        Map<String, CallingRules.Scope> countries = new TreeMap<>();
        for (Map.Entry<String, Entry> e : orEmpty(f.countries()).entrySet()) {
            String code = e.getKey();
            if (!ZoneResolver.isCountry(code)) {
                throw bad(source, "countries." + code, "is not an ISO 3166-1 alpha-2 country code (such as DE, NO, US)");
            }
            countries.put(code, scope(source, "countries." + code, e.getValue()));
        }
        Map<String, CallingRules.Scope> regions = new TreeMap<>();
        for (Map.Entry<String, Entry> e : orEmpty(f.regions()).entrySet()) {
            String code = e.getKey();
            Matcher m = REGION.matcher(code);
            if (!m.matches() || !ZoneResolver.isCountry(m.group(1))) {
                throw bad(source, "regions." + code, "is not an ISO 3166-2 subdivision code (such as US-FL, DE-BY)");
            }
            regions.put(code, scope(source, "regions." + code, e.getValue()));
        }
        return new CallingRules(defaults, countries, regions, a.maxPerWeek(),
                (int) Math.round(a.minGapHours() * 60), a.pauseAfterConnectDays(), source);
    }

    private static CallingRules.Scope scope(String source, String key, Entry e) {
        if (e == null) {
            throw bad(source, key, "is empty");
        }
        CallingWindow w = null;
        if (e.window() != null) {
            int from = minute(source, key + ".window.from", e.window().from());
            int to = minute(source, key + ".window.to", e.window().to());
            if (from >= to) {
                throw bad(source, key + ".window", "is impossible: from " + CallingWindow.format(from)
                        + " is not before to " + CallingWindow.format(to));
            }
            if (from >= 1440) {
                throw bad(source, key + ".window.from", "must be before 24:00");
            }
            w = new CallingWindow(from, to);
        }
        Set<DayOfWeek> days = null;
        if (e.days() != null) {
            days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : e.days()) {
                days.add(day(source, key + ".days", d));
            }
        }
        return new CallingRules.Scope(w, days, e.holidays());
    }

    private static int minute(String source, String key, String text) {
        if (text == null) {
            throw bad(source, key, "is missing (expected HH:MM)");
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            throw bad(source, key, "'" + text + "' is not a time of day HH:MM");
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (min > 59 || h > 24 || (h == 24 && min > 0)) {
            throw bad(source, key, "'" + text + "' is not a time of day between 00:00 and 24:00");
        }
        return h * 60 + min;
    }

    private static DayOfWeek day(String source, String key, String d) {
        String u = d == null ? "" : d.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek w : DayOfWeek.values()) {
            if (w.name().startsWith(u) && u.length() >= 3) {
                return w;
            }
        }
        throw bad(source, key, "unknown day '" + d + "' (expected MON, TUE, WED, THU, FRI, SAT, SUN)");
    }

    private static ComplianceException bad(String source, String key, String what) {
        return new ComplianceException("rules file " + source + ": key " + key + " " + what);
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> m) {
        return m == null ? Map.of() : m;
    }

    private static void merge(ObjectNode base, ObjectNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode old = base.get(e.getKey());
            if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode n) {
                merge(o, n);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }
}
