package org.reachlab.data.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to ingest and where to write it.
 *
 * @param calls    the calls CSV
 * @param contacts the contacts CSV
 * @param notes    the notes CSV, or {@code null}
 * @param out      the output directory (created when missing)
 * @param features whether to write {@code features.csv}
 */
public record IngestOptions(Path calls, Path contacts, Path notes, Path out, boolean features) {

    public IngestOptions {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(out, "out");
    }
}
