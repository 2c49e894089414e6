package org.reachlab.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.ProjectFiles;
import org.reachlab.data.ingest.IngestOptions;
import org.reachlab.data.ingest.IngestResult;
import org.reachlab.data.ingest.Ingestion;

class CopenhagenImportTest {

    @TempDir
    Path dir;

    @Test
    void dropsCallsLoggedTwiceAndMapsOutcomes() throws IOException {
        Path in = dir.resolve("calls.csv");
        Files.writeString(in, "timestamp,from,to,duration\n"
                + "100,1,2,60\n"        // answered
                + "160,1,2,60\n"        // the same call logged by the other phone
                + "900,1,2,60\n"        // a new call of the same length, later
                + "200,3,2,-1\n"        // missed
                + "300,2,3,0\n"         // no talk time
                + "x,2,3,0\n");         // bad row
        CopenhagenImport.Summary s = CopenhagenImport.run(in, dir.resolve("out"));
        assertThat(s.read()).isEqualTo(6);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.calls()).isEqualTo(4);
        assertThat(s.connected()).isEqualTo(2);
        assertThat(s.contacts()).isEqualTo(2);
        List<String> calls = Files.readAllLines(dir.resolve("out/calls.csv"));
        assertThat(calls.get(1)).isEqualTo("cph-2,2,2026-02-02T00:01:40+01:00,connected,phone,1,60,60");
        assertThat(calls.get(2)).isEqualTo("cph-5,2,2026-02-02T00:03:20+01:00,no_answer,phone,3,,-1");
    }

    @Test
    void realCallLogImportsAndIngestsWithoutRejects() throws IOException {
        Optional<Path> real = ProjectFiles.shared("data/real/copenhagen-calls/calls.csv");
        Assumptions.assumeTrue(real.isPresent(),
                "skipped: ../shared/data/real/copenhagen-calls/calls.csv is not beside the repository");
        CopenhagenImport.Summary s = CopenhagenImport.run(real.get(), dir);
        assertThat(s.read()).isEqualTo(3600);
        assertThat(s.rejected()).isZero();
        assertThat(s.duplicates()).isBetween(80L, 110L); // the source says about 94
        IngestResult r = Ingestion.standard().run(new IngestOptions(dir.resolve("calls.csv"),
                dir.resolve("contacts.csv"), null, dir.resolve("ingested"), true));
        assertThat(r.rejected()).isZero();
        assertThat(r.log().size()).isEqualTo((int) s.calls());
    }

    @Test
    void textMessagesBecomeEventsOfBothEndsThatAreContacts() throws IOException {
        Path in = dir.resolve("calls.csv");
        Files.writeString(in, "timestamp,from,to,duration\n100,1,2,60\n300,2,3,0\n");
        Path sms = dir.resolve("sms.csv");
        Files.writeString(sms, "timestamp,from,to\n"
                + "50,3,2\n"       // both are contacts: sms_in of 3, sms_out of 2
                + "70,1,2\n"       // 1 was never called: only sms_out of 2
                + "-4,1,2\n");     // bad row
        CopenhagenImport.Summary s = CopenhagenImport.run(in, sms, dir.resolve("out"),
                CopenhagenImport.DEFAULT_EPOCH, CopenhagenImport.DEFAULT_DUPLICATE_WINDOW_S);
        assertThat(s.sms().read()).isEqualTo(3);
        assertThat(s.sms().rejected()).isEqualTo(1);
        assertThat(s.sms().events()).isEqualTo(3);
        assertThat(s.sms().skipped()).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("out/events.csv"))).containsExactly(
                "event_id,contact_id,at,kind,rep_id,source",
                "sms-2-in,3,2026-02-02T00:00:50+01:00,sms_in,2,copenhagen-sms",
                "sms-2-out,2,2026-02-02T00:00:50+01:00,sms_out,3,copenhagen-sms",
                "sms-3-out,2,2026-02-02T00:01:10+01:00,sms_out,1,copenhagen-sms");
        IngestResult r = Ingestion.standard().run(new IngestOptions(dir.resolve("out/calls.csv"),
                dir.resolve("out/contacts.csv"), null, dir.resolve("ingested"), true)
                .withEvents(dir.resolve("out/events.csv")));
        assertThat(r.rejected()).isZero();
        assertThat(r.events().size()).isEqualTo(3);
    }
}
