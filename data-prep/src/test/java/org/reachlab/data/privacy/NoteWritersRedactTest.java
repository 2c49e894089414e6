package org.reachlab.data.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Note;
import org.reachlab.data.domain.NoteSource;
import org.reachlab.data.ingest.IngestOptions;
import org.reachlab.data.ingest.Ingestion;
import org.reachlab.data.synth.WorldWriter;

/** Every writer of note text sends it through the redaction, unless told to keep it. */
class NoteWritersRedactTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Mail me at kari@example.no after lunch";

    @Test
    void theWorldsNotesAreRedactedUnlessKept() throws IOException {
        List<Note> notes = List.of(new Note("n1", "c1", OffsetDateTime.parse("2026-03-03T10:00:00+01:00"), TEXT,
                NoteSource.EMAIL_IN, "no"));
        WorldWriter.writeNotes(notes, dir.resolve("notes.csv"));
        assertThat(Files.readString(dir.resolve("notes.csv"))).contains("Mail me at [EMAIL] after lunch")
                .doesNotContain("kari@");
        WorldWriter.writeNotes(notes, dir.resolve("kept.csv"), NoteRedaction.KEEP);
        assertThat(Files.readString(dir.resolve("kept.csv"))).contains(TEXT);
    }

    @Test
    void ingestRedactsNotesCallNotesAndRejectedRows() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("contacts.csv"), "contact_id,country,zone,language\nc1,NO,Europe/Oslo,no\n");
        Files.writeString(in.resolve("calls.csv"), "attempt_id,contact_id,at,outcome,note\n"
                + "a1,c1,2026-03-03T10:00:00+01:00,no_answer,\"" + TEXT + "\"\n");
        Files.writeString(in.resolve("notes.csv"), "id,contact_id,at,text\n"
                + "n1,c1,2026-03-03T10:00:00+01:00,\"" + TEXT + "\"\n"
                + "n2,c1,yesterday,\"" + TEXT + "\"\n");
        Path out = dir.resolve("out");
        Ingestion.standard().run(new IngestOptions(in.resolve("calls.csv"), in.resolve("contacts.csv"),
                in.resolve("notes.csv"), out, false));
        for (String f : List.of("notes.csv", "calls.csv", "rejects.csv")) {
            assertThat(Files.readString(out.resolve(f))).as(f).doesNotContain("kari@").contains("[EMAIL]");
        }
        Path kept = dir.resolve("kept");
        Ingestion.standard().run(new IngestOptions(in.resolve("calls.csv"), in.resolve("contacts.csv"),
                in.resolve("notes.csv"), kept, false, NoteRedaction.KEEP));
        assertThat(Files.readString(kept.resolve("notes.csv"))).contains(TEXT);
    }
}
