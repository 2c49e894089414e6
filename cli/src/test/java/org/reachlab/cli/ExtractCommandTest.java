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
    void extractReadsGermanAndNorwegian() {
        StringWriter de = new StringWriter();
        assertThat(run(de, new StringWriter(), "extract", "--text", "Bitte nicht vor 10 Uhr anrufen.", "--at",
                "2026-03-03T10:00:00+01:00", "--lang", "de")).isZero();
        assertThat(de.toString()).contains("\"kind\":\"AVOID\"").contains("\"from\":\"08:00\"").contains("\"to\":\"10:00\"");
        StringWriter no = new StringWriter();
        // without --lang the language is read from the words
        assertThat(run(no, new StringWriter(), "extract", "--text", "Hun er på ferie i uke 12.", "--at",
                "2026-03-03T10:00:00+01:00")).isZero();
        assertThat(no.toString()).contains("\"kind\":\"UNAVAILABLE\"").contains("\"dateFrom\":\"2026-03-16\"")
                .contains("\"dateTo\":\"2026-03-20\"");
    }

    @Test
    void failuresNameTheFileLineAndValue() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,at,text\nn1,yesterday,hello\n");
        StringWriter err = new StringWriter();
        // a bad note is rejected, named with its file, line and value, and does not stop the run
        assertThat(run(new StringWriter(), err, "extract", "--notes", bad.toString())).isZero();
        assertThat(err.toString()).contains("bad.csv line 2").contains("'yesterday'")
                .contains("read 1 notes: 0 extracted, 1 rejected");
        StringWriter errFile = new StringWriter();
        assertThat(run(new StringWriter(), errFile, "extract", "--notes", dir.resolve("notes.txt").toString()))
                .isEqualTo(1);
        assertThat(errFile.toString()).contains("notes.txt");
        StringWriter err2 = new StringWriter();
        assertThat(run(new StringWriter(), err2, "extract", "--text", "hi")).isEqualTo(1);
        assertThat(err2.toString()).contains("--at");
        StringWriter err3 = new StringWriter();
        assertThat(run(new StringWriter(), err3, "extract-eval", "--gold", dir.resolve("missing.jsonl").toString()))
                .isEqualTo(1);
        assertThat(err3.toString()).contains("missing.jsonl");
    }

    @Test
    void extractLosesNoNoteAndSaysWhyEachRejectedOneWasRejected() throws Exception {
        String at = "2026-03-03T10:00:00+01:00";
        Path notes = dir.resolve("mixed.jsonl");
        Files.writeString(notes, String.join("\n",
                "{\"id\":\"ok1\",\"at\":\"" + at + "\",\"text\":\"Not before 10.\"}",
                "{\"id\":\"noat\",\"text\":\"Call after 2.\"}",
                "{\"id\":\"badat\",\"at\":\"soon\",\"text\":\"x\"}",
                "{\"id\":\"zone\",\"at\":\"" + at + "\",\"zone\":\"Mars/Base\",\"text\":\"x\"}",
                "{\"id\":\"broken\",",
                "{\"id\":\"fr\",\"at\":\"" + at + "\",\"lang\":\"fr\",\"text\":\"Pas avant 10h.\"}",
                "{\"id\":\"huge\",\"at\":\"" + at + "\",\"text\":\"" + "call after 3pm ".repeat(140_000) + "\"}",
                "{\"id\":\"deep\",\"at\":\"" + at + "\",\"text\":\"" + "[".repeat(2_000) + "\"}",
                "{\"id\":\"ctl\",\"at\":\"" + at + "\",\"text\":\"Call\\u0000me after 3\\u001b pm.\"}",
                "{\"id\":\"ok2\",\"at\":\"" + at + "\",\"text\":\"Sent the deck.\"}") + "\n");
        Path out = dir.resolve("out/signals.jsonl");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "extract", "--notes", notes.toString(), "--out", out.toString())).isZero();

        List<String> lines = Files.readAllLines(out);
        ObjectMapper m = new ObjectMapper();
        assertThat(lines).extracting(l -> m.readTree(l).get("id").asText()).containsExactly("ok1", "ctl", "ok2");
        assertThat(m.readTree(lines.get(1)).get("signals")).isNotEmpty();
        assertThat(err.toString()).contains("read 10 notes: 3 extracted, 7 rejected (bad_json=1, bad_timestamp=1,"
                + " brackets_too_deep=1, missing_at=1, text_too_long=1, unknown_zone=1, unsupported_language=1)");
        Path rejects = dir.resolve("out/signals.rejects.csv");
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVParser.parse(rejects,
                java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            var rows = p.getRecords();
            assertThat(rows).extracting(r -> r.get("line")).containsExactly("2", "3", "4", "5", "6", "7", "8");
            assertThat(rows).extracting(r -> r.get("code")).containsExactly("missing_at", "bad_timestamp", "unknown_zone",
                    "bad_json", "unsupported_language", "text_too_long", "brackets_too_deep");
            assertThat(rows).extracting(r -> r.get("column")).containsExactly("at", "at", "zone", "", "lang", "text",
                    "text");
            assertThat(rows.get(1).get("value")).isEqualTo("soon");
            assertThat(rows.get(4).get("reason")).contains("fr").contains("'fr'");
            assertThat(rows).allSatisfy(r -> assertThat(r.get("file")).endsWith("mixed.jsonl"));
        }
    }

    @Test
    void evidenceIsWrittenWithoutPersonalDataUnlessKept() throws Exception {
        Path notes = dir.resolve("pd.csv");
        Files.writeString(notes, "id,at,text\n"
                + "n1,2026-03-03T10:00:00+01:00,\"Spoke with Anna Larsen: Anna prefers calls after 2 on +49 171 1234567,"
                + " not before 10. Mail anna@larsen.de\"\n");
        Path out = dir.resolve("pd.jsonl");
        assertThat(run(new StringWriter(), new StringWriter(), "extract", "--notes", notes.toString(), "--out",
                out.toString())).isZero();
        String written = Files.readString(out);
        assertThat(written).contains("[PERSON]").doesNotContain("Anna").doesNotContain("1234567")
                .doesNotContain("larsen.de");
        Path kept = dir.resolve("kept.jsonl");
        assertThat(run(new StringWriter(), new StringWriter(), "extract", "--notes", notes.toString(), "--out",
                kept.toString(), "--keep-personal-data")).isZero();
        String keptText = Files.readString(kept);
        assertThat(keptText).contains("Anna");
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(written).get("signals");
        JsonNode b = m.readTree(keptText).get("signals");
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            for (String f : List.of("kind", "days", "from", "to", "dateFrom", "dateTo", "zone", "confidence", "span")) {
                assertThat(a.get(i).get(f)).as(f).isEqualTo(b.get(i).get(f));
            }
        }
    }

    @Test
    void ingestWritesNoEmailOrPhoneOfTheInputIntoTheRunFolder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("contacts.csv"), "contact_id,country,zone,language\nc1,DE,Europe/Berlin,de\n"
                + "c2,NO,Europe/Oslo,no\nc3,GB,Europe/London,en\n");
        Files.writeString(in.resolve("calls.csv"), "attempt_id,contact_id,at,outcome,note\n"
                + "a1,c1,2026-03-03T10:00:00+01:00,no_answer,\"Frau Weber: erreichbar unter 0171 2345678 ab 14 Uhr\"\n");
        Files.writeString(in.resolve("notes.csv"), "id,contact_id,at,text,lang\n"
                + "n1,c1,2026-03-03T10:00:00+01:00,\"Bitte an j.weber@firma.de, Tel. +49 30 1234567\",de\n"
                + "n2,c2,2026-03-03T10:00:00+01:00,\"Ring meg på 912 34 567 etter lunsj, kari@bedrift.no\",no\n"
                + "n3,c3,2026-03-03T10:00:00+00:00,\"Call (020) 7946 0958 or 020 7946 0958, tom@example.co.uk\",en\n"
                + "n4,c9,2026-03-03T10:00:00+00:00,\"unknown contact, mail x@y.com\",en\n");
        Path run = dir.resolve("run");
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "ingest", "--calls", in.resolve("calls.csv").toString(), "--contacts",
                in.resolve("contacts.csv").toString(), "--notes", in.resolve("notes.csv").toString(), "--out",
                run.toString(), "--no-features")).isZero();
        List<String> personal = List.of("j.weber@firma.de", "1234567", "912 34 567", "kari@bedrift.no", "7946 0958",
                "tom@example.co.uk", "2345678", "x@y.com", "Weber");
        for (String f : List.of("notes.csv", "calls.csv", "rejects.csv")) {
            String text = Files.readString(run.resolve(f));
            for (String p : personal) {
                assertThat(text).as(f + " holds " + p).doesNotContain(p);
            }
        }
        assertThat(Files.readString(run.resolve("notes.csv"))).contains("[EMAIL]").contains("[PHONE]")
                .contains("etter lunsj");
        Path kept = dir.resolve("kept");
        assertThat(run(new StringWriter(), new StringWriter(), "ingest", "--calls", in.resolve("calls.csv").toString(),
                "--contacts", in.resolve("contacts.csv").toString(), "--notes", in.resolve("notes.csv").toString(),
                "--out", kept.toString(), "--no-features", "--keep-personal-data")).isZero();
        assertThat(Files.readString(kept.resolve("notes.csv"))).contains("kari@bedrift.no");
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
