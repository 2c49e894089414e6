package org.reachlab.signals.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachlab.data.io.Values;
import org.reachlab.signals.SignalNote;

/**
 * Reads notes from CSV (header with {@code id,at,text} and optionally {@code contact_id,lang,zone})
 * or JSON Lines (one object per line with the same fields), chosen by the file name's ending
 * ({@code .jsonl}/{@code .json}/{@code .ndjson} or {@code .csv}).
 */
public final class NoteFiles {

    private NoteFiles() {
    }

    /**
     * Reads notes in file order.
     *
     * @param file the file
     * @return the notes
     * @throws IOException         when the file cannot be read
     * @throws NoteFormatException when a line is malformed (the message names file, line and value)
     */
    public static List<SignalNote> readNotes(Path file) throws IOException, NoteFormatException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            List<SignalNote> out = new ArrayList<>();
            for (LabelledNote l : readJsonl(file, false)) {
                out.add(l.note());
            }
            return out;
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
                SignalNote note = note(fields, where);
                if (labelled && !o.has("signals")) {
                    throw new NoteFormatException(where + ": a labelled note needs a 'signals' array");
                }
                out.add(new LabelledNote(note, labelled ? SignalJson.readSignals(o.get("signals"), where) : List.of(), n));
            }
        }
        return out;
    }

    private static List<SignalNote> readCsv(Path file) throws IOException, NoteFormatException {
        List<SignalNote> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (String required : List.of("id", "at", "text")) {
                if (!p.getHeaderMap().containsKey(required)) {
                    throw new NoteFormatException(file + " line 1: the header lacks column '" + required
                            + "', received " + p.getHeaderNames());
                }
            }
            for (CSVRecord rec : p) {
                Map<String, String> fields = new HashMap<>();
                for (String h : p.getHeaderNames()) {
                    if (rec.isSet(h)) {
                        fields.put(h, rec.get(h));
                    }
                }
                out.add(note(fields, file + " line " + (rec.getParser().getCurrentLineNumber())));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NoteFormatException(file + ": malformed CSV: " + e.getMessage());
        }
        return out;
    }

    private static SignalNote note(Map<String, String> f, String where) throws NoteFormatException {
        String id = f.get("id");
        if (id == null || id.isBlank()) {
            throw new NoteFormatException(where + ": missing 'id'");
        }
        String atText = f.get("at");
        if (atText == null) {
            throw new NoteFormatException(where + ": note " + id + " lacks 'at'");
        }
        OffsetDateTime at;
        try {
            at = Values.timestamp(atText);
        } catch (Values.BadValue e) {
            throw new NoteFormatException(where + ": note " + id + ": bad 'at' value '" + atText + "': " + e.getMessage());
        }
        String text = f.get("text");
        if (text == null) {
            throw new NoteFormatException(where + ": note " + id + " lacks 'text'");
        }
        ZoneId zone = null;
        String z = f.get("zone");
        if (z != null && !z.isBlank()) {
            try {
                zone = ZoneId.of(z.trim());
            } catch (DateTimeException e) {
                throw new NoteFormatException(where + ": note " + id + ": 'zone' is not an IANA zone id, received '"
                        + z + "'");
            }
        }
        String contact = f.get("contact_id");
        return new SignalNote(id, contact == null || contact.isBlank() ? null : contact, at, text, f.get("lang"), zone);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
