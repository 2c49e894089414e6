package org.reachlab.data.ingest;

import java.util.List;
import java.util.Map;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.log.EventLog;

/**
 * What an ingest run read and wrote.
 *
 * @param tables      one report per table read (contacts, calls, notes when given)
 * @param log         the accepted attempts, sorted by contact and time
 * @param notes       notes written to the validated notes table (from notes.csv and from call notes)
 * @param featureRows rows of {@code features.csv}, or -1 when it was not written
 * @param seconds     wall time of the run
 * @param phases      wall time of each phase in seconds, in run order (where the time goes)
 * @param events      the accepted behavioural events (empty without an events file, or when none was usable)
 * @param warnings    what the run went on without (an events file with no usable row), one line each
 */
public record IngestResult(List<TableReport> tables, AttemptLog log, long notes, long featureRows, double seconds,
                           Map<String, Double> phases, EventLog events, List<String> warnings) {

    /** Rows rejected over all tables. */
    public long rejected() {
        return tables.stream().mapToLong(TableReport::rejected).sum();
    }
}
