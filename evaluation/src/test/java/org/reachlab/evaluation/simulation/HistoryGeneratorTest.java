package org.reachlab.evaluation.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.ingest.CallTable;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.ingest.NoteTable;
import org.reachlab.data.ingest.TableReport;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.time.ZoneResolver;

class HistoryGeneratorTest {

    private static final WorldConfig SMALL = WorldFiles.defaults().withContacts(300).withWeeks(4);

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
        HistoryGenerator.generate(SMALL, 42, tmp.resolve("a"));
        HistoryGenerator.generate(SMALL, 42, tmp.resolve("b"));
        HistoryGenerator.generate(SMALL, 43, tmp.resolve("c"));
        List<Path> files = files(tmp.resolve("a"));
        assertThat(files).extracting(Path::toString).contains("calls.csv", "contacts.csv", "notes.csv",
                "world.yaml", "summary.json", "truth/profiles.csv", "truth/events.csv", "truth/statements.csv",
                "truth/contacts.csv");
        assertThat(files(tmp.resolve("b"))).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("c/calls.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a/calls.csv")));
    }

    @Test
    void outputPassesIngestWithZeroRejects(@TempDir Path tmp) throws IOException {
        HistoryGenerator.Generated g = HistoryGenerator.generate(SMALL, 7, tmp);
        List<Rejection> rejects = new ArrayList<>();
        ContactTable contacts = ContactTable.read(tmp.resolve("contacts.csv"), ZoneResolver.standard(), rejects::add, null);
        long[] calls = {0};
        TableReport callReport = CallTable.read(tmp.resolve("calls.csv"), contacts, rejects::add, null, c -> calls[0]++);
        long[] notes = {0};
        TableReport noteReport = NoteTable.read(tmp.resolve("notes.csv"), contacts, rejects::add, (n, row) -> notes[0]++);
        assertThat(rejects).isEmpty();
        assertThat(contacts.contacts()).hasSize(300);
        assertThat(callReport.accepted()).isEqualTo(g.logged().dials()).isEqualTo(calls[0]);
        assertThat(noteReport.accepted()).isEqualTo(g.world().notes().size()).isEqualTo(notes[0]);
        String yaml = Files.readString(tmp.resolve("world.yaml"));
        assertThat(WorldFiles.parse(yaml, "world.yaml")).isEqualTo(g.world().config());
        assertThat(Files.readString(tmp.resolve("summary.json"))).contains("\"oracle\"", "\"contact_rate\"");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
