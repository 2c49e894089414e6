package org.reachlab.signals.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.io.Rejection;

/** A note that cannot be read is rejected with its file, line, field, value and reason; the others are read. */
class NoteRejectionsTest {

    @TempDir
    Path dir;

    private static final String AT = "2026-03-03T10:00:00+01:00";

    @Test
    void jsonLinesLoseNoNote() throws Exception {
        Path f = dir.resolve("notes.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\":\"n1\",\"at\":\"" + AT + "\",\"text\":\"Call after 2.\"}",
                "{\"id\":\"n2\",\"text\":\"no time given\"}",
                "{\"id\":\"n3\",\"at\":\"2026-03-03 10:00\",\"text\":\"x\"}",
                "{\"id\":\"n4\",\"at\":\"" + AT + "\",\"text\":\"x\",\"zone\":\"Mars/Base\"}",
                "{\"id\":\"n5\",\"at\":\"" + AT + "\",\"text\":\"broken",
                "[1,2,3]",
                "{\"at\":\"" + AT + "\",\"text\":\"who?\"}",
                "{\"id\":\"n8\",\"at\":\"" + AT + "\"}",
                "",
                "{\"id\":\"n9\",\"at\":\"" + AT + "\",\"text\":\"Mornings are best.\",\"lang\":\"en\"}") + "\n");
        List<Rejection> rejected = new ArrayList<>();
        List<ReadNote> read = NoteFiles.readNotes(f, rejected::add);

        assertThat(read).extracting(r -> r.note().id()).containsExactly("n1", "n9");
        assertThat(read).extracting(ReadNote::line).containsExactly(1L, 10L);
        assertThat(rejected).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(rejected).extracting(Rejection::code).containsExactly("missing_at", "no_offset", "unknown_zone",
                "bad_json", "bad_json", "missing_id", "missing_text");
        assertThat(rejected).extracting(Rejection::column).containsExactly("at", "at", "zone", "", "", "id", "text");
        assertThat(rejected.get(1).value()).isEqualTo("2026-03-03 10:00");
        assertThat(rejected.get(1).reason()).contains("n3").contains("2026-03-03 10:00");
        assertThat(rejected.get(2).value()).isEqualTo("Mars/Base");
        assertThat(rejected).allSatisfy(r -> {
            assertThat(r.file()).endsWith("notes.jsonl");
            assertThat(r.record()).hasSize(1);
            assertThat(r.reason()).isNotBlank();
        });
    }

    @Test
    void csvLosesNoNote() throws Exception {
        Path f = dir.resolve("notes.csv");
        Files.writeString(f, "id,at,text,zone,lang\n"
                + "n1," + AT + ",\"Call me, please, at 2\",Europe/Berlin,en\n"
                + "n2,,no time,,\n"
                + "n3,yesterday,x,,\n"
                + "n4," + AT + ",x,Mars/Base,\n"
                + "," + AT + ",who?,,\n"
                + "n6," + AT + ",x,,,one field too many\n"
                + "n7," + AT + ",\"two\nlines\",,de\n");
        List<Rejection> rejected = new ArrayList<>();
        List<ReadNote> read = NoteFiles.readNotes(f, rejected::add);
        assertThat(read).extracting(r -> r.note().id()).containsExactly("n1", "n7");
        assertThat(read.get(1).note().lang()).isEqualTo("de");
        assertThat(rejected).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(rejected).extracting(Rejection::column).startsWith("at", "at", "zone", "id");
        assertThat(rejected.get(1).value()).isEqualTo("yesterday");
        assertThat(read.size() + rejected.size()).isEqualTo(7);
    }

    @Test
    void theStrictReaderStillStopsAtTheFirstBadNote() throws Exception {
        Path f = dir.resolve("strict.jsonl");
        Files.writeString(f, "{\"id\":\"n1\",\"at\":\"" + AT + "\",\"text\":\"ok\"}\n{\"id\":\"n2\",\"text\":\"x\"}\n");
        assertThatThrownBy(() -> NoteFiles.readNotes(f)).isInstanceOf(NoteFormatException.class)
                .hasMessageContaining("strict.jsonl line 2").hasMessageContaining("n2 lacks 'at'");
    }
}
