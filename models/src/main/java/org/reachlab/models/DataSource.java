package org.reachlab.models;

import java.util.Objects;

/**
 * Where training data came from, for provenance.
 *
 * @param description a path or a name ({@code /data/w1}, {@code generated world seed 1})
 * @param sha256      SHA-256 over the input files (hex), or {@code unknown}
 */
public record DataSource(String description, String sha256) {

    public DataSource {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A source with no files behind it (tests, in-memory data). */
    public static DataSource inMemory(String description) {
        return new DataSource(description, "unknown");
    }
}
