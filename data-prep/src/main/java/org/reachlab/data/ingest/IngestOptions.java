package org.reachlab.data.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.reachlab.data.privacy.NoteRedaction;

/**
 * What to ingest and where to write it.
 *
 * @param calls    the calls CSV
 * @param contacts the contacts CSV
 * @param notes    the notes CSV, or {@code null}
 * @param out      the output directory (created when missing)
 * @param features  whether to write {@code features.csv}
 * @param redaction what note text goes through before it is written (notes.csv, and every value of
 *                  a rejected row in rejects.csv)
 * @param events    the behavioural events CSV, or {@code null}
 */
public record IngestOptions(Path calls, Path contacts, Path notes, Path out, boolean features,
                            NoteRedaction redaction, Path events) {

    public IngestOptions {
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(redaction, "redaction");
    }

    /** Options without an events file. */
    public IngestOptions(Path calls, Path contacts, Path notes, Path out, boolean features, NoteRedaction redaction) {
        this(calls, contacts, notes, out, features, redaction, null);
    }

    /** The same options with an events file ({@code null} for none). */
    public IngestOptions withEvents(Path file) {
        return new IngestOptions(calls, contacts, notes, out, features, redaction, file);
    }

    /** Options that write note text with its personal data replaced ({@link NoteRedaction#installed()}). */
    public IngestOptions(Path calls, Path contacts, Path notes, Path out, boolean features) {
        this(calls, contacts, notes, out, features, NoteRedaction.installed());
    }
}
