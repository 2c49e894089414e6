package org.reachlab.models;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.time.LocalClock;

/** Small worlds with a planted pattern, for model tests. */
public final class Planted {

    public static final HolidayCalendar CALENDAR = HolidayCalendar.standard();
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Planted() {
    }

    public static Contact contact(String id, String industry, String role) {
        return new Contact(id, "DE", null, BERLIN, industry, null, null, role, "de");
    }

    /** A weekday call at local hour h on the given date. */
    public static Instant at(LocalDate date, int hour) {
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, 15)).atZone(BERLIN).toInstant();
    }

    /**
     * Contacts c-000..c-(n-1), half "it|lead" (good 10-12), half "retail|owner" (good 14-16); each dialed
     * {@code perContact} times on working days from 2025-01-06 at hours 9..16; p(contact, slot) given.
     */
    public static TrainingData world(int n, int perContact, long seed, ToDoubleBiFunction<Contact, Integer> p) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Contact c = i % 2 == 0 ? contact(String.format("c-%03d", i), "it", "lead")
                    : contact(String.format("c-%03d", i), "retail", "owner");
            contacts.put(c.id(), c);
        }
        AttemptLog.Builder b = AttemptLog.builder();
        int id = 0;
        List<Contact> list = new ArrayList<>(contacts.values());
        for (Contact c : list) {
            LocalDate d = LocalDate.of(2025, 1, 6).plusDays(rnd.nextInt(3));
            for (int k = 0; k < perContact; k++) {
                while (!CALENDAR.isWorkingDay(d, c.region())) {
                    d = d.plusDays(1);
                }
                int hour = 9 + rnd.nextInt(8);
                Instant t = at(d, hour);
                int slot = LocalClock.slot(t.getEpochSecond(), c.zone());
                boolean y = rnd.nextDouble() < p.applyAsDouble(c, slot);
                b.add(Attempt.phone("a" + id++, c.id(), t, y ? Outcome.CONNECTED : Outcome.NO_ANSWER), c);
                d = d.plusDays(1 + rnd.nextInt(2));
            }
        }
        return TrainingData.of(b.build(), contacts, StatedPreferences.none(), CALENDAR,
                DataSource.inMemory("planted seed " + seed));
    }

    /** The planted segment pattern: it|lead good 10-12, retail|owner good 14-16, 0.1 elsewhere. */
    public static double segmentPattern(Contact c, int slot) {
        int h = slot % 24;
        boolean it = "it".equals(c.industry());
        if (it && h >= 10 && h < 12) {
            return 0.5;
        }
        if (!it && h >= 14 && h < 16) {
            return 0.5;
        }
        return 0.1;
    }
}
