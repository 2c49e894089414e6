package org.reachlab.models.encoding;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;

/**
 * A small world with a planted pattern: contacts of the {@code it|lead|DE} segment answer 55 % of
 * calls on weekday afternoons (14:00–17:00 local) and 8 % otherwise; {@code retail|owner|GB}
 * contacts answer 20 % at any hour. Attempts fall on weekdays 08:00–19:00, uniformly.
 */
public final class PlantedWorld {

    /** The first day of the history, a Monday in a week without holidays in DE or GB. */
    public static final LocalDate START = LocalDate.of(2025, 3, 3);

    public static final HolidayCalendar CALENDAR = HolidayCalendar.standard();

    private PlantedWorld() {
    }

    /** A contact of the afternoon segment. */
    public static Contact afternoonContact(String id) {
        return new Contact(id, "DE", null, ZoneId.of("Europe/Berlin"), "it", null, 50, "lead", "de");
    }

    /** A contact of the flat segment. */
    public static Contact flatContact(String id) {
        return new Contact(id, "GB", null, ZoneId.of("Europe/London"), "retail", null, 10, "owner", "en");
    }

    /** The planted probability. */
    public static double truth(Contact c, int hour) {
        if ("it".equals(c.industry())) {
            return hour >= 14 && hour < 17 ? 0.55 : 0.08;
        }
        return 0.20;
    }

    /** {@code contacts} contacts (half in each segment) with {@code perContact} attempts each over {@code weeks} weeks. */
    public static AttemptLog log(long seed, int contacts, int perContact, int weeks) {
        Random r = new Random(seed);
        AttemptLog.Builder b = AttemptLog.builder();
        List<Object[]> all = new ArrayList<>();
        for (int k = 0; k < contacts; k++) {
            Contact c = k % 2 == 0 ? afternoonContact("a" + k) : flatContact("f" + k);
            for (int j = 0; j < perContact; j++) {
                LocalDate day = START.plusWeeks(r.nextInt(weeks)).plusDays(r.nextInt(5));
                int hour = 8 + r.nextInt(11);
                ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(hour, r.nextInt(60), r.nextInt(60)), c.zone());
                Outcome o = r.nextDouble() < truth(c, hour) ? Outcome.CONNECTED : Outcome.NO_ANSWER;
                all.add(new Object[] {new Attempt(c.id() + "-" + j, c.id(), at.toInstant(), o, Channel.PHONE, null,
                        null, null, null, null, null), c});
            }
        }
        all.sort(Comparator.comparing(a -> ((Attempt) a[0]).at()));
        for (Object[] a : all) {
            b.add((Attempt) a[0], (Contact) a[1]);
        }
        return b.build();
    }

    /** Constant-rate log-loss: every row predicted at the given rate. */
    public static double constantLogLoss(double rate, float[] labels) {
        double[] p = new double[labels.length];
        java.util.Arrays.fill(p, rate);
        return TimeSplit.logLoss(p, labels);
    }

    /** The mean label of rows. */
    public static double rate(RawRows rows) {
        double s = 0;
        for (int i = 0; i < rows.size(); i++) {
            s += rows.label(i);
        }
        return s / rows.size();
    }
}
