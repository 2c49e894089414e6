package org.reachlab.data.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.EventKind;
import org.reachlab.data.domain.LocalSlot;

/**
 * The behavioural events of a world's contacts (the spec's {@code events.csv}), drawn from each
 * contact's own daily rhythm and tied to their true phone reachability:
 *
 * <ul>
 *   <li>A share {@link #SILENT_SHARE} of contacts has no events at all (not tracked, or never opens
 *       anything); the others have an activity level drawn log-normally around 1 (σ {@link #ACTIVITY_SIGMA}).</li>
 *   <li><b>At the desk ≠ answering the phone.</b> Each contact spends a share m of its working hours
 *       in meetings (uniform in [{@link #MEETING_MIN}, {@link #MEETING_MAX}]): a meeting blocks the
 *       phone but not email. The true connect probability p(date, hour) (profile × day factor; the
 *       number's being wrong does not keep a person from email) over the profile's best slot, divided
 *       by 1 − m and capped at 1, is the chance of being at the desk; email opens and replies, web
 *       visits and meeting acceptances follow it, so they happen in the same hours as the phone is
 *       answered, and also in those it is not because of a meeting.</li>
 *   <li>Inbound calls follow p itself (a person calls when free to talk).</li>
 *   <li>A share {@link #NIGHT_SHARE} reads email at night as well: email opens and replies at
 *       {@link #NIGHT_LEVEL} of their daytime peak between 20:00 and 23:00, every day.</li>
 *   <li>LinkedIn activity is half desk, half the commute and evening hours (07–09, 18–22).</li>
 *   <li>Absences and holidays lower p on their days, so events stop when the person is away.</li>
 * </ul>
 *
 * Each kind's expected events a week (at activity 1, over an ordinary week of the contact's
 * profile) are {@link #WEEKLY}; events are Poisson in each local hour with a uniform minute.
 * The draw is deterministic for a world and seed. {@code truth/event-ties.csv} records each
 * contact's tie: silent, activity, meeting share, night reader.
 */
public final class EventGenerator {

    /** Share of contacts without events. */
    public static final double SILENT_SHARE = 0.25;
    /** Spread of the activity level (log-normal σ, median 1). */
    public static final double ACTIVITY_SIGMA = 0.8;
    /** Smallest share of working hours in meetings. */
    public static final double MEETING_MIN = 0.10;
    /** Largest share of working hours in meetings. */
    public static final double MEETING_MAX = 0.35;
    /** Share of contacts who read email at night too. */
    public static final double NIGHT_SHARE = 0.15;
    /** Night email activity relative to the daytime peak. */
    public static final double NIGHT_LEVEL = 0.35;

    /** Expected events a week at activity 1, by kind (kinds not listed are not generated). */
    public static final java.util.Map<EventKind, Double> WEEKLY = java.util.Map.of(
            EventKind.EMAIL_OPEN, 1.5,
            EventKind.EMAIL_REPLY, 0.3,
            EventKind.WEB_VISIT, 0.6,
            EventKind.MEETING_ACCEPTED, 0.05,
            EventKind.INBOUND_CALL, 0.05,
            EventKind.LINKEDIN_ACTIVITY, 0.5);

    private static final EventKind[] ORDER = {EventKind.EMAIL_OPEN, EventKind.EMAIL_REPLY, EventKind.WEB_VISIT,
            EventKind.MEETING_ACCEPTED, EventKind.INBOUND_CALL, EventKind.LINKEDIN_ACTIVITY};

    private EventGenerator() {
    }

    /** One contact's tie of events to reachability. */
    public record Tie(String contactId, boolean silent, double activity, double meetingShare, boolean nightReader) {
    }

    /** One generated event. */
    public record Event(String id, Contact contact, java.time.ZonedDateTime at, EventKind kind) {
    }

    /** What was generated. */
    public record Generated(List<Tie> ties, List<Event> events) {
    }

