package org.reachlab.signals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.TimingSignal;

/** The spec's JSON form of signals: one object per note with a {@code signals} array. */
public final class SignalJson {

    /** The shared mapper. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private SignalJson() {
    }

    /**
     * One output line for a note.
     *
     * @param ns the note's signals
     * @return the JSON object, on one line
     */
    public static String line(NoteSignals ns) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", ns.id());
        if (ns.contactId() == null) {
            o.putNull("contact_id");
        } else {
            o.put("contact_id", ns.contactId());
        }
        o.set("signals", signalsNode(ns.signals()));
        return o.toString();
    }

    /**
     * The {@code signals} array.
     *
     * @param signals the signals
     * @return the JSON array
     */
    public static ArrayNode signalsNode(List<TimingSignal> signals) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (TimingSignal s : signals) {
            ObjectNode o = arr.addObject();
            o.put("kind", s.kind().name());
            ArrayNode days = o.putArray("days");
            s.days().forEach(d -> days.add(d.name().substring(0, 3)));
            putTime(o, "from", s.from(), false);
            putTime(o, "to", s.to(), s.from() != null);
            putText(o, "dateFrom", s.dateFrom() == null ? null : s.dateFrom().toString());
            putText(o, "dateTo", s.dateTo() == null ? null : s.dateTo().toString());
            putText(o, "zone", s.zone());
            o.put("confidence", Math.round(s.confidence() * 100) / 100.0);
            o.put("text", s.text());
            ArrayNode span = o.putArray("span");
            span.add(s.spanBegin());
            span.add(s.spanEnd());
        }
        return arr;
    }

    private static void putTime(ObjectNode o, String field, LocalTime t, boolean isEnd) {
        if (t == null) {
            o.putNull(field);
        } else if (isEnd && t.equals(LocalTime.MIDNIGHT)) {
            o.put(field, "24:00");
        } else {
            o.put(field, String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
        }
    }

    private static void putText(ObjectNode o, String field, String v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }

    /**
     * Reads a {@code signals} array in the spec's form.
     *
     * @param arr   the array (null or missing means none)
     * @param where file and line, for messages
     * @return the signals
     * @throws NoteFormatException when a field is malformed
     */
    public static List<TimingSignal> readSignals(JsonNode arr, String where) throws NoteFormatException {
        List<TimingSignal> out = new ArrayList<>();
        if (arr == null || arr.isNull()) {
            return out;
        }
        if (!arr.isArray()) {
            throw new NoteFormatException(where + ": 'signals' must be an array, received " + arr);
        }
        for (JsonNode s : arr) {
            try {
                SignalKind kind = SignalKind.valueOf(s.path("kind").asText());
                List<DayOfWeek> days = new ArrayList<>();
                for (JsonNode d : s.path("days")) {
                    days.add(day(d.asText()));
                }
                LocalTime from = time(s.get("from"));
                LocalTime to = time(s.get("to"));
                LocalDate df = date(s.get("dateFrom"));
                LocalDate dt = date(s.get("dateTo"));
                String zone = s.hasNonNull("zone") ? s.get("zone").asText() : null;
                double conf = s.hasNonNull("confidence") ? s.get("confidence").asDouble() : 1.0;
                String text = s.hasNonNull("text") ? s.get("text").asText() : "";
                int b = s.path("span").path(0).asInt(0);
                int e = s.path("span").path(1).asInt(0);
                out.add(new TimingSignal(kind, days, from, to, df, dt, zone, conf, text, b, e));
            } catch (IllegalArgumentException | DateTimeParseException ex) {
                throw new NoteFormatException(where + ": bad signal " + s + ": " + ex.getMessage());
            }
        }
        return out;
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(code.toUpperCase(Locale.ROOT)) && code.length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("day must be MON..SUN, received '" + code + "'");
    }

    private static LocalTime time(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String v = n.asText();
        return v.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(v);
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
