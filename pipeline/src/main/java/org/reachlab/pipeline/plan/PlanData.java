package org.reachlab.pipeline.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.reachlab.data.ingest.CallTable;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.privacy.NoteRedaction;
import org.reachlab.data.time.ZoneResolver;
import org.reachlab.data.domain.Contact;
import org.reachlab.signals.extract.SignalExtractor;

/**
 * A data directory ({@code reachlab ingest} or {@code generate} output) as the planner reads it: the
 * accepted contacts with their calling flags and history before the plan's date, the call log's
 * index for the explanations, the notes' statements, and how many contact rows were left out.
 *
 * @param callees     the accepted contacts as callees, in file order
 * @param log         the live attempts before the date
 * @param notes       what the notes written before the date state
 * @param counts      contact rows read, rejected, and rejected for want of a zone
 */
public record PlanData(List<Callee> callees, CallLogIndex log, NoteStatements notes, Planner.LoadCounts counts) {

    /**
     * Loads the directory's {@code contacts.csv}, {@code calls.csv} and, when present, {@code notes.csv}.
     *
     * @param extractor reads the notes' timing signals, or {@code null} to leave the notes out
     */
    public static PlanData load(Path dir, LocalDate date, SignalExtractor extractor) throws IOException {
        for (String f : List.of("contacts.csv", "calls.csv")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new NoSuchFileException(dir.resolve(f).toString(), null,
                        "expected the output of `reachlab ingest` or `reachlab generate` in " + dir);
            }
        }
        AtomicLong rejected = new AtomicLong();
        AtomicLong withoutZone = new AtomicLong();
        ContactTable contacts = ContactTable.read(dir.resolve("contacts.csv"), ZoneResolver.standard(), r -> {
            if (r.code().equals("zone_required") || r.code().equals("unknown_zone")) {
                withoutZone.incrementAndGet();
            } else {
                rejected.incrementAndGet();
            }
        }, null);
        AttemptLog.Builder b = AttemptLog.builder();
        CallTable.read(dir.resolve("calls.csv"), contacts, r -> { }, null, NoteRedaction.installed(), b, call -> { });
        CallLogIndex index = CallLogIndex.of(b.build(), date);
        List<Callee> callees = new ArrayList<>(contacts.contacts().size());
        for (Contact c : contacts.contacts().values()) {
            callees.add(index.callee(c, contacts.flags(c.id())));
        }
        Path notesFile = dir.resolve("notes.csv");
        NoteStatements notes = extractor != null && Files.isRegularFile(notesFile)
                ? NoteStatements.read(notesFile, contacts, extractor, date) : NoteStatements.none();
        return new PlanData(callees, index, notes, new Planner.LoadCounts(contacts.report().read(), rejected.get(),
                withoutZone.get()));
    }
}
