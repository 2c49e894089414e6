package org.reachlab.evaluation.simulation;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.synth.WorldWriter;

/**
 * Writes simulated dials in the standard calls.csv format, numbering attempts in the order they
 * are made ({@code a-0000001}, ...).
 */
public final class CallLogWriter implements Consumer<SimulatedCall>, Closeable {

    /** Columns of calls.csv as written here. */
    public static final List<String> COLUMNS = List.of("attempt_id", "contact_id", "at", "outcome", "channel",
            "rep_id", "duration_s", "meeting_booked", "policy", "propensity");

    private final CSVPrinter printer;
    private long count;

    /** Opens the file and writes the header. */
    public CallLogWriter(Path file) throws IOException {
        this.printer = WorldWriter.printer(file, COLUMNS);
    }

    @Override
    public void accept(SimulatedCall c) {
        count++;
        String id = "a-" + (count < 10_000_000 ? String.format(java.util.Locale.ROOT, "%07d", count) : Long.toString(count));
        try {
            printer.printRecord(id, c.contactId(), c.at().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    c.result().outcome().code(), Channel.PHONE.code(), c.repId(), c.result().durationS(),
                    c.result().meetingBooked(), c.policy(), Double.toString(c.propensity()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write calls", e);
        }
    }

    /** Attempts written so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
