package org.reachlab.signals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.InputFormatException;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.io.Values;
import org.reachlab.signals.SignalNote;

/**
 * Reads notes from CSV (header with {@code id,at,text} and optionally {@code contact_id,lang,zone})
 * or JSON Lines (one object per line with the same fields), chosen by the file name's ending
 * ({@code .jsonl}/{@code .json}/{@code .ndjson} or {@code .csv}).
 *
 * <p>As ingest treats rows, {@link #readNotes(Path, Consumer)} treats notes: a note that cannot be
 * read (a broken JSON line, a missing id, {@code at} or text, a bad timestamp, an unknown zone) is
 * rejected with its file, line, field, value and reason, and the others are read.
 */
public final class NoteFiles {

    private NoteFiles() {
    }

    /** The columns a notes CSV must have, and those it may have. */
    static final TableSchema SCHEMA = new TableSchema("notes", List.of("id", "at", "text"),
            List.of("contact_id", "lang", "zone"));

    /**
     * Reads notes in file order, stopping at the first note that cannot be read.
     *
     * @param file the file
     * @return the notes
     * @throws IOException         when the file cannot be read
     * @throws NoteFormatException when the file or a note is malformed (the message names file, line and value)
     */
    public static List<SignalNote> readNotes(Path file) throws IOException, NoteFormatException {
        List<Rejection> rejected = new ArrayList<>();
        List<ReadNote> read = readNotes(file, rejected::add);
        if (!rejected.isEmpty()) {
            Rejection r = rejected.get(0);
            throw new NoteFormatException(r.file() + " line " + r.line() + ": " + r.reason());
        }
        return read.stream().map(ReadNote::note).toList();
    }

