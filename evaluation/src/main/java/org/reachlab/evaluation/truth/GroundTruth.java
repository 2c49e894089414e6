package org.reachlab.evaluation.truth;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.synth.WorldFiles;
import org.reachlab.data.time.IsoWeek;

/**
 * The ground truth of a generated world, as {@code reachlab generate} wrote it: each contact's
 * weekly profiles ({@code truth/profiles.csv}), its dated events ({@code truth/events.csv}) and the
 * cap on a probability ({@code world.yaml}, {@code individual.maxProbability}).
 *
 * <p>The true connect probability of a first dial on local date d at local hour h is
 * {@code min(cap, profile(d)[slot] × dayFactor(d))}, dayFactor the smallest factor of the events
 * covering d (holidays, bridge days, vacations, fairs, month-end), as in {@code docs/world.md}.
 * Immutable.
 */
public final class GroundTruth {

    /** One weekly routine of a contact, in force from {@code from} (null for the first). */
    public record Routine(LocalDate from, double[] slots) {
    }

    private record Event(LocalDate from, LocalDate to, double factor) {
    }

    private static final String[] SLOTS = new String[LocalSlot.COUNT];

    static {
        for (int i = 0; i < LocalSlot.COUNT; i++) {
            SLOTS[i] = String.format(java.util.Locale.ROOT, "s%03d", i);
        }
    }

    private final Map<String, List<Routine>> routines;
    private final Map<String, List<Event>> events;
    private final double cap;

    private GroundTruth(Map<String, List<Routine>> routines, Map<String, List<Event>> events, double cap) {
        this.routines = routines;
        this.events = events;
        this.cap = cap;
    }

    /** Reads {@code truth/profiles.csv}, {@code truth/events.csv} and {@code world.yaml} of a world directory. */
    public static GroundTruth read(Path dir) throws IOException {
        Path profiles = dir.resolve("truth").resolve("profiles.csv");
        Path eventsFile = dir.resolve("truth").resolve("events.csv");
        Path world = dir.resolve("world.yaml");
        for (Path p : List.of(profiles, eventsFile, world)) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString(), null,
                        "a generated world needs it; write one with reachlab generate");
            }
        }
        double cap = WorldFiles.parse(Files.readString(world, StandardCharsets.UTF_8), world.toString())
                .individual().maxProbability();
        Map<String, List<Routine>> routines = new HashMap<>();
        try (Reader r = Files.newBufferedReader(profiles, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                double[] s = new double[LocalSlot.COUNT];
                for (int i = 0; i < LocalSlot.COUNT; i++) {
                    s[i] = Double.parseDouble(rec.get(SLOTS[i]));
                }
                String from = rec.get("valid_from");
                routines.computeIfAbsent(rec.get("contact_id"), k -> new ArrayList<>())
                        .add(new Routine(from.isEmpty() ? null : LocalDate.parse(from), s));
            }
        }
        Map<String, List<Event>> events = new HashMap<>();
        try (Reader r = Files.newBufferedReader(eventsFile, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                double f = Double.parseDouble(rec.get("factor"));
                if (f < 1) {
                    events.computeIfAbsent(rec.get("contact_id"), k -> new ArrayList<>()).add(new Event(
                            LocalDate.parse(rec.get("date_from")), LocalDate.parse(rec.get("date_to")), f));
                }
            }
        }
        return new GroundTruth(routines, events, cap);
    }

    /** Whether the world has a truth for the contact. */
    public boolean knows(String contactId) {
        return routines.containsKey(contactId);
    }

    /** The contact's routines in time order (one, or two after a routine change). */
    public List<Routine> routines(String contactId) {
        List<Routine> r = routines.get(contactId);
        if (r == null) {
            throw new IllegalArgumentException("the world has no truth for contact '" + contactId + "'");
        }
        return r;
    }

    /** The date the contact's routine changes, or {@code null}. */
    public LocalDate driftDate(String contactId) {
        List<Routine> r = routines(contactId);
        return r.size() > 1 ? r.get(1).from() : null;
    }

    /** The smallest factor of the contact's events covering a date, or 1. */
    public double dayFactor(String contactId, LocalDate date) {
        double f = 1;
        for (Event e : events.getOrDefault(contactId, List.of())) {
            if (!date.isBefore(e.from()) && !date.isAfter(e.to()) && e.factor() < f) {
                f = e.factor();
            }
        }
        return f;
    }

    /**
     * The true profile of a week: for each slot, the routine in force on that date times the
     * date's day factor, capped; without day factors when {@code withDays} is false.
     */
    public double[] week(String contactId, IsoWeek week, boolean withDays) {
        List<Routine> rs = routines(contactId);
        double[] out = new double[LocalSlot.COUNT];
        for (int day = 0; day < 7; day++) {
            LocalDate date = week.monday().plusDays(day);
            Routine r = rs.get(0);
            for (Routine x : rs) {
                if (x.from() != null && !date.isBefore(x.from())) {
                    r = x;
                }
            }
            fill(out, day, r, withDays ? dayFactor(contactId, date) : 1);
        }
        return out;
    }

    /**
     * The profile of one routine ({@code index} into {@link #routines}) over a whole week, with that
     * week's day factors: "what the week would look like had this routine held all week".
     */
    public double[] week(String contactId, int index, IsoWeek week) {
        Routine r = routines(contactId).get(index);
        double[] out = new double[LocalSlot.COUNT];
        for (int day = 0; day < 7; day++) {
            fill(out, day, r, dayFactor(contactId, week.monday().plusDays(day)));
        }
        return out;
    }

    private void fill(double[] out, int day, Routine r, double factor) {
        for (int h = 0; h < 24; h++) {
            int s = day * 24 + h;
            out[s] = Math.min(cap, r.slots()[s] * factor);
        }
    }
}
