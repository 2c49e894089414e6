package org.reachlab.evaluation.pilot;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pilot's calls aggregated once, so that every estimate and every resample works on a few
 * thousand numbers rather than on the calls: per rep (pilot reps first, then control) and week
 * since the start (negative before it) the calls, connects, meetings, revenue and active days; per
 * rep, period and segment (and country) the calls and connects; per rep and period the
 * Kaplan-Meier counts of time to connect in attempts and days; per contact and team-period the
 * sums the contact-level bootstrap resamples.
 *
 * <p>Time to connect: in each period, each contact's episode starts at its first call in the
 * period, belongs to that call's rep, and ends at the first connect (an event at that attempt and
 * that many days later) or, without one, is censored at the period's last call of the contact
 * (attempts) and at the period's end (days).
 */
public final class PilotCells {

    /** Before the start. */
    public static final int BEFORE = 0;
    /** From the start. */
    public static final int AFTER = 1;

    final int reps;
    final int pilotReps;
    final int firstWeek;
    final int weeks;
    final int segments;
    final int countries;
    final int attemptsHorizon;
    final int daysHorizon;
    final int startDay;
    final int firstDay;
    final int endDay;
    // [rep][week]
    final double[] calls;
    final double[] connects;
    final double[] meetings;
    final double[] meetingKnown;
    final double[] revenue;
    final double[] activeDays;
    // [rep][period][segment] and [rep][period][country]
    final double[] segCalls;
    final double[] segConnects;
    final double[] countryCalls;
    final double[] countryConnects;
    // [rep][period][t]
    final long[] attemptEvents;
    final long[] attemptCensored;
    final long[] dayEvents;
    final long[] dayCensored;
    // [contact][team * 2 + period]: calls, connects, meetings, revenue
    final double[] contactCalls;
    final double[] contactConnects;
    final double[] contactMeetings;
    final double[] contactRevenue;
    final int contacts;

    /**
     * What was left out.
     *
     * @param analysed     calls in the analysis
     * @param unknownRep   calls of reps the reps file does not list
     * @param otherTeam    calls of listed reps in neither team
     * @param noRep        calls that name no rep
     * @param afterEnd     calls on or after the end date
     */
    public record Coverage(long analysed, long unknownRep, long otherTeam, long noRep, long afterEnd) {
    }

    final Coverage coverage;

    private PilotCells(int reps, int pilotReps, int firstWeek, int weeks, int segments, int countries,
                       int attemptsHorizon, int daysHorizon, int startDay, int firstDay, int endDay, int contacts,
                       Coverage coverage, double[][] arrays, long[][] km) {
        this.reps = reps;
        this.pilotReps = pilotReps;
        this.firstWeek = firstWeek;
        this.weeks = weeks;
        this.segments = segments;
        this.countries = countries;
        this.attemptsHorizon = attemptsHorizon;
        this.daysHorizon = daysHorizon;
        this.startDay = startDay;
        this.firstDay = firstDay;
        this.endDay = endDay;
        this.contacts = contacts;
        this.coverage = coverage;
        this.calls = arrays[0];
        this.connects = arrays[1];
        this.meetings = arrays[2];
        this.meetingKnown = arrays[3];
        this.revenue = arrays[4];
        this.activeDays = arrays[5];
        this.segCalls = arrays[6];
        this.segConnects = arrays[7];
        this.countryCalls = arrays[8];
        this.countryConnects = arrays[9];
        this.contactCalls = arrays[10];
        this.contactConnects = arrays[11];
        this.contactMeetings = arrays[12];
        this.contactRevenue = arrays[13];
        this.attemptEvents = km[0];
        this.attemptCensored = km[1];
        this.dayEvents = km[2];
        this.dayCensored = km[3];
    }

