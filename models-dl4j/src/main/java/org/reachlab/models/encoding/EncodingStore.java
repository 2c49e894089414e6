package org.reachlab.models.encoding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves and loads the fitted encoding ({@code encoder.json}), the contacts' running histories
 * ({@code histories.csv}) and the rep-contact relationships ({@code relations.csv}) in a model directory.
 */
public final class EncodingStore {

    /** The encoder file's name. */
    public static final String ENCODER_FILE = "encoder.json";
    /** The histories file's name. */
    public static final String HISTORIES_FILE = "histories.csv";
    /** The relationships file's name. */
    public static final String RELATIONS_FILE = "relations.csv";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EncodingStore() {
    }

    /** The encoder as saved: plain lists and arrays. */
    record EncoderFile(List<String> denseFeatures, List<String> contacts, List<String> segments,
                       List<String> countries, List<String> industries, List<String> roles, double[] mean,
                       double[] scale) {
    }

    /** Writes the encoder to {@code dir/encoder.json}. */
    public static void writeEncoder(FeatureEncoder e, Path dir) throws IOException {
        JSON.writeValue(dir.resolve(ENCODER_FILE).toFile(), new EncoderFile(DenseFeatures.NAMES, e.contacts().values(),
                e.segments().values(), e.countries().values(), e.industries().values(), e.roles().values(), e.mean(),
                e.scale()));
    }

    /** Reads {@code dir/encoder.json}; fails when its dense features differ from this version's. */
    public static FeatureEncoder readEncoder(Path dir) throws IOException {
        Path file = dir.resolve(ENCODER_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        EncoderFile f = JSON.readValue(file.toFile(), EncoderFile.class);
        if (!DenseFeatures.NAMES.equals(f.denseFeatures())) {
            throw new IOException(file + " was written with dense features " + f.denseFeatures()
                    + ", this version encodes " + DenseFeatures.NAMES);
        }
        return new FeatureEncoder(new Vocabulary(f.contacts()), new Vocabulary(f.segments()),
                new Vocabulary(f.countries()), new Vocabulary(f.industries()), new Vocabulary(f.roles()), f.mean(),
                f.scale());
    }

    /** Writes the histories to {@code dir/histories.csv}, sorted by contact id. */
    public static void writeHistories(HistoryBook book, Path dir) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(HISTORIES_FILE), StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder(
                    "contact_id,attempts,last_attempt,last_contact,contacts,no_answer,voicemail,gatekeeper,busy,other,"
                    + "hours_clock");
            for (int p = 0; p < DenseFeatures.DAY_PARTS; p++) {
                header.append(",connects_").append(p);
            }
            for (int p = 0; p < DenseFeatures.DAY_PARTS; p++) {
                header.append(",attempts_").append(p);
            }
            w.write(header.append('\n').toString());
            List<String> ids = new ArrayList<>(book.asMap().keySet());
            ids.sort(null);
            StringBuilder sb = new StringBuilder();
            for (String id : ids) {
                if (id.indexOf(',') >= 0 || id.indexOf('\n') >= 0 || id.indexOf('"') >= 0) {
                    throw new IOException("contact id cannot be written to " + HISTORIES_FILE + ": '" + id + "'");
                }
                ContactHistory h = book.get(id);
                sb.setLength(0);
                sb.append(id).append(',').append(h.attempts()).append(',').append(h.lastAttempt()).append(',')
                        .append(h.lastContact());
                for (int c : h.counts()) {
                    sb.append(',').append(c);
                }
                // doubles in their shortest exact form: a loaded model predicts as the saved one
                sb.append(',').append(h.hours().clock());
                for (double v : h.hours().connects()) {
                    sb.append(',').append(v);
                }
                for (double v : h.hours().attempts()) {
                    sb.append(',').append(v);
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Reads {@code dir/histories.csv}. */
    public static HistoryBook readHistories(Path dir) throws IOException {
        Path file = dir.resolve(HISTORIES_FILE);
        Map<String, ContactHistory> map = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                int parts = DenseFeatures.DAY_PARTS;
                int fields = 4 + ContactHistory.BUCKETS + 1 + 2 * parts;
                if (f.length != fields) {
                    throw new IOException(file + " line " + n + ": expected " + fields + " fields, received "
                            + f.length);
                }
                try {
                    int[] counts = new int[ContactHistory.BUCKETS];
                    for (int b = 0; b < counts.length; b++) {
                        counts[b] = Integer.parseInt(f[4 + b]);
                    }
                    int o = 4 + ContactHistory.BUCKETS;
                    long clock = Long.parseLong(f[o++]);
                    double[] connects = new double[parts];
                    double[] attempts = new double[parts];
                    for (int p = 0; p < parts; p++) {
                        connects[p] = Double.parseDouble(f[o + p]);
                        attempts[p] = Double.parseDouble(f[o + parts + p]);
                    }
                    map.put(f[0], ContactHistory.of(Integer.parseInt(f[1]), Long.parseLong(f[2]),
                            Long.parseLong(f[3]), counts, HourCounts.of(clock, connects, attempts)));
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + n + ": not a number in '" + line + "'", e);
                }
            }
        }
        return HistoryBook.of(map);
    }

    /** Writes the relationships to {@code dir/relations.csv}, one tally a line, sorted. */
    public static void writeRelations(Relations relations, Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        IOException[] bad = {null};
        relations.forEach((kind, contact, rep, t) -> {
            for (String id : new String[] {contact, rep}) {
                if (id != null && (id.isEmpty() || id.indexOf(',') >= 0 || id.indexOf('\n') >= 0
                        || id.indexOf('"') >= 0)) {
                    bad[0] = new IOException("id cannot be written to " + RELATIONS_FILE + ": '" + id + "'");
                }
            }
            lines.add(kind + ',' + (contact == null ? "" : contact) + ',' + (rep == null ? "" : rep) + ',' + t.dials
                    + ',' + t.connects + ',' + t.lastConnect + ',' + t.inbound + ',' + t.lastInbound);
        });
        if (bad[0] != null) {
            throw bad[0];
        }
        lines.sort(null);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(RELATIONS_FILE), StandardCharsets.UTF_8)) {
            w.write("kind,contact_id,rep_id,dials,connects,last_connect,inbound,last_inbound\n");
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** Reads {@code dir/relations.csv}. */
    public static Relations readRelations(Path dir) throws IOException {
        Path file = dir.resolve(RELATIONS_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("missing " + file);
        }
        Relations relations = new Relations();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                if (f.length != 8) {
                    throw new IOException(file + " line " + n + ": expected 8 fields, received " + f.length);
                }
                try {
                    relations.restore(f[0], f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2],
                            Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                            Long.parseLong(f[7]));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + " line " + n + ": " + e.getMessage() + " in '" + line + "'", e);
                }
            }
        }
        return relations;
    }
}