    /** Draws the events of every contact over the world's period. */
    public static Generated generate(SyntheticWorld world, long seed) {
        SplittableRandom root = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x5EED);
        List<Tie> ties = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        long n = 0;
        for (int i = 0; i < world.contacts().size(); i++) {
            SplittableRandom r = root.split();
            ContactTruth t = world.truth(i);
            boolean silent = r.nextDouble() < SILENT_SHARE;
            double activity = Math.exp(ACTIVITY_SIGMA * gaussian(r));
            double meeting = MEETING_MIN + (MEETING_MAX - MEETING_MIN) * r.nextDouble();
            boolean night = r.nextDouble() < NIGHT_SHARE;
            ties.add(new Tie(t.contact().id(), silent, activity, meeting, night));
            if (silent) {
                continue;
            }
            Profile base = t.profiles().get(0);
            double peak = 1e-9;
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                peak = Math.max(peak, base.at(s));
            }
            // each kind's hourly rate = weekly count × shape(h) / the shape's sum over an ordinary week
            double[][] shapeSum = new double[ORDER.length][1];
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                double[] sh = shapes(base.at(s) / peak, meeting, night, s % 24);
                for (int k = 0; k < ORDER.length; k++) {
                    shapeSum[k][0] += sh[k];
                }
            }
            for (LocalDate d = world.start(); d.isBefore(world.end()); d = d.plusDays(1)) {
                Profile p = t.profileOn(d);
                double day = t.dayFactor(d);
                double pmax = 1e-9;
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    pmax = Math.max(pmax, p.at(s));
                }
                for (int h = 0; h < 24; h++) {
                    double reach = Math.min(1.0, p.at(LocalSlot.indexOf(d.getDayOfWeek(), h)) * day / pmax);
                    double[] sh = shapes(reach, meeting, night, h);
                    for (int k = 0; k < ORDER.length; k++) {
                        double lambda = WEEKLY.get(ORDER[k]) * activity * sh[k] / Math.max(1e-9, shapeSum[k][0]);
                        int count = poisson(r, lambda);
                        for (int c = 0; c < count; c++) {
                            java.time.ZonedDateTime at = d.atTime(h, r.nextInt(60), r.nextInt(60))
                                    .atZone(t.contact().zone());
                            events.add(new Event("ev-" + (++n), t.contact(), at, ORDER[k]));
                        }
                    }
                }
            }
        }
        return new Generated(ties, events);
    }

    /**
     * The relative intensity of each kind (in {@link #ORDER}) in a local hour, given the phone
     * reachability there over the contact's best (in [0, 1]).
     */
    static double[] shapes(double reach, double meeting, boolean night, int hour) {
        double desk = Math.min(1.0, reach / (1 - meeting));
        double nightEmail = night && hour >= 20 && hour < 23 ? NIGHT_LEVEL : 0;
        double email = Math.max(desk, nightEmail);
        boolean evening = (hour >= 7 && hour < 9) || (hour >= 18 && hour < 22);
        return new double[] {email, email, desk, desk, reach, 0.5 * desk + (evening ? 0.5 : 0)};
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(SplittableRandom r, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        double limit = Math.exp(-lambda);
        double prod = r.nextDouble();
        int k = 0;
        while (prod > limit) {
            prod *= r.nextDouble();
            k++;
        }
        return k;
    }

    /** Writes {@code events.csv} (the spec's events table) and {@code truth/event-ties.csv} into a world directory. */
    public static void write(Generated g, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("events.csv")), WorldWriter.CSV)) {
            p.printRecord("event_id", "contact_id", "at", "kind", "source");
            for (Event e : g.events()) {
                p.printRecord(e.id(), e.contact().id(), e.at().toOffsetDateTime().format(
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME), e.kind().code(), "world");
            }
        }
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(dir.resolve("truth/event-ties.csv")),
                WorldWriter.CSV)) {
            p.printRecord("contact_id", "silent", "activity", "meeting_share", "night_reader");
            for (Tie t : g.ties()) {
                p.printRecord(t.contactId(), t.silent(), String.format(java.util.Locale.ROOT, "%.4f", t.activity()),
                        String.format(java.util.Locale.ROOT, "%.4f", t.meetingShare()), t.nightReader());
            }
        }
    }
}
