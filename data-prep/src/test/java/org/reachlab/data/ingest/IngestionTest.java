package org.reachlab.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.ProjectFiles;
import org.reachlab.data.io.RejectsWriter;

class IngestionTest {

    @TempDir
    Path out;

    @Test
    void sampleExportLosesNoRowAndExplainsEveryReject() throws IOException {
        IngestResult r = Ingestion.standard().run(new IngestOptions(ProjectFiles.sample("calls.csv"),
                ProjectFiles.sample("contacts.csv"), ProjectFiles.sample("notes.csv"), out, true));

        for (TableReport t : r.tables()) {
            assertThat(t.read()).as(t.table()).isEqualTo(t.accepted() + t.rejected());
        }
        List<CSVRecord> rejects = parse(out.resolve("rejects.csv"));
        assertThat(rejects).hasSize((int) r.rejected());
        assertThat(rejects).allSatisfy(x -> {
            assertThat(x.get("reason")).isNotBlank();
            assertThat(Long.parseLong(x.get("line"))).isGreaterThan(1);
        });
        // what is rejected is what the sample marks as bad, plus the calls of rejected contacts
        assertThat(rejects).filteredOn(x -> !x.get("file").endsWith("notes.csv"))
                .allSatisfy(x -> assertThat(x.get("record").contains("bad-row-example")
                || x.get("code").equals("contact_rejected")).as(x.get("record")).isTrue());
        long marked = 0;
        for (String table : List.of("contacts.csv", "calls.csv")) {
            marked += Files.readAllLines(ProjectFiles.sample(table)).stream()
                    .filter(l -> l.contains("bad-row-example")).count();
        }
        assertThat(rejects.stream().filter(x -> x.get("record").contains("bad-row-example")).count())
                .isEqualTo(marked);

        // validated tables: accepted rows plus a header
        assertThat(Files.readAllLines(out.resolve("contacts.csv"))).hasSize((int) r.tables().get(0).accepted() + 1);
        assertThat(parse(out.resolve("calls.csv"))).hasSize((int) r.tables().get(1).accepted());
        assertThat(parse(out.resolve("features.csv"))).hasSize(r.log().size());
        assertThat(r.log().size()).isEqualTo((int) r.tables().get(1).accepted());

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        JsonNode calls = summary.path("tables").path("calls");
        assertThat(calls.path("read").asLong()).isEqualTo(calls.path("accepted").asLong() + calls.path("rejected").asLong());
        long byReason = 0;
        for (JsonNode n : calls.path("rejected_by_reason")) {
            byReason += n.asLong();
        }
        assertThat(byReason).isEqualTo(calls.path("rejected").asLong());
        assertThat(RejectsWriter.HEADER).startsWith("file", "line", "column", "value", "reason");
    }

    @Test
    void callNotesJoinTheNotesTable() throws IOException {
        Ingestion.standard().run(new IngestOptions(ProjectFiles.sample("calls.csv"),
                ProjectFiles.sample("contacts.csv"), null, out, false));
        List<CSVRecord> notes = parse(out.resolve("notes.csv"));
        assertThat(notes).isNotEmpty().allSatisfy(n -> assertThat(n.get("source")).isEqualTo("call_note"));
        assertThat(notes).anySatisfy(n -> assertThat(n.get("text")).contains("\n"));
        assertThat(out.resolve("features.csv")).doesNotExist();
    }

    private static List<CSVRecord> parse(Path f) throws IOException {
        try (CSVParser p = CSVParser.parse(f, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
