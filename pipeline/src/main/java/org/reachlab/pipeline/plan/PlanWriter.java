package org.reachlab.pipeline.plan;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Duration;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a plan: {@code plan.csv}, {@code plan.json}, one iCalendar file per rep
 * ({@code <rep_id>.ics}, RFC 5545, through the biweekly library) and a printable {@code plan.html}.
 */
public final class PlanWriter {

    /** The columns of plan.csv. */
    public static final List<String> COLUMNS = List.of("rep_id", "order", "contact_id", "local_start", "rep_start",
            "zone", "probability", "probability_lo", "probability_hi", "channel", "reason", "country", "segment");

    /** ISO-8601 with the offset always written as {@code +HH:MM} (also {@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private PlanWriter() {
    }

    /** Writes every file into {@code dir} (created when missing); returns the files written. */
    public static List<Path> write(Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        out.add(csv(plan, dir.resolve("plan.csv")));
        out.add(json(plan, dir.resolve("plan.json")));
        for (Map.Entry<String, List<PlannedCall>> e : plan.byRep().entrySet()) {
            out.add(ics(e.getKey(), e.getValue(), dir.resolve(fileName(e.getKey()) + ".ics")));
        }
        out.add(html(plan, dir.resolve("plan.html")));
        return out;
    }

    /** A rep id as a file name: letters, digits, {@code . _ -} kept, anything else {@code _}. */
    static String fileName(String repId) {
        String s = repId.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.startsWith(".") ? "_" + s.substring(1) : s;
    }

    private static Path csv(Plan plan, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            for (Map.Entry<String, List<PlannedCall>> e : plan.byRep().entrySet()) {
                int order = 1;
                for (PlannedCall c : e.getValue()) {
                    List<String> v = List.of(c.repId(), Integer.toString(order++), c.contact().id(),
                            ISO.format(c.localStart()), ISO.format(c.repStart()), c.contact().zone().getId(),
                            num(c.probability()), c.hasInterval() ? num(c.probabilityLo()) : "",
                            c.hasInterval() ? num(c.probabilityHi()) : "", c.channel().name().toLowerCase(Locale.ROOT),
                            c.reason(), c.contact().country(), segment(c));
                    List<String> q = new ArrayList<>();
                    for (String s : v) {
                        q.add(quote(s));
                    }
                    w.write(String.join(",", q));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    private static Path json(Plan plan, Path file) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.set("summary", m.valueToTree(plan.summary()));
        ObjectNode reps = root.putObject("reps");
        for (Map.Entry<String, List<PlannedCall>> e : plan.byRep().entrySet()) {
            ArrayNode calls = reps.putArray(e.getKey());
            for (PlannedCall c : e.getValue()) {
                ObjectNode n = calls.addObject();
                n.put("contact_id", c.contact().id());
                n.put("local_start", ISO.format(c.localStart()));
                n.put("rep_start", ISO.format(c.repStart()));
                n.put("zone", c.contact().zone().getId());
                n.put("probability", round(c.probability()));
                if (c.hasInterval()) {
                    n.put("probability_lo", round(c.probabilityLo()));
                    n.put("probability_hi", round(c.probabilityHi()));
                } else {
                    n.putNull("probability_lo");
                    n.putNull("probability_hi");
                }
                n.put("channel", c.channel().name().toLowerCase(Locale.ROOT));
                n.put("reason", c.reason());
            }
        }
        m.writeValue(file.toFile(), root);
        return file;
    }

    private static Path ics(String repId, List<PlannedCall> calls, Path file) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Reachlab//plan//EN");
        for (PlannedCall c : calls) {
            VEvent e = new VEvent();
            e.setUid("reachlab-plan-" + c.localStart().toLocalDate() + "-" + repId + "-" + c.contact().id());
            e.setDateTimeStamp(Date.from(c.localStart().toLocalDate().atStartOfDay(c.repStart().getZone()).toInstant()));
            e.setDateStart(Date.from(c.repStart().toInstant()));
            e.setDuration(Duration.builder().minutes(5).build());
            e.setSummary("Call " + c.contact().id() + String.format(Locale.ROOT, " (%.0f%%)", 100 * c.probability()));
            e.setDescription("Local time of the contact: " + ISO.format(c.localStart()) + " (" + c.contact().zone()
                    + ")\nChannel: " + c.channel().name().toLowerCase(Locale.ROOT) + "\nWhy: " + c.reason());
            ical.addEvent(e);
        }
        Biweekly.write(ical).go(file.toFile());
        return file;
    }

    private static Path html(Plan plan, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Call plan ")
                .append(esc(plan.summary().date())).append("</title>\n<style>")
                .append("body{font:13px/1.4 sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("td,th{border-bottom:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}")
                .append("h2{page-break-before:always}h2:first-of-type{page-break-before:avoid}")
                .append(".n{text-align:right;white-space:nowrap}</style></head><body>\n<h1>Call plan for ")
                .append(esc(plan.summary().date())).append("</h1>\n<ul>");
        for (String line : plan.summary().lines()) {
            b.append("<li>").append(esc(line)).append("</li>");
        }
        b.append("</ul>\n");
        for (Map.Entry<String, List<PlannedCall>> e : plan.byRep().entrySet()) {
            b.append("<h2>").append(esc(e.getKey())).append(" (").append(e.getValue().size()).append(" calls)</h2>\n")
                    .append("<table><tr><th>#</th><th>rep time</th><th>contact</th><th>contact's time</th>")
                    .append("<th class=\"n\">probability (80% interval)</th><th>channel</th><th>why</th></tr>\n");
            int i = 1;
            for (PlannedCall c : e.getValue()) {
                b.append("<tr><td>").append(i++).append("</td><td>")
                        .append(esc(c.repStart().toLocalTime().toString())).append("</td><td>")
                        .append(esc(c.contact().id())).append("</td><td>")
                        .append(esc(c.localStart().toLocalTime() + " " + c.contact().zone().getId()))
                        .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%.0f%%", 100 * c.probability()));
                if (c.hasInterval()) {
                    b.append(String.format(Locale.ROOT, " (%.0f-%.0f%%)", 100 * c.probabilityLo(), 100 * c.probabilityHi()));
                }
                b.append("</td><td>").append(esc(c.channel().name().toLowerCase(Locale.ROOT))).append("</td><td>")
                        .append(esc(c.reason())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("</body></html>\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static String segment(PlannedCall c) {
        String s = CallLogIndex.segmentKey(c.contact());
        return s == null ? "" : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
