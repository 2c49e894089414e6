package org.reachlab.signals.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;

/** Reading notes and writing the spec's JSON. */
class NoteFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsCsvAndJsonlAlike() throws Exception {
        Path csv = dir.resolve("n.csv");
        Files.writeString(csv, "id,at,text,contact_id,zone\nn1,2026-03-03T10:00:00+01:00,\"Call me, please, at 2\",c1,Europe/Berlin\n");
        Path jsonl = dir.resolve("n.jsonl");
        Files.writeString(jsonl, "{\"id\":\"n1\",\"at\":\"2026-03-03T10:00:00+01:00\",\"text\":\"Call me, please, at 2\","
                + "\"contact_id\":\"c1\",\"zone\":\"Europe/Berlin\"}\n");
        List<SignalNote> a = NoteFiles.readNotes(csv);
        List<SignalNote> b = NoteFiles.readNotes(jsonl);
        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(a.get(0).contactId()).isEqualTo("c1");
    }

    @Test
    void badValuesAreNamedWithFileAndLine() throws Exception {
        Path jsonl = dir.resolve("bad.jsonl");
        Files.writeString(jsonl, "{\"id\":\"n1\",\"at\":\"2026-03-03T10:00:00+01:00\",\"text\":\"ok\"}\n"
                + "{\"id\":\"n2\",\"at\":\"2026-03-03 10:00\",\"text\":\"x\"}\n");
        assertThatThrownBy(() -> NoteFiles.readNotes(jsonl)).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("bad.jsonl line 2").hasMessageContaining("2026-03-03 10:00");
        Path zone = dir.resolve("zone.csv");
        Files.writeString(zone, "id,at,text,zone\nn1,2026-03-03T10:00:00+01:00,x,Mars/Base\n");
        assertThatThrownBy(() -> NoteFiles.readNotes(zone)).hasMessageContaining("Mars/Base").hasMessageContaining("line 2");
        Path header = dir.resolve("h.csv");
        Files.writeString(header, "id,text\nn1,x\n");
        assertThatThrownBy(() -> NoteFiles.readNotes(header)).hasMessageContaining("'at'");
        assertThatThrownBy(() -> NoteFiles.readNotes(dir.resolve("notes.txt"))).hasMessageContaining("notes.txt");
    }

    @Test
    void signalsRoundTripThroughTheSpecJson() throws Exception {
        Path own = Path.of("src/test/resources/org/reachlab/signals/labelled-en.jsonl");
        for (LabelledNote l : NoteFiles.readLabelled(own)) {
            String line = SignalJson.line(new NoteSignals(l.note().id(), null, l.expected()));
            List<TimingSignal> back = SignalJson.readSignals(SignalJson.MAPPER.readTree(line).get("signals"), "test");
            assertThat(back).isEqualTo(l.expected());
        }
    }

    @Test
    void outputHasTheSpecFields() throws Exception {
        String line = SignalJson.line(new NoteSignals("n-17", "c-42", List.of()));
        assertThat(line).isEqualTo("{\"id\":\"n-17\",\"contact_id\":\"c-42\",\"signals\":[]}");
    }
}
