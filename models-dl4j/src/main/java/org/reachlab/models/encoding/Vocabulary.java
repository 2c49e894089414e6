package org.reachlab.models.encoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A frozen mapping from strings to indices 1..n, with index 0 reserved for anything unknown (unseen
 * in training, or seen too rarely). Immutable.
 */
public final class Vocabulary {

    /** The index of unknown values. */
    public static final int UNKNOWN = 0;

    private final List<String> values;
    private final Map<String, Integer> index;

    /** A vocabulary of the given values, which take indices 1, 2, ... in order. */
    public Vocabulary(List<String> values) {
        this.values = List.copyOf(values);
        this.index = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            if (index.put(values.get(i), i + 1) != null) {
                throw new IllegalArgumentException("duplicate vocabulary value '" + values.get(i) + "'");
            }
        }
    }

    /** The values counted at least {@code minCount} times, in sorted order (so indices do not depend on row order). */
    public static Vocabulary of(Map<String, Integer> counts, int minCount) {
        List<String> kept = new ArrayList<>();
        new TreeMap<>(counts).forEach((k, c) -> {
            if (c >= minCount) {
                kept.add(k);
            }
        });
        return new Vocabulary(kept);
    }

    /** The index of a value, {@link #UNKNOWN} when absent or null. */
    public int indexOf(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        Integer i = index.get(value);
        return i == null ? UNKNOWN : i;
    }

    /** The number of indices including the reserved one: values + 1. */
    public int width() {
        return values.size() + 1;
    }

    /** The known values in index order (index 1 first). */
    public List<String> values() {
        return values;
    }
}