    /**
     * Reads notes in file order; a note that cannot be read goes to {@code rejects} with its file,
     * line, field, value and reason, and reading goes on. Every note of the file ends up in exactly
     * one of the returned list and the rejects.
     *
     * @param file    the file
     * @param rejects receives every note that cannot be read
     * @return the notes that could be read
     * @throws IOException         when the file cannot be read
     * @throws NoteFormatException when the file as a whole is not a notes file (its name's ending, a
     *                             CSV header without a required column, not CSV at all)
     */
    public static List<ReadNote> readNotes(Path file, Consumer<Rejection> rejects)
            throws IOException, NoteFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file, rejects);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return readJsonNotes(file, rejects);
        }
        throw new NoteFormatException(file + ": cannot tell the format from the name; expected a name ending in"
                + " .csv or .jsonl, received '" + file.getFileName() + "'");
    }

    /**
     * Reads labelled notes (JSON Lines with a {@code signals} array per line).
     *
     * @param file the file
     * @return the labelled notes
     * @throws IOException         when the file cannot be read
     * @throws NoteFormatException when a line is malformed
     */
    public static List<LabelledNote> readLabelled(Path file) throws IOException, NoteFormatException {
        return readJsonl(file, true);
    }

    private static List<ReadNote> readJsonNotes(Path file, Consumer<Rejection> rejects) throws IOException {
        List<ReadNote> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> record = List.of(line);
                JsonNode o;
                try {
                    o = SignalJson.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    rejects.accept(new Rejection(file.toString(), n, "", abbreviate(line), "bad_json",
                            "not a JSON object: " + e.getOriginalMessage(), record));
                    continue;
                }
                if (o == null || !o.isObject()) {
                    rejects.accept(new Rejection(file.toString(), n, "", abbreviate(line), "bad_json",
                            "expected a JSON object, received " + abbreviate(line), record));
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                o.fields().forEachRemaining(e -> {
                    if (!e.getValue().isContainerNode() && !e.getValue().isNull()) {
                        fields.put(e.getKey(), e.getValue().asText());
                    }
                });
                try {
                    out.add(new ReadNote(note(fields), file.toString(), n, record));
                } catch (BadNote bad) {
                    rejects.accept(new Rejection(file.toString(), n, bad.column, bad.value, bad.code, bad.getMessage(),
                            record));
                }
            }
        }
        return out;
    }

    private static List<LabelledNote> readJsonl(Path file, boolean labelled) throws IOException, NoteFormatException {
        List<LabelledNote> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + " line " + n;
                JsonNode o;
                try {
                    o = SignalJson.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new NoteFormatException(where + ": not a JSON object: " + e.getOriginalMessage());
                }
                if (!o.isObject()) {
                    throw new NoteFormatException(where + ": expected a JSON object, received " + abbreviate(line));
                }
                Map<String, String> fields = new HashMap<>();
                o.fields().forEachRemaining(e -> {
                    if (!e.getValue().isContainerNode() && !e.getValue().isNull()) {
                        fields.put(e.getKey(), e.getValue().asText());
                    }
                });
                SignalNote note;
                try {
                    note = note(fields);
                } catch (BadNote bad) {
                    throw new NoteFormatException(where + ": " + bad.getMessage());
                }
                if (labelled && !o.has("signals")) {
                    throw new NoteFormatException(where + ": a labelled note needs a 'signals' array");
                }
                out.add(new LabelledNote(note, labelled ? SignalJson.readSignals(o.get("signals"), where) : List.of(), n));
            }
        }
        return out;
    }

    private static List<ReadNote> readCsv(Path file, Consumer<Rejection> rejects) throws NoteFormatException {
        List<ReadNote> out = new ArrayList<>();
        try (CsvTableReader reader = CsvTableReader.open(file, SCHEMA, rejects)) {
            List<String> columns = new ArrayList<>();
            for (String h : reader.header()) {
                columns.add(h.trim().toLowerCase(Locale.ROOT));
            }
            for (CsvRow row : reader) {
                Map<String, String> fields = new HashMap<>();
                for (String c : columns) {
                    if (row.index().containsKey(c) && row.index().get(c) < row.values().size()) {
                        fields.put(c, row.raw(c));
                    }
                }
                try {
                    out.add(new ReadNote(note(fields), row.file(), row.line(), row.values()));
                } catch (BadNote bad) {
                    rejects.accept(new Rejection(row.file(), row.line(), bad.column, bad.value, bad.code,
                            bad.getMessage(), row.values()));
                }
            }
        } catch (InputFormatException e) {
            throw new NoteFormatException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new NoteFormatException(file + ": not a readable CSV file: " + e.getMessage());
        }
        return out;
    }

    /** A note that cannot be read: the field, its value, a code and a reason. */
    private static final class BadNote extends Exception {
        private static final long serialVersionUID = 1L;
        private final String column;
        private final String value;
        private final String code;

        BadNote(String column, String value, String code, String reason) {
            super(reason);
            this.column = column;
            this.value = value == null ? "" : value;
            this.code = code;
        }
    }

    private static SignalNote note(Map<String, String> f) throws BadNote {
        String id = f.get("id");
        if (id == null || id.isBlank()) {
            throw new BadNote("id", id, "missing_id", "missing 'id'");
        }
        String atText = f.get("at");
        if (atText == null || atText.isBlank()) {
            throw new BadNote("at", atText, "missing_at", "note " + id + " lacks 'at'");
        }
        OffsetDateTime at;
        try {
            at = Values.timestamp(atText);
        } catch (Values.BadValue e) {
            throw new BadNote("at", atText, e.code(), "note " + id + ": bad 'at' value '" + atText + "': "
                    + e.getMessage());
        }
        String text = f.get("text");
        if (text == null) {
            throw new BadNote("text", null, "missing_text", "note " + id + " lacks 'text'");
        }
        ZoneId zone = null;
        String z = f.get("zone");
        if (z != null && !z.isBlank()) {
            try {
                zone = ZoneId.of(z.trim());
            } catch (DateTimeException e) {
                throw new BadNote("zone", z, "unknown_zone", "note " + id
                        + ": 'zone' is not an IANA zone id, received '" + z + "'");
            }
        }
        String contact = f.get("contact_id");
        return new SignalNote(id, contact == null || contact.isBlank() ? null : contact, at, text, f.get("lang"), zone);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