    /**
     * Aggregates the log.
     *
     * @param log    the calls
     * @param teams  the teams
     * @param start  the first day of the pilot
     * @param end    the first day after it, or null for the day after the log's last call
     * @param config horizons
     * @throws PilotInputException when the start is outside the log, the end not after the start,
     *                             or a team has no calls before or after the start
     */
    public static PilotCells of(PilotLog log, Teams teams, LocalDate start, LocalDate end, PilotConfig config) {
        int[] range = log.dayRange();
        if (range[0] < 0) {
            throw new PilotInputException("calls.csv has no live calls to analyse");
        }
        int startDay = (int) start.toEpochDay();
        if (startDay <= range[0] || startDay > range[1]) {
            throw new PilotInputException("--start " + start + " is outside the log: its calls run from "
                    + LocalDate.ofEpochDay(range[0]) + " to " + LocalDate.ofEpochDay(range[1])
                    + " (the start must leave calls before it and be on or before the last day)");
        }
        int endDay = end == null ? range[1] + 1 : (int) end.toEpochDay();
        if (endDay <= startDay) {
            throw new PilotInputException("--end " + end + " is not after --start " + start);
        }
        Map<String, Integer> index = new HashMap<>();
        for (String r : teams.pilot()) {
            index.put(r, index.size());
        }
        for (String r : teams.control()) {
            index.put(r, index.size());
        }
        int reps = index.size();
        int pilotReps = teams.pilot().size();
        List<String> logReps = log.reps();
        int[] repOf = new int[logReps.size()];
        boolean[] unknown = new boolean[logReps.size()];
        for (int i = 0; i < repOf.length; i++) {
            Integer r = index.get(logReps.get(i));
            repOf[i] = r == null ? -1 : r;
            unknown[i] = !teams.known().contains(logReps.get(i));
        }
        int firstDay = range[0];
        int firstWeek = Math.floorDiv(firstDay - startDay, 7);
        int lastWeek = Math.floorDiv(endDay - 1 - startDay, 7);
        int weeks = lastWeek - firstWeek + 1;
        int segs = log.segments().size();
        int ctry = log.countries().size();
        int nContacts = log.contacts();
        int ha = config.attemptsHorizon();
        int hd = config.daysHorizon();
        double[][] a = {
            new double[reps * weeks], new double[reps * weeks], new double[reps * weeks], new double[reps * weeks],
            new double[reps * weeks], new double[reps * weeks],
            new double[reps * 2 * segs], new double[reps * 2 * segs], new double[reps * 2 * ctry],
            new double[reps * 2 * ctry],
            new double[nContacts * 4], new double[nContacts * 4], new double[nContacts * 4], new double[nContacts * 4]
        };
        long[][] km = {new long[reps * 2 * (ha + 1)], new long[reps * 2 * (ha + 1)], new long[reps * 2 * (hd + 1)],
            new long[reps * 2 * (hd + 1)]};
        int nDays = endDay - firstDay;
        boolean[] active = new boolean[reps * nDays];
        long unknownRep = 0;
        long otherTeam = 0;
        long noRep = 0;
        long afterEnd = 0;
        int n = log.size();
        int[] keep = new int[n];
        int kept = 0;
        long minEpoch = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            int lr = log.rep(i);
            if (lr < 0) {
                noRep++;
                continue;
            }
            int r = repOf[lr];
            if (r < 0) {
                if (unknown[lr]) {
                    unknownRep++;
                } else {
                    otherTeam++;
                }
                continue;
            }
            int d = log.day(i);
            if (d >= endDay) {
                afterEnd++;
                continue;
            }
            int w = Math.floorDiv(d - startDay, 7) - firstWeek;
            int period = d < startDay ? BEFORE : AFTER;
            int cell = r * weeks + w;
            boolean conn = log.connected(i);
            a[0][cell]++;
            if (conn) {
                a[1][cell]++;
            }
            if (log.meetingKnown(i)) {
                a[3][cell]++;
                if (log.meeting(i)) {
                    a[2][cell]++;
                }
            }
            a[4][cell] += log.revenue(i);
            if (!active[r * nDays + d - firstDay]) {
                active[r * nDays + d - firstDay] = true;
                a[5][cell]++;
            }
            int c = log.contact(i);
            int sCell = (r * 2 + period) * segs + log.segmentOf(c);
            int cCell = (r * 2 + period) * ctry + log.countryOf(c);
            a[6][sCell]++;
            a[8][cCell]++;
            if (conn) {
                a[7][sCell]++;
                a[9][cCell]++;
            }
            int tp = (r < pilotReps ? 1 : 0) * 2 + period;
            a[10][c * 4 + tp]++;
            if (conn) {
                a[11][c * 4 + tp]++;
            }
            if (log.meeting(i)) {
                a[12][c * 4 + tp]++;
            }
            a[13][c * 4 + tp] += log.revenue(i);
            keep[kept++] = i;
            minEpoch = Math.min(minEpoch, log.epochSecond(i));
        }
        episodes(log, keep, kept, minEpoch, repOf, startDay, endDay, ha, hd, km);
        PilotCells cells = new PilotCells(reps, pilotReps, firstWeek, weeks, segs, ctry, ha, hd, startDay, firstDay,
                endDay, nContacts, new Coverage(kept, unknownRep, otherTeam, noRep, afterEnd), a, km);
        for (int team = 1; team >= 0; team--) {
            String name = team == 1 ? "pilot" : "control";
            List<String> members = team == 1 ? teams.pilot() : teams.control();
            for (int period = BEFORE; period <= AFTER; period++) {
                double total = 0;
                for (int r = team == 1 ? 0 : pilotReps; r < (team == 1 ? pilotReps : reps); r++) {
                    total += cells.sum(cells.calls, r, period);
                }
                if (total == 0) {
                    throw new PilotInputException("the " + name + " team (" + abbreviate(members) + ") has no calls "
                            + (period == BEFORE ? "before the start " + start : "from the start " + start
                            + (end == null ? "" : " to the end " + end)));
                }
            }
        }
        return cells;
    }

    private static String abbreviate(List<String> reps) {
        return reps.size() <= 6 ? String.join(", ", reps) : String.join(", ", reps.subList(0, 6)) + ", ... "
                + reps.size() + " reps";
    }

    private static void episodes(PilotLog log, int[] keep, int kept, long minEpoch, int[] repOf, int startDay,
                                 int endDay, int ha, int hd, long[][] km) {
        int[] perm = java.util.Arrays.copyOf(keep, kept);
        int[] byContact = new int[kept];
        int[] byTime = new int[kept];
        for (int k = 0; k < kept; k++) {
            byContact[k] = log.contact(perm[k]);
            byTime[k] = (int) Math.min(Integer.MAX_VALUE, log.epochSecond(perm[k]) - minEpoch);
        }
        int[] order = new int[kept];
        for (int k = 0; k < kept; k++) {
            order[k] = k;
        }
        IntArrays.radixSortIndirect(order, byContact, byTime, true);
        int k = 0;
        while (k < kept) {
            int contact = byContact[order[k]];
            int j = k;
            while (j < kept && byContact[order[j]] == contact) {
                j++;
            }
            // calls k..j-1 of one contact, in time order; the periods split them
            int split = k;
            while (split < j && log.day(perm[order[split]]) < startDay) {
                split++;
            }
            episode(log, perm, order, k, split, startDay, repOf, 0, ha, hd, km);
            episode(log, perm, order, split, j, endDay, repOf, 1, ha, hd, km);
            k = j;
        }
    }

    private static void episode(PilotLog log, int[] perm, int[] order, int from, int to, int periodEnd, int[] repOf,
                                int period, int ha, int hd, long[][] km) {
        if (from >= to) {
            return;
        }
        int first = perm[order[from]];
        int r = repOf[log.rep(first)];
        int firstDay = log.day(first);
        int attempts = 0;
        for (int m = from; m < to; m++) {
            int i = perm[order[m]];
            attempts++;
            if (log.connected(i)) {
                int days = log.day(i) - firstDay;
                add(km[0], km[1], r, period, ha, attempts, true);
                add(km[2], km[3], r, period, hd, days, true);
                return;
            }
        }
        add(km[0], km[1], r, period, ha, attempts, false);
        add(km[2], km[3], r, period, hd, periodEnd - 1 - firstDay, false);
    }

    private static void add(long[] events, long[] censored, int r, int period, int h, int t, boolean event) {
        int base = (r * 2 + period) * (h + 1);
        if (t > h) {
            censored[base + h]++;
        } else if (event) {
            events[base + t]++;
        } else {
            censored[base + t]++;
        }
    }

    /** The sum of a [rep][week] array over a period. */
    double sum(double[] perWeek, int rep, int period) {
        int w0 = period == BEFORE ? 0 : -firstWeek;
        int w1 = period == BEFORE ? -firstWeek : weeks;
        return sumWeeks(perWeek, rep, w0, w1);
    }

    /** The sum of a [rep][week] array over weeks since the start in [from, to). */
    double sumWeeksSinceStart(double[] perWeek, int rep, int from, int to) {
        return sumWeeks(perWeek, rep, Math.max(0, from - firstWeek), Math.min(weeks, to - firstWeek));
    }

    private double sumWeeks(double[] perWeek, int rep, int w0, int w1) {
        double s = 0;
        for (int w = w0; w < w1; w++) {
            s += perWeek[rep * weeks + w];
        }
        return s;
    }

    /** Reps in the analysis (pilot first). */
    public int reps() {
        return reps;
    }

    /** Pilot reps (the first of {@link #reps()}). */
    public int pilotReps() {
        return pilotReps;
    }

    /** Week since the start of the first week (negative). */
    public int firstWeek() {
        return firstWeek;
    }

    /** Weeks from {@link #firstWeek()} on. */
    public int weeks() {
        return weeks;
    }

    /** What was analysed and left out. */
    public Coverage coverage() {
        return coverage;
    }

    /** The first day of the pilot. */
    public LocalDate start() {
        return LocalDate.ofEpochDay(startDay);
    }

    /** The first day of the log. */
    public LocalDate first() {
        return LocalDate.ofEpochDay(firstDay);
    }

    /** The day after the analysed window. */
    public LocalDate end() {
        return LocalDate.ofEpochDay(endDay);
    }
}
