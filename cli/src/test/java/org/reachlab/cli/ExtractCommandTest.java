package org.reachlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The extract and extract-eval commands: input order, the spec's output, clear failures. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void extractWritesOneLinePerNoteInInputOrder() throws Exception {
        Path csv = dir.resolve("notes.csv");
        Files.writeString(csv, "id,at,text,contact_id,zone\n"
                + "n2,2026-03-03T10:00:00+01:00,Sent the deck.,c1,Europe/Berlin\n"
                + "n1,2026-03-03T10:00:00+01:00,\"Not before 10, but any time after lunch works.\",c2,Europe/Berlin\n");
        Path out = dir.resolve("out/signals.jsonl");
        int code = run(new StringWriter(), new StringWriter(), "extract", "--notes", csv.toString(), "--out", out.toString());
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        ObjectMapper m = new ObjectMapper();
        JsonNode first = m.readTree(lines.get(0));
        JsonNode second = m.readTree(lines.get(1));
        assertThat(first.get("id").asText()).isEqualTo("n2");
        assertThat(first.get("signals")).isEmpty();
        assertThat(second.get("contact_id").asText()).isEqualTo("c2");
        assertThat(second.get("signals")).hasSize(2);
        JsonNode avoid = second.get("signals").get(0);
        assertThat(avoid.get("kind").asText()).isEqualTo("AVOID");
        assertThat(avoid.get("from").asText()).isEqualTo("08:00");
        assertThat(avoid.get("to").asText()).isEqualTo("10:00");
        assertThat(avoid.get("dateFrom").isNull()).isTrue();
        assertThat(avoid.get("span").get(0).asInt()).isZero();
    }

    @Test
    void extractTextPrintsTheSignals() {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "extract", "--text", "OOO until March 10.", "--at", "2026-03-03T10:00:00+01:00");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("\"kind\":\"UNAVAILABLE\"").contains("\"dateFrom\":\"2026-03-03\"")
                .contains("\"dateTo\":\"2026-03-09\"");
    }

    @Test
    void failuresNameTheFileLineAndValue() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,at,text\nn1,yesterday,hello\n");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "extract", "--notes", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv line 2").contains("'yesterday'");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "extract", "--text", "hi")).isEqualTo(1);
        assertThat(err2.toString()).contains("--at");
        StringWriter err3 = new StringWriter();
        assertThat(run(new StringWriter(), err3, "extract-eval", "--gold", dir.resolve("missing.jsonl").toString()))
                .isEqualTo(1);
        assertThat(err3.toString()).contains("missing.jsonl");
    }

    @Test
    void extractEvalWritesASummary() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"g1\",\"at\":\"2026-03-03T10:00:00+01:00\",\"text\":\"Call me tomorrow.\","
                + "\"signals\":[{\"kind\":\"PREFER\",\"days\":[],\"from\":null,\"to\":null,\"dateFrom\":\"2026-03-04\","
                + "\"dateTo\":\"2026-03-04\",\"zone\":null,\"confidence\":1.0,\"text\":\"Call me tomorrow\",\"span\":[0,16]}]}\n"
                + "{\"id\":\"g2\",\"at\":\"2026-03-03T10:00:00+01:00\",\"text\":\"The report is due Friday.\",\"signals\":[]}\n");
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "extract-eval", "--gold", gold.toString(), "--out", dir.resolve("ev").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("mean F1: 1.000").contains("false-alarm rate: 0.000");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("ev/summary.json").toFile());
        assertThat(summary.get("mean_f1").asDouble()).isEqualTo(1.0);
        assertThat(summary.get("notes").asInt()).isEqualTo(2);
    }
}
