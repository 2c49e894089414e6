package org.reachlab.evaluation.truth;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.reachlab.data.synth.WorldFiles;

/**
 * A hand-made world directory with a known answer: contacts in England, each dialed once every
 * working day from 2025-09-01 to 2025-11-28 (no public holidays there) at a random hour 09–17.
 * Even contacts are reachable in the morning (09–12: 0.6, else 0.05), odd ones in the afternoon
 * (14–17: 0.6, else 0.05); the first {@code changed} contacts switch to the other routine on
 * {@link #CHANGE}.
 */
final class TwoRoutineWorld {

    static final LocalDate START = LocalDate.of(2025, 9, 1);
    static final LocalDate END = LocalDate.of(2025, 11, 29);
    static final LocalDate CHANGE = LocalDate.of(2025, 10, 13);
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private TwoRoutineWorld() {
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "c-%03d", i);
    }

    static double[] routine(boolean afternoon) {
        double[] s = new double[168];
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                boolean on = afternoon ? h >= 14 && h < 17 : h >= 9 && h < 12;
                s[d * 24 + h] = d < 5 && on ? 0.6 : 0.05;
            }
        }
        return s;
    }

    /** Writes contacts.csv, calls.csv, world.yaml and truth/ into {@code dir}. */
    static void write(Path dir, int contacts, int changed, long seed) throws IOException {
        Files.createDirectories(dir.resolve("truth"));
        Files.writeString(dir.resolve("world.yaml"), WorldFiles.toYaml(WorldFiles.defaults()), StandardCharsets.UTF_8);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("truth/events.csv")))) {
            w.println("contact_id,kind,date_from,date_to,factor,detail");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("contacts.csv")))) {
            w.println("contact_id,country,zone,subdivision,industry,company_id,company_size,role,language");
            for (int i = 0; i < contacts; i++) {
                w.println(id(i) + ",GB,Europe/London,,it,co-001,50,it_lead,en");
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("truth/profiles.csv")))) {
            StringBuilder head = new StringBuilder("contact_id,valid_from,valid_to,shift,habit");
            for (int s = 0; s < 168; s++) {
                head.append(String.format(Locale.ROOT, ",s%03d", s));
            }
            w.println(head);
            for (int i = 0; i < contacts; i++) {
                boolean changes = i < changed;
                boolean afternoon = i % 2 == 1;
                w.println(id(i) + ",," + (changes ? CHANGE.minusDays(1).toString() : "") + ",0,," + row(routine(afternoon)));
                if (changes) {
                    w.println(id(i) + "," + CHANGE + ",,0,," + row(routine(!afternoon)));
                }
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("calls.csv")))) {
            w.println("attempt_id,contact_id,at,outcome,channel,rep_id,duration_s,meeting_booked,policy,propensity");
            int n = 0;
            for (LocalDate d = START; d.isBefore(END); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (int i = 0; i < contacts; i++) {
                    int hour = 9 + rnd.nextInt(8);
                    boolean afternoon = (i % 2 == 1) != (i < changed && !d.isBefore(CHANGE));
                    double p = routine(afternoon)[(d.getDayOfWeek().getValue() - 1) * 24 + hour];
                    boolean connected = rnd.nextDouble() < p;
                    ZonedDateTime at = d.atTime(hour, rnd.nextInt(60), i % 60).atZone(ZONE);
                    w.println(String.format(Locale.ROOT, "a-%07d,%s,%s,%s,phone,rep-01,%d,false,uniform_09_17,0.125",
                            ++n, id(i), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                            connected ? "connected" : "no_answer", connected ? 120 : 0));
                }
            }
        }
    }

    private static String row(double[] s) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < s.length; k++) {
            b.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", s[k]));
        }
        return b.toString();
    }
}
