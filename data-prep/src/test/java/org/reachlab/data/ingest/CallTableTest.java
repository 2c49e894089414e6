package org.reachlab.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.time.ZoneResolver;

class CallTableTest {

    @TempDir
    Path dir;

    private final List<Rejection> rejected = new ArrayList<>();
    private final List<AcceptedCall> accepted = new ArrayList<>();
    private ContactTable contacts;

    @BeforeEach
    void contacts() throws IOException {
        Path f = dir.resolve("contacts.csv");
        Files.writeString(f, "contact_id,country,subdivision,zone\nber,DE,,\nchi,US,US-IL,\nbad,US,,\n");
        contacts = ContactTable.read(f, ZoneResolver.standard(), r -> { }, null);
    }

    private TableReport read(String rows) throws IOException {
        Path f = dir.resolve("calls.csv");
        Files.writeString(f, "attempt_id,contact_id,at,outcome,channel,duration_s\n" + rows);
        TableReport r = CallTable.read(f, contacts, rejected::add, dir.resolve("calls.out.csv"), accepted::add);
        assertThat(r.read()).isEqualTo(r.accepted() + r.rejected());
        return r;
    }

    @Test
    void orphanAndRejectedContactsAreRejectedWithTheirReason() throws IOException {
        read("a1,nobody,2026-03-03T10:00:00Z,connected,,\na2,bad,2026-03-03T10:00:00Z,connected,,\n");
        assertThat(rejected).extracting(Rejection::code).containsExactly("unknown_contact", "contact_rejected");
        assertThat(rejected.get(1).reason()).contains("line 4").contains("several time zones");
    }

    @Test
    void unparseableAndOffsetLessTimestampsAreRejected() throws IOException {
        read("a1,ber,2026-03-03 10:00,connected,,\na2,ber,next tuesday,connected,,\n");
        assertThat(rejected).extracting(Rejection::code).containsExactly("no_offset", "bad_timestamp");
        assertThat(rejected).extracting(Rejection::column).containsOnly("at");
        assertThat(rejected.get(1).value()).isEqualTo("next tuesday");
    }

    @Test
    void duplicateAttemptIdKeepsTheFirst() throws IOException {
        TableReport r = read("a1,ber,2026-03-03T10:00:00Z,connected,,\na1,ber,2026-03-04T10:00:00Z,busy,,\n");
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(accepted.get(0).attempt().outcome().code()).isEqualTo("connected");
        assertThat(rejected).singleElement().satisfies(x -> assertThat(x.code()).isEqualTo("duplicate_attempt_id"));
    }

    @Test
    void unknownOutcomeChannelAndMismatchAreRejected() throws IOException {
        read("a1,ber,2026-03-03T10:00:00Z,answered,,\na2,ber,2026-03-03T10:00:00Z,connected,fax,\n"
                + "a3,ber,2026-03-03T10:00:00Z,connected,email,\na4,ber,2026-03-03T10:00:00Z,REPLIED,Email,\n");
        assertThat(rejected).extracting(Rejection::code)
                .containsExactly("unknown_outcome", "unknown_channel", "outcome_channel_mismatch");
        assertThat(accepted).singleElement().satisfies(c -> assertThat(c.attempt().isContact()).isTrue());
    }

    @Test
    void localisesToTheContactsZoneAcrossDst() throws IOException {
        // Berlin springs forward on 2026-03-29 at 01:00Z; Chicago on 2026-03-08 at 08:00Z.
        read("a1,ber,2026-03-29T00:30:00Z,connected,,\na2,ber,2026-03-29T01:30:00Z,connected,,\n"
                + "a3,chi,2026-03-08T07:30:00Z,connected,,\na4,chi,2026-03-08T08:30:00Z,connected,,\n"
                + "a5,ber,2026-10-25T00:30:00Z,connected,,\na6,ber,2026-10-25T01:30:00Z,connected,,\n"
                + "a7,chi,2026-11-01T06:30:00Z,connected,,\na8,chi,2026-11-01T07:30:00Z,connected,,\n");
        assertThat(rejected).isEmpty();
        assertThat(accepted).extracting(c -> c.local().toLocalTime().toString())
                .containsExactly("01:30", "03:30", "01:30", "03:30", "02:30", "02:30", "01:30", "01:30");
        assertThat(accepted).extracting(c -> c.local().getOffset().getId())
                .containsExactly("+01:00", "+02:00", "-06:00", "-05:00", "+02:00", "+01:00", "-05:00", "-06:00");
        assertThat(LocalSlot.of(accepted.get(1).local())).hasToString("SUN-03");
    }

    @Test
    void validatedRowsCarryLocalTimeAndSlot() throws IOException {
        read("a1,chi,2026-03-03T16:00:00Z,connected,,120\n");
        List<String> lines = Files.readAllLines(dir.resolve("calls.out.csv"));
        assertThat(lines.get(0)).startsWith("attempt_id,contact_id,at,local_at,zone,slot,outcome");
        assertThat(lines.get(1)).startsWith("a1,chi,2026-03-03T16:00:00Z,2026-03-03T10:00-06:00,America/Chicago,34,");
    }
}
