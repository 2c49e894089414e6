package org.reachlab.evaluation.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Evidence sources by name. {@link #standard()} holds every source on the class path listed in
 * {@code META-INF/services/org.reachlab.evaluation.evidence.EvidenceSource}; more can be
 * {@link #register}ed. Names are listed in the canonical order {@code notes, history, segment},
 * then any others alphabetically. Thread-safe.
 */
public final class EvidenceSources {

    /** The canonical order of the sources this project defines. */
    public static final List<String> CANONICAL = List.of("notes", "history", "segment");

    private static volatile EvidenceSources standard;

    private final Map<String, EvidenceSource> sources = new LinkedHashMap<>();

    /** An empty registry. */
    public EvidenceSources() {
    }

    /** The sources found on the class path (loaded once). */
    public static EvidenceSources standard() {
        EvidenceSources r = standard;
        if (r == null) {
            synchronized (EvidenceSources.class) {
                r = standard;
                if (r == null) {
                    r = new EvidenceSources();
                    for (EvidenceSource s : ServiceLoader.load(EvidenceSource.class,
                            EvidenceSources.class.getClassLoader())) {
                        r.register(s);
                    }
                    standard = r;
                }
            }
        }
        return r;
    }

    /** Adds a source; a source with the same name is replaced. */
    public synchronized EvidenceSources register(EvidenceSource source) {
        String n = source.name();
        if (n == null || n.isBlank() || !n.equals(n.toLowerCase(Locale.ROOT)) || n.contains(",") || n.contains(" ")) {
            throw new IllegalArgumentException("an evidence source name is lower case without spaces or commas,"
                    + " received '" + n + "'");
        }
        sources.put(n, source);
        return this;
    }

    /** The source with that name (case-insensitive, surrounding blanks ignored), if registered. */
    public synchronized Optional<EvidenceSource> find(String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(sources.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The source with that name; an {@link IllegalArgumentException} listing the known names otherwise. */
    public EvidenceSource get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("unknown evidence source '"
                + String.valueOf(name).trim() + "'; known sources: " + String.join(", ", names())));
    }

    /** The registered names, canonical ones first. */
    public synchronized List<String> names() {
        List<String> n = new ArrayList<>(sources.keySet());
        n.sort(Comparator.<String>comparingInt(s -> {
            int i = CANONICAL.indexOf(s);
            return i < 0 ? CANONICAL.size() : i;
        }).thenComparing(Comparator.naturalOrder()));
        return n;
    }
}
