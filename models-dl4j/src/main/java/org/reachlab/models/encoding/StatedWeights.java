package org.reachlab.models.encoding;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.models.ContactPreferences;
import org.reachlab.models.StatedPreferences;

/**
 * The stated-preference slot weights of the contacts a model knows, materialised from
 * {@link StatedPreferences} at training time so that they are saved with the model. A weight is in
 * [-1, 1] (positive: a stated good time, negative: stated to avoid, 0: nothing said) and counts only
 * from the instant it became known, so training rows before that instant do not see it. Immutable.
 */
public final class StatedWeights {

    /** No stated weights. */
    public static final StatedWeights NONE = new StatedWeights(Map.of());

    /** The file's name in a parameters directory. */
    public static final String FILE = "stated-weights.csv";

    private record Entry(long knownFrom, double[] weights) {
    }

    private final Map<String, Entry> byContact;

    private StatedWeights(Map<String, Entry> byContact) {
        this.byContact = byContact;
    }

    /** The weights of the given contacts that stated any. */
    public static StatedWeights from(StatedPreferences preferences, Collection<String> contactIds) {
        Map<String, Entry> m = new HashMap<>();
        for (String id : contactIds) {
            preferences.of(id).filter(ContactPreferences::hasWeights).ifPresent(p -> m.put(id,
                    new Entry(p.knownFrom() == null ? Long.MIN_VALUE : p.knownFrom().getEpochSecond(), p.weights())));
        }
        return m.isEmpty() ? NONE : new StatedWeights(m);
    }

    /** The contact's weight for a slot as known at {@code epochSecond}; 0 when nothing was said by then. */
    public double weight(String contactId, int slot, long epochSecond) {
        Entry e = byContact.get(contactId);
        if (e == null || epochSecond < e.knownFrom) {
            return 0;
        }
        return e.weights[slot];
    }

    /**
     * The contact's weight for each slot of a week grid as known at the slot's instant (what
     * {@link #weight} gives slot by slot), into {@code out}.
     */
    public void weekWeights(String contactId, WeekGrid grid, double[] out) {
        Entry e = byContact.get(contactId);
        for (int s = 0; s < out.length; s++) {
            out[s] = e == null || grid.epochSecond(s) < e.knownFrom ? 0 : e.weights[grid.localSlot(s)];
        }
    }

    /** The number of contacts with weights. */
    public int size() {
        return byContact.size();
    }

    /** Writes {@code dir/stated-weights.csv}: contact id, known-from epoch second, 168 weights. */
    public void write(Path dir) throws IOException {
        List<String> ids = new ArrayList<>(byContact.keySet());
        ids.sort(null);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("contact_id,known_from,weights...\n");
            StringBuilder sb = new StringBuilder();
            for (String id : ids) {
                if (id.indexOf(',') >= 0 || id.indexOf('\n') >= 0) {
                    throw new IOException("contact id cannot be written to " + FILE + ": '" + id + "'");
                }
                Entry e = byContact.get(id);
                sb.setLength(0);
                sb.append(id).append(',').append(e.knownFrom);
                for (double x : e.weights) {
                    sb.append(',').append(x);
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Reads what {@link #write} wrote; {@link #NONE} when the file is absent. */
    public static StatedWeights read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Map<String, Entry> m = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split(",", -1);
                if (f.length != 2 + LocalSlot.COUNT) {
                    throw new IOException(file + " line " + n + ": expected " + (2 + LocalSlot.COUNT)
                            + " fields, received " + f.length);
                }
                try {
                    double[] w = new double[LocalSlot.COUNT];
                    for (int s = 0; s < w.length; s++) {
                        w[s] = Double.parseDouble(f[2 + s]);
                    }
                    m.put(f[0], new Entry(Long.parseLong(f[1]), w));
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + n + ": not a number (" + e.getMessage() + ")", e);
                }
            }
        }
        return new StatedWeights(m);
    }

    /** When the contact's weights became known, or null when it has none or they always were. */
    public Instant knownFrom(String contactId) {
        Entry e = byContact.get(contactId);
        return e == null || e.knownFrom == Long.MIN_VALUE ? null : Instant.ofEpochSecond(e.knownFrom);
    }
}
