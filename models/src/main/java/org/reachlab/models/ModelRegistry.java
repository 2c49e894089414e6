package org.reachlab.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Model families by name. {@link #standard()} holds every family on the class path that is listed
 * in {@code META-INF/services/org.reachlab.models.ModelFamily}; more can be {@link #register}ed.
 * Names are listed in the canonical order {@code fixed, global, segment, bayes, logistic, neural,
 * constant, contact},
 * then any others alphabetically. Thread-safe.
 */
public final class ModelRegistry {

    /** The canonical order of the families this project defines. */
    public static final List<String> CANONICAL = List.of("fixed", "global", "segment", "bayes", "logistic", "neural",
            "constant", "contact");

    private static volatile ModelRegistry standard;

    private final Map<String, ModelFamily> families = new LinkedHashMap<>();

    /** An empty registry. */
    public ModelRegistry() {
    }

    /** The families found on the class path (loaded once). */
    public static ModelRegistry standard() {
        ModelRegistry r = standard;
        if (r == null) {
            synchronized (ModelRegistry.class) {
                r = standard;
                if (r == null) {
                    r = new ModelRegistry();
                    for (ModelFamily f : ServiceLoader.load(ModelFamily.class, ModelRegistry.class.getClassLoader())) {
                        r.register(f);
                    }
                    standard = r;
                }
            }
        }
        return r;
    }

    /** Adds a family; a family with the same name is replaced. */
    public synchronized ModelRegistry register(ModelFamily family) {
        String n = family.name();
        if (!n.equals(n.toLowerCase(Locale.ROOT)) || n.isBlank() || n.contains(",") || n.contains(" ")) {
            throw new IllegalArgumentException("a family name is lower case without spaces or commas, received '" + n + "'");
        }
        families.put(n, family);
        return this;
    }

    /** The family with that name (case-insensitive), if registered. */
    public synchronized Optional<ModelFamily> find(String name) {
        return Optional.ofNullable(families.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The family with that name; an {@link UnknownFamilyException} listing the known names otherwise. */
    public ModelFamily get(String name) {
        return find(name).orElseThrow(() -> new UnknownFamilyException(name.trim(), names()));
    }

    /** Parses a comma-separated list of names ({@code fixed,global,bayes}); duplicates are dropped. */
    public List<ModelFamily> parse(String commaSeparated) {
        List<ModelFamily> out = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            ModelFamily f = get(s);
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no model named; known models: " + String.join(", ", names()));
        }
        return out;
    }

    /** The registered names, canonical ones first. */
    public synchronized List<String> names() {
        List<String> n = new ArrayList<>(families.keySet());
        n.sort(Comparator.<String>comparingInt(s -> {
            int i = CANONICAL.indexOf(s);
            return i < 0 ? CANONICAL.size() : i;
        }).thenComparing(Comparator.naturalOrder()));
        return n;
    }

    /** The registered families, in {@link #names()} order. */
    public synchronized List<ModelFamily> families() {
        return names().stream().map(families::get).toList();
    }
}
