package org.reachlab.pipeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.compliance.CallHistory;
import org.reachlab.data.compliance.CallingRules;
import org.reachlab.data.compliance.CallingWindow;
import org.reachlab.data.compliance.ComplianceFiles;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;

/**
 * A plan never holds a call that breaks a rule: over many generated days (the DST changes of
 * Europe, the US, Australia and New Zealand among them) and zones (half-hour and 45-minute
 * offsets, a zone without DST, both hemispheres), with contacts flagged do-not-call, quiet hours
 * (some across midnight), recent attempts and connects, and reps working in many zones. Every
 * call is checked here from first principles, not by the rules' own check.
 */
class PlanComplianceTest {

    private static final HolidayCalendar CAL = HolidayCalendar.standard();

    /** Country, subdivision, zone. */
    private static final String[][] PLACES = {
            {"US", "US-CA", "America/Los_Angeles"}, {"US", "US-FL", "America/New_York"},
            {"US", "US-AZ", "America/Phoenix"}, {"US", "US-NY", "America/New_York"},
            {"NO", null, "Europe/Oslo"}, {"DE", "DE-BY", "Europe/Berlin"}, {"GB", null, "Europe/London"},
            {"SE", null, "Europe/Stockholm"}, {"AU", "AU-NSW", "Australia/Sydney"}, {"IN", null, "Asia/Kolkata"},
            {"NP", null, "Asia/Kathmandu"}, {"NZ", null, "Pacific/Chatham"}, {"CA", "CA-NL", "America/St_Johns"}};

    private static final String[] REP_ZONES = {"Europe/Berlin", "America/New_York", "Australia/Sydney",
            "Asia/Kolkata", "Europe/London", "America/Los_Angeles"};

    @TempDir
    Path dir;

