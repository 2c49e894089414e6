package org.reachlab.models.bayes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.DayEffects;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.Segment;
import org.reachlab.models.counts.SlotCounts;

/**
 * The bayes model's files: {@code bayes.json} (parameters, fitted hyperparameters, global and
 * segment counts, the segments' shift-aligned templates, stated preference weights), {@code contacts.bin} (each contact's sparse decayed
 * counts, doubles written bit for bit, and the change detector's evidence, change count and counts
 * since its last restart) and {@code day-effects.json}.
 */
final class BayesStore {

    private static final int MAGIC = 0x52424159; // "RBAY"
    /** 2 adds the change detector's state; version 1 files (without it) are still read. */
    private static final int VERSION = 2;

    private BayesStore() {
    }

    private record Stored(BayesFamily.Params params, BayesFamily.Hyper hyper, long last, List<double[]> global,
                          Map<String, List<double[]>> segments, Map<String, List<double[]>> templates,
                          Map<String, double[]> preferences) {
    }

    static void write(BayesModel m, Path dir) throws IOException {
        Map<String, List<double[]>> segs = new TreeMap<>();
        m.segments.forEach((s, c) -> segs.put(s.toString(), List.of(c.k, c.n)));
        Map<String, List<double[]>> tmpl = new TreeMap<>();
        m.templates.forEach((s, c) -> tmpl.put(s.toString(), List.of(c.k, c.n)));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("bayes.json").toFile(),
                new Stored(m.params(), m.hyper, m.last, List.of(m.global().k, m.global().n), segs, tmpl,
                        new TreeMap<>(m.preferences)));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(dir.resolve("contacts.bin")), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(m.contacts.size());
            for (var e : new TreeMap<>(m.contacts).entrySet()) {
                ContactState st = e.getValue();
                out.writeUTF(e.getKey());
                out.writeUTF(st.segment.toString());
                writeCounts(out, st);
                out.writeDouble(st.evidence);
                out.writeInt(st.changes);
                out.writeBoolean(st.fresh != null);
                if (st.fresh != null) {
                    writeCounts(out, st.fresh);
                }
            }
        }
        m.days().write(dir.resolve("day-effects.json"));
    }

    private static void writeCounts(DataOutputStream out, ContactState st) throws IOException {
        out.writeLong(st.last);
        out.writeInt(st.size);
        for (int i = 0; i < st.size; i++) {
            out.writeShort(st.slots[i]);
            out.writeDouble(st.k[i]);
            out.writeDouble(st.n[i]);
        }
    }

    private static ContactState readCounts(DataInputStream in, Segment seg) throws IOException {
        long last = in.readLong();
        int size = in.readInt();
        int cap = Math.max(4, size);
        short[] slots = new short[cap];
        double[] k = new double[cap];
        double[] n = new double[cap];
        for (int i = 0; i < size; i++) {
            slots[i] = in.readShort();
            k[i] = in.readDouble();
            n[i] = in.readDouble();
        }
        return new ContactState(seg, last, slots, k, n, size);
    }

    static BayesModel read(Path dir, HolidayCalendar calendar) throws IOException {
        Path json = dir.resolve("bayes.json");
        Stored s;
        try {
            s = new ObjectMapper().readValue(json.toFile(), Stored.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ModelFormatException("cannot read " + json + ": " + e.getOriginalMessage(), e);
        }
        Map<Segment, SlotCounts> segs = new HashMap<>();
        s.segments.forEach((k, c) -> segs.put(Segment.parse(k), new SlotCounts(c.get(0), c.get(1))));
        Map<Segment, SlotCounts> tmpl = new HashMap<>();
        if (s.templates != null) {
            s.templates.forEach((k, c) -> tmpl.put(Segment.parse(k), new SlotCounts(c.get(0), c.get(1))));
        }
        Map<String, ContactState> contacts = new HashMap<>();
        Path bin = dir.resolve("contacts.bin");
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(bin), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new ModelFormatException(bin + " is not a bayes contacts file");
            }
            int v = in.readInt();
            if (v != 1 && v != VERSION) {
                throw new ModelFormatException(bin + " has version " + v + ", expected 1 to " + VERSION);
            }
            int count = in.readInt();
            for (int c = 0; c < count; c++) {
                String id = in.readUTF();
                Segment seg = Segment.parse(in.readUTF());
                ContactState st = readCounts(in, seg);
                if (v >= 2) {
                    st.evidence = in.readDouble();
                    st.changes = in.readInt();
                    if (in.readBoolean()) {
                        st.fresh = readCounts(in, seg);
                    }
                }
                contacts.put(id, st);
            }
        } catch (EOFException e) {
            throw new ModelFormatException(bin + " is truncated", e);
        }
        DayEffects days = DayEffects.read(dir.resolve("day-effects.json"), calendar);
        return new BayesModel(s.params, days, new SlotCounts(s.global.get(0), s.global.get(1)), segs, tmpl, contacts,
                new HashMap<>(s.preferences == null ? Map.of() : s.preferences), s.hyper, s.last);
    }
}
