package org.reachlab.models.policy.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/**
 * Policy types by name. {@link #standard()} holds every type on the class path that is listed in
 * {@code META-INF/services/org.reachlab.models.policy.registry.PolicyType}; more can be
 * {@link #register}ed. Names are listed in the canonical order {@code uniform, rotation,
 * best-hour, stated-rule, greedy, epsilon-greedy, thompson, segment-oracle, oracle}, then any others alphabetically.
 * Thread-safe.
 */
public final class PolicyRegistry {

    /** The canonical order of the types this project defines. */
    public static final List<String> CANONICAL = List.of("uniform", "rotation", "best-hour", "stated-rule",
            "greedy", "epsilon-greedy", "thompson", "segment-oracle", "oracle");

    private static volatile PolicyRegistry standard;

    private final Map<String, PolicyType> types = new LinkedHashMap<>();

    /** An empty registry. */
    public PolicyRegistry() {
    }

    /** The types found on the class path (loaded once). */
    public static PolicyRegistry standard() {
        PolicyRegistry r = standard;
        if (r == null) {
            synchronized (PolicyRegistry.class) {
                r = standard;
                if (r == null) {
                    r = new PolicyRegistry();
                    for (PolicyType t : ServiceLoader.load(PolicyType.class, PolicyRegistry.class.getClassLoader())) {
                        r.register(t);
                    }
                    standard = r;
                }
            }
        }
        return r;
    }

    /** Adds a type; a type with the same name is replaced. */
    public synchronized PolicyRegistry register(PolicyType type) {
        String n = type.name();
        if (n == null || n.isBlank() || !n.equals(n.toLowerCase(Locale.ROOT)) || n.contains(",") || n.contains(" ")) {
            throw new IllegalArgumentException("a policy type name is lower case without spaces or commas, received '"
                    + n + "'");
        }
        types.put(n, type);
        return this;
    }

    /** The type with that name (case-insensitive, surrounding blanks ignored), if registered. */
    public synchronized Optional<PolicyType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(types.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The type with that name; an {@link UnknownPolicyTypeException} listing the known names otherwise. */
    public PolicyType get(String name) {
        return find(name).orElseThrow(() -> new UnknownPolicyTypeException(String.valueOf(name).trim(), names()));
    }

    /** The registered names, canonical ones first. */
    public synchronized List<String> names() {
        List<String> n = new ArrayList<>(types.keySet());
        n.sort(Comparator.<String>comparingInt(s -> {
            int i = CANONICAL.indexOf(s);
            return i < 0 ? CANONICAL.size() : i;
        }).thenComparing(Comparator.naturalOrder()));
        return n;
    }

    /** The names of the types that pass the test, in {@link #names()} order. */
    public List<String> names(Predicate<PolicyType> test) {
        return types().stream().filter(test).map(PolicyType::name).toList();
    }

    /** The registered types, in {@link #names()} order. */
    public synchronized List<PolicyType> types() {
        return names().stream().map(types::get).toList();
    }
}
