package org.reachlab.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    private final List<Rejection> rejected = new ArrayList<>();

    private Path write(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<CsvRow> readAll(Path f, TableSchema schema) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(f, schema, rejected::add)) {
            r.forEach(rows::add);
            assertThat(r.rowsRead()).isEqualTo(rows.size() + rejected.size());
        }
        return rows;
    }

    @Test
    void emptyFileStopsWithMessageNamingFileAndColumns() throws IOException {
        Path f = write("calls.csv", "");
        assertThatThrownBy(() -> readAll(f, TableSchema.CALLS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("calls.csv")
                .hasMessageContaining("empty")
                .hasMessageContaining("attempt_id");
    }

    @Test
    void headerOnlyGivesNoRows() throws IOException {
        Path f = write("calls.csv", "attempt_id,contact_id,at,outcome\n");
        assertThat(readAll(f, TableSchema.CALLS)).isEmpty();
        assertThat(rejected).isEmpty();
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path f = write("contacts.csv", "\uFEFFcontact_id,country\nc1,DE\n");
        List<CsvRow> rows = readAll(f, TableSchema.CONTACTS);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("contact_id")).isEqualTo("c1");
    }

    @Test
    void crlfLineEndsAreAccepted() throws IOException {
        Path f = write("contacts.csv", "contact_id,country\r\nc1,DE\r\nc2,NO\r\n");
        List<CsvRow> rows = readAll(f, TableSchema.CONTACTS);
        assertThat(rows).extracting(r -> r.get("country")).containsExactly("DE", "NO");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
    }

    @Test
    void headerMatchesWithoutRegardToCaseOrderOrSpace() throws IOException {
        Path f = write("contacts.csv", " Country ,CONTACT_ID,Extra\nDE,c1,x\n");
        CsvTableReader r = CsvTableReader.open(f, TableSchema.CONTACTS, rejected::add);
        assertThat(r.extraColumns(TableSchema.CONTACTS)).containsExactly("extra");
        CsvRow row = r.iterator().next();
        assertThat(row.get("contact_id")).isEqualTo("c1");
        assertThat(row.get("country")).isEqualTo("DE");
        r.close();
    }

    @Test
    void quotedCommasQuotesAndNewlinesKeepLineNumbers() throws IOException {
        Path f = write("notes.csv", "id,contact_id,at,text\n"
                + "n1,c1,2026-03-03T10:00:00+01:00,\"one, two\"\n"
                + "n2,c1,2026-03-03T10:00:00+01:00,\"line one\nline \"\"two\"\"\nline three\"\n"
                + "n3,c1,2026-03-03T10:00:00+01:00,plain\n");
        List<CsvRow> rows = readAll(f, TableSchema.NOTES);
        assertThat(rows).extracting(r -> r.raw("text"))
                .containsExactly("one, two", "line one\nline \"two\"\nline three", "plain");
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 6L);
    }

    @Test
    void blankLinesAreNotRows() throws IOException {
        Path f = write("contacts.csv", "contact_id,country\n\nc1,DE\n\n");
        List<CsvRow> rows = readAll(f, TableSchema.CONTACTS);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(3L);
    }

    @Test
    void oneMegabyteNoteIsRead() throws IOException {
        String big = "x".repeat(1 << 20);
        Path f = write("notes.csv", "id,contact_id,at,text\nn1,c1,2026-03-03T10:00:00+01:00,\"" + big + "\"\n");
        List<CsvRow> rows = readAll(f, TableSchema.NOTES);
        assertThat(rows.get(0).raw("text")).hasSize(1 << 20);
    }

    @Test
    void invalidUtf8RejectsTheRowAndNamesTheColumn() throws IOException {
        byte[] head = "contact_id,country,industry\nc1,DE,it\nc2,DE,".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = "\nc3,NO,retail\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Path f = write("contacts.csv", all);
        List<CsvRow> rows = readAll(f, TableSchema.CONTACTS);
        assertThat(rows).extracting(r -> r.get("contact_id")).containsExactly("c1", "c3");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3L);
            assertThat(r.column()).isEqualTo("industry");
            assertThat(r.code()).isEqualTo("invalid_utf8");
            assertThat(r.record()).contains("c2");
        });
    }

    @Test
    void missingRequiredColumnStopsNamingFileAndColumn() throws IOException {
        Path f = write("calls.csv", "attempt_id,contact_id,outcome\na1,c1,connected\n");
        assertThatThrownBy(() -> readAll(f, TableSchema.CALLS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("calls.csv")
                .hasMessageContaining("'at'");
    }

    @Test
    void semicolonSeparatedFileGetsAHint() throws IOException {
        Path f = write("contacts.csv", "contact_id;country\nc1;DE\n");
        assertThatThrownBy(() -> readAll(f, TableSchema.CONTACTS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("semicolons");
    }

    @Test
    void binaryFileIsNotCsv() throws IOException {
        Path f = write("calls.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        assertThatThrownBy(() -> readAll(f, TableSchema.CALLS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("calls.csv")
                .hasMessageContaining("not a CSV file");
    }

    @Test
    void missingFileNamesTheFile() {
        assertThatThrownBy(() -> readAll(dir.resolve("nope.csv"), TableSchema.CALLS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("nope.csv");
    }

    @Test
    void duplicateKnownColumnInHeaderStops() throws IOException {
        Path f = write("contacts.csv", "contact_id,country,Country\nc1,DE,NO\n");
        assertThatThrownBy(() -> readAll(f, TableSchema.CONTACTS))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("appears twice");
    }

    @Test
    void rowWithMoreFieldsThanHeaderIsRejected() throws IOException {
        Path f = write("contacts.csv", "contact_id,country\nc1,DE\nc2,Oslo, NO\n");
        List<CsvRow> rows = readAll(f, TableSchema.CONTACTS);
        assertThat(rows).hasSize(1);
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("field_count"));
    }
}