    @Test
    void noPlannedCallBreaksARuleOverManyDaysAndZones() throws IOException {
        // the bundled rules, with Saturday calls in the US and every day in Australia, so that
        // DST Sundays are planned too
        Path f = dir.resolve("rules.yaml");
        Files.writeString(f, "countries:\n  US:\n    days: [MON, TUE, WED, THU, FRI, SAT]\n"
                + "  AU:\n    days: [MON, TUE, WED, THU, FRI, SAT, SUN]\n    window: {from: \"09:30\", to: \"19:45\"}\n"
                + "  NZ:\n    days: [MON, TUE, WED, THU, FRI, SAT, SUN]\n");
        CallingRules rules = ComplianceFiles.load(f);
        Planner planner = new Planner(new HashModel(), rules, CAL, null);
        List<LocalDate> days = new ArrayList<>(List.of(
                LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 5, 17),
                LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 4, 4),
                LocalDate.of(2027, 10, 31), LocalDate.of(2027, 11, 7)));
        SplittableRandom random = new SplittableRandom(17);
        while (days.size() < 50) {
            days.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
        }
        long calls = 0;
        long violations = 0;
        Set<String> zones = new TreeSet<>();
        for (LocalDate day : days) {
            List<Rep> reps = reps(random);
            List<Callee> callees = callees(day, random, 300);
            callees.forEach(c -> zones.add(c.contact().zone().getId()));
            Plan plan = planner.plan(day, reps, callees, new Planner.LoadCounts(callees.size(), 0, 0));
            Map<String, Rep> repById = new HashMap<>();
            reps.forEach(r -> repById.put(r.id(), r));
            Map<String, Callee> calleeById = new HashMap<>();
            callees.forEach(c -> calleeById.put(c.contact().id(), c));
            Set<String> called = new HashSet<>();
            Map<String, Integer> perRep = new HashMap<>();
            Map<String, Integer> perRepHour = new HashMap<>();
            Set<String> repStarts = new HashSet<>();
            for (PlannedCall call : plan.calls()) {
                calls++;
                Rep rep = repById.get(call.repId());
                List<String> broken = broken(rules, calleeById.get(call.contact().id()), call.localStart().toInstant());
                ZonedDateTime rs = call.repStart();
                if (!rs.toLocalDate().equals(day) || rs.toLocalTime().isBefore(rep.start())
                        || !rs.toLocalTime().isBefore(rep.end()) || !rep.days().contains(day.getDayOfWeek())) {
                    broken.add("outside the rep's working hours");
                }
                if (!called.add(call.contact().id())) {
                    broken.add("called twice");
                }
                if (perRep.merge(rep.id(), 1, Integer::sum) > rep.capacity()) {
                    broken.add("over the rep's capacity");
                }
                if (perRepHour.merge(rep.id() + "@" + rs.getHour(), 1, Integer::sum) > rep.perHour()) {
                    broken.add("over the rep's hourly capacity");
                }
                if (!repStarts.add(rep.id() + "@" + rs.toInstant())) {
                    broken.add("two calls at once");
                }
                if (!call.localStart().getZone().equals(call.contact().zone())
                        || !call.localStart().toInstant().equals(rs.toInstant())) {
                    broken.add("local and rep times disagree");
                }
                assertThat(broken).as("%s on %s: %s", call.contact().id(), day, call).isEmpty();
                violations += broken.size();
            }
        }
        long dstDays = days.stream().filter(PlanComplianceTest::dstChange).count();
        System.out.printf(java.util.Locale.ROOT,
                "plan compliance: %d days (%d with a DST change in one of the zones), %d contact zones, %d rep zones, "
                        + "%d calls checked, violations = %d%n",
                days.size(), dstDays, zones.size(), REP_ZONES.length, calls, violations);
        assertThat(dstDays).isGreaterThanOrEqualTo(10);
        assertThat(calls).isGreaterThan(5_000);
        assertThat(zones).hasSize(12);
        assertThat(violations).isZero();
    }

    private static boolean dstChange(LocalDate day) {
        Set<String> all = new TreeSet<>(List.of(REP_ZONES));
        for (String[] p : PLACES) {
            all.add(p[2]);
        }
        for (String z : all) {
            ZoneId zone = ZoneId.of(z);
            if (!zone.getRules().getOffset(day.atStartOfDay(zone).toInstant())
                    .equals(zone.getRules().getOffset(day.plusDays(1).atStartOfDay(zone).toInstant()))) {
                return true;
            }
        }
        return false;
    }

    /** The rules a call breaks, computed here from the contact's local time and the rules' data. */
    private static List<String> broken(CallingRules rules, Callee c, Instant at) {
        List<String> out = new ArrayList<>();
        Contact contact = c.contact();
        LocalDateTime local = LocalDateTime.ofInstant(at, contact.zone());
        CallingRules.Scope scope = rules.scope(contact);
        if (c.flags().doNotCall()) {
            out.add("do_not_call");
        }
        if (!scope.days().contains(local.getDayOfWeek())) {
            out.add("weekday " + local.getDayOfWeek());
        }
        if (!scope.holidays() && CAL.isHoliday(local.toLocalDate(), contact.region())) {
            out.add("public holiday");
        }
        int minute = local.getHour() * 60 + local.getMinute();
        CallingWindow w = scope.window();
        if (minute < w.from() || minute >= w.to()) {
            out.add("outside the window " + w + " at " + local.toLocalTime());
        }
        ContactFlags f = c.flags();
        if (f.hasQuietHours()) {
            boolean quiet = f.quietFrom() < f.quietTo() ? minute >= f.quietFrom() && minute < f.quietTo()
                    : minute >= f.quietFrom() || minute < f.quietTo();
            if (quiet) {
                out.add("quiet hours " + f.quietText());
            }
        }
        int week = 0;
        LocalDate monday = local.toLocalDate().with(DayOfWeek.MONDAY);
        for (Instant a : c.history().attempts()) {
            LocalDate d = LocalDateTime.ofInstant(a, contact.zone()).toLocalDate();
            if (!d.isBefore(monday) && d.isBefore(monday.plusDays(7))) {
                week++;
            }
            if (Duration.between(a, at).abs().toMinutes() < rules.minGapMinutes()) {
                out.add("within the minimum gap");
            }
        }
        if (week >= rules.maxPerWeek()) {
            out.add("weekly cap");
        }
        if (c.history().lastConnect() != null && local.toLocalDate().isBefore(
                LocalDateTime.ofInstant(c.history().lastConnect(), contact.zone()).toLocalDate()
                        .plusDays(rules.pauseAfterConnectDays()))) {
            out.add("pause after a connect");
        }
        return out;
    }

    private static List<Rep> reps(SplittableRandom r) {
        List<Rep> reps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int start = r.nextInt(0, 12);
            int end = Math.min(24, start + r.nextInt(6, 14));
            reps.add(new Rep("rep-" + i, ZoneId.of(REP_ZONES[i]), r.nextInt(20, 80), r.nextInt(4, 13),
                    LocalTime.of(start, 0), end == 24 ? LocalTime.of(23, 59) : LocalTime.of(end, 0), null,
                    EnumSet.allOf(DayOfWeek.class)));
        }
        return reps;
    }

    private static List<Callee> callees(LocalDate day, SplittableRandom r, int n) {
        List<Callee> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] p = PLACES[r.nextInt(PLACES.length)];
            Contact c = new Contact("c" + i, p[0], p[1], ZoneId.of(p[2]), null, null, null, null, null);
            ContactFlags flags = ContactFlags.NONE;
            double u = r.nextDouble();
            if (u < 0.05) {
                flags = new ContactFlags(true, -1, -1);
            } else if (u < 0.35) {
                int from = r.nextInt(0, 24 * 4) * 15;
                int to = (from + r.nextInt(1, 40) * 15) % 1440;
                flags = new ContactFlags(false, from, to == from ? (to + 15) % 1440 : to);
            }
            List<Instant> attempts = new ArrayList<>();
            Instant lastConnect = null;
            Instant t = day.atStartOfDay(c.zone()).toInstant().minus(Duration.ofDays(r.nextInt(1, 40)));
            int k = r.nextInt(0, 5);
            for (int j = 0; j < k; j++) {
                attempts.add(t);
                if (r.nextDouble() < 0.1) {
                    lastConnect = t;
                }
                t = t.plus(Duration.ofMinutes(r.nextInt(60, 60 * 72)));
                if (!t.isBefore(day.atStartOfDay(c.zone()).toInstant())) {
                    break;
                }
            }
            out.add(new Callee(c, flags, new CallHistory(attempts, lastConnect), r.nextDouble() < 0.5 ? "rep-"
                    + r.nextInt(0, 7) : null, Channel.PHONE));
        }
        return out;
    }
}
