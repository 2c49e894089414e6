package org.reachlab.evaluation.pilot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.reachlab.stats.Bootstrap;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.KaplanMeier;
import org.reachlab.stats.RandomisationInference;

/**
 * The difference-in-differences analysis of a pilot.
 *
 * <p>Each metric is computed per rep and period (before the start, from it); a rep's change is its
 * after minus its before; the estimate is the pilot reps' mean change minus the control reps'. Reps
 * are the units of inference: calls of one rep share that rep (skill, list, habits), so the calls
 * are not independent, and with a handful of reps only the reps count. Intervals come from
 * randomisation inference over rep assignments ({@link RandomisationInference}): the estimate is
 * compared with the same estimate under every other choice of the same number of pilot reps, and
 * the interval collects the effects that comparison does not reject. With few pilot reps this is
 * exact when the pilot reps were picked at random (as the design command proposes); a wild cluster
 * bootstrap, the other choice, is known to be unreliable when only two or three clusters are
 * treated. Beside it, for the ratio metrics, a contact-level bootstrap of the pooled rates shows how
 * narrow an interval that ignores the reps would be; it is labelled as such and is not the one to
 * decide on.
 */
public final class PilotAnalysis {

    /** How the main intervals are made, as the summary and report say it. */
    public static final String INFERENCE = "randomisation inference over rep assignments: the difference in"
            + " differences of the reps' values is compared with its value under every other choice of as many"
            + " pilot reps (all of them when there are at most maxAssignments, else that many drawn at random); the"
            + " 95% interval is the set of constant effects this test does not reject at 5%. Chosen over a wild"
            + " cluster bootstrap because with two or three pilot reps that bootstrap is unreliable, while this test"
            + " is exact when the pilot reps were picked at random.";

    /** The label of the contact-level bootstrap. */
    public static final String CONTACT_BOOTSTRAP = "contact-level bootstrap of the pooled rates (contacts resampled;"
            + " ignores that calls of one rep are alike, so too narrow with few reps; for comparison only)";

    private final PilotCells cells;
    private final PilotLog log;
    private final PilotConfig config;
    private final boolean[] treated;
    /** Contact-level bootstrap estimates of contact rate, conversion and revenue per call (in that order). */
    private Estimate[] boots;

    private PilotAnalysis(PilotLog log, PilotCells cells, PilotConfig config) {
        this.log = log;
        this.cells = cells;
        this.config = config;
        this.treated = new boolean[cells.reps];
        for (int r = 0; r < cells.pilotReps; r++) {
            treated[r] = true;
        }
    }

    /**
     * Reads a data directory and analyses its pilot.
     *
     * @param data        the directory (calls.csv, contacts.csv, optional reps.csv)
     * @param pilotTeam   the pilot team's name in reps.csv, or null
     * @param pilotReps   the pilot reps, or null
     * @param controlTeam the control team's name, or null for every other rep
     * @param start       the pilot's first day
     * @param end         the first day after the window, or null for the log's end
     * @param config      settings
     */
    public static PilotResult run(Path data, String pilotTeam, List<String> pilotReps, String controlTeam,
                                  LocalDate start, LocalDate end, PilotConfig config) throws IOException {
        PilotLog log = PilotLog.read(data, config.revenueColumn());
        Teams teams = Teams.resolve(data.resolve("reps.csv"), log.reps(), pilotTeam, pilotReps, controlTeam);
        return analyse(data.toString(), log, teams, start, end, config);
    }

    /** Analyses a log that is already read. */
    public static PilotResult analyse(String data, PilotLog log, Teams teams, LocalDate start, LocalDate end,
                                      PilotConfig config) {
        PilotCells cells = PilotCells.of(log, teams, start, end, config);
        return new PilotAnalysis(log, cells, config).result(data, teams);
    }

    private PilotResult result(String data, Teams teams) {
        this.boots = contactBootstraps();
        List<PilotResult.Metric> metrics = new ArrayList<>();
        PilotResult.Metric contactRate = ratioMetric("contact_rate", "contact rate", "share of calls",
                cells.connects, cells.calls, cells.contactConnects, cells.contactCalls);
        metrics.add(contactRate);
        metrics.add(timeToConnect(true));
        metrics.add(timeToConnect(false));
        String noMeetings = "calls.csv records no meeting_booked value";
        if (log.counts().hasMeetings()) {
            metrics.add(ratioMetric("meetings_per_rep_day", "meetings per rep-day", "meetings a day a rep calls",
                    cells.meetings, cells.activeDays, null, null));
            metrics.add(ratioMetric("conversion", "conversion (meetings per connect)", "share of connects",
                    cells.meetings, cells.connects, cells.contactMeetings, cells.contactConnects));
        } else {
            metrics.add(PilotResult.Metric.unavailable("meetings_per_rep_day", "meetings per rep-day",
                    "meetings a day a rep calls", noMeetings));
            metrics.add(PilotResult.Metric.unavailable("conversion", "conversion (meetings per connect)",
                    "share of connects", noMeetings));
        }
        if (log.hasRevenue()) {
            metrics.add(ratioMetric("revenue_per_call", "revenue per call", "revenue a call", cells.revenue,
                    cells.calls, cells.contactRevenue, cells.contactCalls));
        } else {
            metrics.add(PilotResult.Metric.unavailable("revenue_per_call", "revenue per call", "revenue a call",
                    "calls.csv has no '" + config.revenueColumn() + "' column (set revenueColumn in the pilot file"
                            + " to the column that holds each call's revenue)"));
        }
        PilotResult.Roi roi = roi(contactRate);
        PilotResult.Checks checks = checks(teams, contactRate);
        PilotResult.Info info = new PilotResult.Info(data, cells.first(), cells.start(), cells.end(), teams.source(),
                teams.pilot(), teams.control(), log.counts(), cells.coverage(), INFERENCE);
        return new PilotResult(info, metrics, roi, checks, subgroups(true), subgroups(false), weekly());
    }

    // ---- metrics

    private PilotResult.Metric ratioMetric(String key, String label, String unit, double[] num, double[] den,
                                           double[] contactNum, double[] contactDen) {
        double[] before = new double[cells.reps];
        double[] after = new double[cells.reps];
        for (int r = 0; r < cells.reps; r++) {
            before[r] = ratio(cells.sum(num, r, PilotCells.BEFORE), cells.sum(den, r, PilotCells.BEFORE));
            after[r] = ratio(cells.sum(num, r, PilotCells.AFTER), cells.sum(den, r, PilotCells.AFTER));
        }
        PilotResult.Cells pooled = new PilotResult.Cells(
                pooled(num, den, true, PilotCells.BEFORE), pooled(num, den, true, PilotCells.AFTER),
                pooled(num, den, false, PilotCells.BEFORE), pooled(num, den, false, PilotCells.AFTER));
        RandomisationInference.Result did = did(before, after, key);
        Estimate boot = contactNum == null ? null
                : boots[contactNum == cells.contactConnects ? 0 : contactNum == cells.contactMeetings ? 1 : 2];
        return new PilotResult.Metric(key, label, unit, true, null, pooled, did, boot);
    }

    private double pooled(double[] num, double[] den, boolean pilot, int period) {
        double n = 0;
        double d = 0;
        for (int r = pilot ? 0 : cells.pilotReps; r < (pilot ? cells.pilotReps : cells.reps); r++) {
            n += cells.sum(num, r, period);
            d += cells.sum(den, r, period);
        }
        return ratio(n, d);
    }

    private PilotResult.Metric timeToConnect(boolean attempts) {
        int h = attempts ? cells.attemptsHorizon : cells.daysHorizon;
        long[] ev = attempts ? cells.attemptEvents : cells.dayEvents;
        long[] ce = attempts ? cells.attemptCensored : cells.dayCensored;
        double[] before = new double[cells.reps];
        double[] after = new double[cells.reps];
        for (int r = 0; r < cells.reps; r++) {
            before[r] = km(ev, ce, h, r, r + 1, PilotCells.BEFORE).restrictedMean();
            after[r] = km(ev, ce, h, r, r + 1, PilotCells.AFTER).restrictedMean();
        }
        PilotResult.Cells pooled = new PilotResult.Cells(
                km(ev, ce, h, 0, cells.pilotReps, PilotCells.BEFORE).restrictedMean(),
                km(ev, ce, h, 0, cells.pilotReps, PilotCells.AFTER).restrictedMean(),
                km(ev, ce, h, cells.pilotReps, cells.reps, PilotCells.BEFORE).restrictedMean(),
                km(ev, ce, h, cells.pilotReps, cells.reps, PilotCells.AFTER).restrictedMean());
        String key = attempts ? "time_to_connect_attempts" : "time_to_connect_days";
        String label = attempts ? "time to connect (attempts)" : "time to connect (days)";
        String unit = attempts ? "mean attempts to the first connect, restricted to " + h + " (Kaplan-Meier)"
                : "mean days from the first call to the first connect, restricted to " + h + " (Kaplan-Meier)";
        return new PilotResult.Metric(key, label, unit, true, null, pooled, did(before, after, key), null);
    }

    /** The Kaplan-Meier curve of reps [from, to) in a period. */
    KaplanMeier km(long[] ev, long[] ce, int h, int from, int to, int period) {
        long[] e = new long[h + 1];
        long[] c = new long[h + 1];
        for (int r = from; r < to; r++) {
            int base = (r * 2 + period) * (h + 1);
            for (int t = 0; t <= h; t++) {
                e[t] += ev[base + t];
                c[t] += ce[base + t];
            }
        }
        return KaplanMeier.ofCounts(e, c);
    }

    private RandomisationInference.Result did(double[] before, double[] after, String what) {
        double[] change = new double[cells.reps];
        for (int r = 0; r < cells.reps; r++) {
            change[r] = after[r] - before[r];
        }
        return ri(change, what);
    }

    private RandomisationInference.Result ri(double[] values, String what) {
        int pilot = 0;
        int control = 0;
        for (int r = 0; r < values.length; r++) {
            if (!Double.isNaN(values[r])) {
                if (treated[r]) {
                    pilot++;
                } else {
                    control++;
                }
            }
        }
        if (pilot == 0 || control == 0) {
            return null;
        }
        return RandomisationInference.test(values, treated, config.maxAssignments(),
                config.seed() ^ what.hashCode());
    }

    /**
     * The contact-level bootstrap of the pooled difference in differences of contact rate,
     * conversion and revenue per call at once: each resample draws the contacts once and sums,
     * per team and period, their calls, connects, meetings and revenue (16 numbers a contact, kept
     * side by side); no call is touched.
     */
    private Estimate[] contactBootstraps() {
        int n = 0;
        double[] v = new double[cells.contacts * 16];
        for (int c = 0; c < cells.contacts; c++) {
            double any = 0;
            for (int j = 0; j < 4; j++) {
                any += cells.contactCalls[c * 4 + j];
            }
            if (any == 0) {
                continue;
            }
            for (int j = 0; j < 4; j++) {
                v[n * 16 + j] = cells.contactCalls[c * 4 + j];
                v[n * 16 + 4 + j] = cells.contactConnects[c * 4 + j];
                v[n * 16 + 8 + j] = cells.contactMeetings[c * 4 + j];
                v[n * 16 + 12 + j] = cells.contactRevenue[c * 4 + j];
            }
            n++;
        }
        double[] sums = new double[16];
        for (int c = 0; c < n; c++) {
            for (int j = 0; j < 16; j++) {
                sums[j] += v[c * 16 + j];
            }
        }
        double[] point = dids(sums);
        int b = config.resamples();
        Estimate[] out = new Estimate[3];
        if (b == 0 || n == 0) {
            for (int m = 0; m < 3; m++) {
                out[m] = Estimate.bootstrap(point[m], Double.NaN, Double.NaN, n);
            }
            return out;
        }
        SplittableRandom random = new SplittableRandom(config.seed());
        int[] times = new int[n];
        double[][] reps = new double[3][b];
        for (int k = 0; k < b; k++) {
            Bootstrap.drawCounts(random, n, times);
            java.util.Arrays.fill(sums, 0);
            for (int c = 0; c < n; c++) {
                int t = times[c];
                if (t != 0) {
                    int base = c * 16;
                    for (int j = 0; j < 16; j++) {
                        sums[j] += t * v[base + j];
                    }
                }
            }
            double[] d = dids(sums);
            for (int m = 0; m < 3; m++) {
                reps[m][k] = d[m];
            }
        }
        for (int m = 0; m < 3; m++) {
            Estimate e = Bootstrap.interval(point[m], reps[m], b);
            out[m] = Estimate.bootstrap(point[m], e.lo(), e.hi(), n);
        }
        return out;
    }

    /** Pooled DiDs from the 16 sums (calls, connects, meetings, revenue; each by team * 2 + period). */
    private static double[] dids(double[] s) {
        return new double[] {did(s, 4, 0), did(s, 8, 4), did(s, 12, 0)};
    }

    private static double did(double[] s, int num, int den) {
        // cell = team * 2 + period; team 1 = pilot
        return (ratio(s[num + 3], s[den + 3]) - ratio(s[num + 2], s[den + 2]))
                - (ratio(s[num + 1], s[den + 1]) - ratio(s[num], s[den]));
    }

    // ---- return on investment

    private PilotResult.Roi roi(PilotResult.Metric contactRate) {
        PilotConfig.Business b = config.business();
        double callsPerRepDay = pooled(cells.calls, cells.activeDays, true, PilotCells.AFTER);
        double conversion = log.counts().hasMeetings()
                ? pooled(cells.meetings, cells.connects, true, PilotCells.AFTER) : Double.NaN;
        double revenuePerMeeting = Double.NaN;
        String source;
        List<String> missing = new ArrayList<>();
        if (log.hasRevenue()) {
            double rev = 0;
            double meet = 0;
            for (int r = 0; r < cells.reps; r++) {
                rev += cells.sum(cells.revenue, r, PilotCells.BEFORE) + cells.sum(cells.revenue, r, PilotCells.AFTER);
                meet += cells.sum(cells.meetings, r, PilotCells.BEFORE) + cells.sum(cells.meetings, r, PilotCells.AFTER);
            }
            revenuePerMeeting = ratio(rev, meet);
            source = "measured: the log's revenue over its meetings";
        } else if (b.closeRate() != null && b.dealSize() != null) {
            revenuePerMeeting = b.closeRate() * b.dealSize();
            source = "pilot file: closeRate x dealSize";
        } else {
            source = "none";
            missing.add("revenue per meeting (a revenue column in calls.csv, or business.closeRate and"
                    + " business.dealSize in the pilot file)");
        }
        if (Double.isNaN(conversion)) {
            missing.add("conversion (meeting_booked in calls.csv)");
        }
        RandomisationInference.Result did = contactRate.did();
        double[] uplift = did == null ? new double[] {Double.NaN, Double.NaN, Double.NaN}
                : new double[] {did.estimate(), did.lo(), did.hi()};
        int days = b.workingDays();
        double[] connects = new double[3];
        double[] meetings = new double[3];
        double[] revenue = new double[3];
        double[] net = new double[3];
        double[] roi = new double[3];
        double cost = b.toolCostPerRepPerMonth() == null ? Double.NaN : b.toolCostPerRepPerMonth();
        for (int i = 0; i < 3; i++) {
            connects[i] = uplift[i] * callsPerRepDay * days;
            meetings[i] = connects[i] * conversion;
            revenue[i] = meetings[i] * revenuePerMeeting;
            net[i] = Double.isNaN(cost) ? Double.NaN : revenue[i] - cost;
            roi[i] = Double.isNaN(cost) || cost == 0 ? Double.NaN : net[i] / cost;
        }
        if (Double.isNaN(cost)) {
            missing.add("the tool's cost (business.toolCostPerRepPerMonth in the pilot file)");
        }
        boolean available = missing.isEmpty();
        return new PilotResult.Roi(available, available ? null : "missing " + String.join("; ", missing),
                callsPerRepDay, conversion, revenuePerMeeting, source, days, connects, meetings, revenue, cost, net,
                roi, b.currency());
    }

    // ---- checks

    private PilotResult.Checks checks(Teams teams, PilotResult.Metric contactRate) {
        List<String> warnings = new ArrayList<>();
        int preWeeks = -cells.firstWeek;
        List<PilotResult.Placebo> placebos = new ArrayList<>();
        for (int j = 1; j <= config.placebos(); j++) {
            int split = -j;
            if (split - cells.firstWeek < 2) {
                break;
            }
            double[] before = new double[cells.reps];
            double[] after = new double[cells.reps];
            for (int r = 0; r < cells.reps; r++) {
                before[r] = rate(r, cells.firstWeek, split);
                after[r] = rate(r, split, 0);
            }
            RandomisationInference.Result d = did(before, after, "placebo" + j);
            placebos.add(new PilotResult.Placebo(cells.start().plusWeeks(split), j, d));
            if (d != null && d.excludesZero()) {
                warnings.add(String.format(Locale.ROOT, "pre-trend: a placebo start %d week(s) before the start gives a"
                        + " contact-rate difference in differences of %+.1f points [%+.1f, %+.1f] where nothing changed;"
                        + " the teams were drifting apart before the pilot", j, 100 * d.estimate(), 100 * d.lo(),
                        100 * d.hi()));
            }
        }
        if (preWeeks < 3) {
            warnings.add("pre-trend: only " + preWeeks + " week(s) before the start; no placebo start can be checked");
        }
        // slope of the weekly pilot-minus-control gap before the start
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        for (int w = cells.firstWeek; w < 0; w++) {
            double p = teamRate(true, w, w + 1);
            double c = teamRate(false, w, w + 1);
            if (Double.isNaN(p) || Double.isNaN(c)) {
                continue;
            }
            double g = p - c;
            sx += w;
            sy += g;
            sxx += (double) w * w;
            sxy += w * g;
            m++;
        }
        double slope = m < 2 ? Double.NaN : (m * sxy - sx * sy) / (m * sxx - sx * sx);
        double[] gap = new double[cells.reps];
        for (int r = 0; r < cells.reps; r++) {
            gap[r] = rate(r, cells.firstWeek, 0);
        }
        RandomisationInference.Result preGap = ri(gap, "pre-gap");
        if (preGap != null && preGap.excludesZero()) {
            warnings.add(String.format(Locale.ROOT, "team mix: before the start the pilot reps' contact rate was"
                    + " %+.1f points [%+.1f, %+.1f] from the control reps'; a naive before/after or pilot-vs-control"
                    + " comparison would mix this into the effect (the difference in differences takes it out)",
                    100 * preGap.estimate(), 100 * preGap.lo(), 100 * preGap.hi()));
        }
        PilotResult.Cells cr = contactRate.cells();
        double controlChange = cr.controlAfter() - cr.controlBefore();
        if (Math.abs(controlChange) >= 0.02) {
            warnings.add(String.format(Locale.ROOT, "time: the control team's contact rate moved %+.1f points from"
                    + " before to after without the pilot (a season, a holiday, a list change); the naive before/after of"
                    + " the pilot team (%+.1f points) includes it", 100 * controlChange, 100 * cr.naive()));
        }
        PilotResult.SampleRatio srm = sampleRatio();
        if (srm.pValue() < 0.001 && Math.abs(srm.after() - srm.before()) >= 0.01) {
            warnings.add(String.format(Locale.ROOT, "sample ratio: the pilot team made %.1f%% of the calls before and"
                    + " %.1f%% after (p = %.2g); the pilot changed how much its reps call, or reps came and went",
                    100 * srm.before(), 100 * srm.after(), srm.pValue()));
        }
        List<PilotResult.RepRow> reps = new ArrayList<>();
        for (int r = 0; r < cells.reps; r++) {
            String id = r < cells.pilotReps ? teams.pilot().get(r) : teams.control().get(r - cells.pilotReps);
            long cb = (long) cells.sum(cells.calls, r, PilotCells.BEFORE);
            long ca = (long) cells.sum(cells.calls, r, PilotCells.AFTER);
            reps.add(new PilotResult.RepRow(id, r < cells.pilotReps ? "pilot" : "control", cb, ca,
                    (long) cells.sum(cells.activeDays, r, PilotCells.BEFORE),
                    (long) cells.sum(cells.activeDays, r, PilotCells.AFTER),
                    rate(r, cells.firstWeek, 0), rate(r, 0, cells.firstWeek + cells.weeks)));
            if (cb == 0 || ca == 0) {
                warnings.add("rep mix: rep " + id + " made no call " + (cb == 0 ? "before" : "from") + " the start"
                        + " and is left out of the reps' differences");
            }
        }
        PilotResult.Mix seg = mix(cells.segCalls, cells.segments, log.segments());
        PilotResult.Mix ctry = mix(cells.countryCalls, cells.countries, log.countries());
        for (PilotResult.Mix mx : List.of(seg, ctry)) {
            String what = mx == seg ? "segment" : "country";
            if (mx.pilotShift() - mx.controlShift() > 0.05) {
                warnings.add(String.format(Locale.ROOT, "contact mix: the pilot team's %s mix moved %.1f%% (total"
                        + " variation) from before to after, the control team's %.1f%%; part of a change may be whom"
                        + " the pilot called rather than when (see the uplift per %s)", what, 100 * mx.pilotShift(),
                        100 * mx.controlShift(), what));
            }
        }
        List<PilotResult.NoveltyWeek> novelty = new ArrayList<>();
        double[] before = new double[cells.reps];
        for (int r = 0; r < cells.reps; r++) {
            before[r] = rate(r, cells.firstWeek, 0);
        }
        int postWeeks = cells.firstWeek + cells.weeks;
        for (int w = 0; w < postWeeks; w++) {
            double[] after = new double[cells.reps];
            for (int r = 0; r < cells.reps; r++) {
                after[r] = rate(r, w, w + 1);
            }
            novelty.add(new PilotResult.NoveltyWeek(w + 1, did(before, after, "novelty" + w)));
        }
        if (novelty.size() >= 4) {
            double early = meanEstimate(novelty.subList(0, novelty.size() / 2));
            double late = meanEstimate(novelty.subList(novelty.size() / 2, novelty.size()));
            if (Math.abs(early - late) >= 0.02 && Math.abs(early) > Math.abs(late)) {
                warnings.add(String.format(Locale.ROOT, "novelty: the uplift was %+.1f points in the first %d weeks"
                        + " and %+.1f in the last %d; it may fade", 100 * early, novelty.size() / 2, 100 * late,
                        novelty.size() - novelty.size() / 2));
            }
        }
        if (cells.pilotReps < 3 || cells.reps - cells.pilotReps < 3) {
            warnings.add("reps: with " + cells.pilotReps + " pilot and " + (cells.reps - cells.pilotReps)
                    + " control reps the rep-level intervals are wide or unbounded; the contact-level bootstrap is"
                    + " narrower only because it ignores the reps");
        }
        return new PilotResult.Checks(placebos, slope, preGap, srm, reps, seg, ctry, novelty, warnings);
    }

    private static double meanEstimate(List<PilotResult.NoveltyWeek> weeks) {
        return weeks.stream().filter(w -> w.did() != null).mapToDouble(w -> w.did().estimate()).average()
                .orElse(Double.NaN);
    }

    private PilotResult.SampleRatio sampleRatio() {
        long[] c = new long[4];
        for (int r = 0; r < cells.reps; r++) {
            int team = r < cells.pilotReps ? 1 : 0;
            c[team * 2] += (long) cells.sum(cells.calls, r, PilotCells.BEFORE);
            c[team * 2 + 1] += (long) cells.sum(cells.calls, r, PilotCells.AFTER);
        }
        double p;
        try {
            p = new ChiSquareTest().chiSquareTest(new long[][] {{c[2], c[0]}, {c[3], c[1]}});
        } catch (RuntimeException e) {
            p = Double.NaN;
        }
        return new PilotResult.SampleRatio((double) c[2] / (c[2] + c[0]), (double) c[3] / (c[3] + c[1]), c[2], c[0],
                c[3], c[1], p);
    }

    private PilotResult.Mix mix(double[] perRepPeriod, int k, List<String> names) {
        double[][] shares = new double[4][k];
        for (int r = 0; r < cells.reps; r++) {
            int team = r < cells.pilotReps ? 0 : 2;
            for (int period = 0; period < 2; period++) {
                for (int j = 0; j < k; j++) {
                    shares[team + period][j] += perRepPeriod[(r * 2 + period) * k + j];
                }
            }
        }
        for (double[] s : shares) {
            double t = 0;
            for (double v : s) {
                t += v;
            }
            for (int j = 0; j < k; j++) {
                s[j] = t == 0 ? 0 : s[j] / t;
            }
        }
        return new PilotResult.Mix(names, shares[0], shares[1], shares[2], shares[3], tvd(shares[0], shares[1]),
                tvd(shares[2], shares[3]));
    }

    private static double tvd(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += Math.abs(a[j] - b[j]);
        }
        return s / 2;
    }

    // ---- subgroups and weeks

    private List<PilotResult.Subgroup> subgroups(boolean segment) {
        double[] calls = segment ? cells.segCalls : cells.countryCalls;
        double[] conns = segment ? cells.segConnects : cells.countryConnects;
        int k = segment ? cells.segments : cells.countries;
        List<String> names = segment ? log.segments() : log.countries();
        List<PilotResult.Subgroup> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] before = new double[cells.reps];
            double[] after = new double[cells.reps];
            double[] pooledN = new double[4];
            double[] pooledD = new double[4];
            long total = 0;
            for (int r = 0; r < cells.reps; r++) {
                int team = r < cells.pilotReps ? 1 : 0;
                for (int period = 0; period < 2; period++) {
                    int i = (r * 2 + period) * k + j;
                    pooledN[team * 2 + period] += conns[i];
                    pooledD[team * 2 + period] += calls[i];
                    total += (long) calls[i];
                }
                before[r] = ratio(conns[(r * 2) * k + j], calls[(r * 2) * k + j]);
                after[r] = ratio(conns[(r * 2 + 1) * k + j], calls[(r * 2 + 1) * k + j]);
            }
            if (total == 0) {
                continue;
            }
            PilotResult.Cells pc = new PilotResult.Cells(ratio(pooledN[2], pooledD[2]), ratio(pooledN[3], pooledD[3]),
                    ratio(pooledN[0], pooledD[0]), ratio(pooledN[1], pooledD[1]));
            RandomisationInference.Result d = did(before, after, (segment ? "segment:" : "country:") + names.get(j));
            out.add(new PilotResult.Subgroup(names.get(j), total, pc, d, d == null
                    ? "not estimable: a team has no rep with calls of this " + (segment ? "segment" : "country")
                    + " both before and after" : null));
        }
        out.sort((x, y) -> Long.compare(y.calls(), x.calls()));
        return out;
    }

    private List<PilotResult.Week> weekly() {
        List<PilotResult.Week> out = new ArrayList<>();
        for (int w = cells.firstWeek; w < cells.firstWeek + cells.weeks; w++) {
            long pc = 0;
            long cc = 0;
            double pm = 0;
            double cm = 0;
            double pd = 0;
            double cd = 0;
            for (int r = 0; r < cells.reps; r++) {
                double calls = cells.sumWeeksSinceStart(cells.calls, r, w, w + 1);
                double meet = cells.sumWeeksSinceStart(cells.meetings, r, w, w + 1);
                double days = cells.sumWeeksSinceStart(cells.activeDays, r, w, w + 1);
                if (r < cells.pilotReps) {
                    pc += (long) calls;
                    pm += meet;
                    pd += days;
                } else {
                    cc += (long) calls;
                    cm += meet;
                    cd += days;
                }
            }
            out.add(new PilotResult.Week(w, cells.start().plusWeeks(w), pc, cc, teamRate(true, w, w + 1),
                    teamRate(false, w, w + 1), ratio(pm, pd), ratio(cm, cd)));
        }
        return out;
    }

    private double rate(int r, int fromWeek, int toWeek) {
        return ratio(cells.sumWeeksSinceStart(cells.connects, r, fromWeek, toWeek),
                cells.sumWeeksSinceStart(cells.calls, r, fromWeek, toWeek));
    }

    private double teamRate(boolean pilot, int fromWeek, int toWeek) {
        double n = 0;
        double d = 0;
        for (int r = pilot ? 0 : cells.pilotReps; r < (pilot ? cells.pilotReps : cells.reps); r++) {
            n += cells.sumWeeksSinceStart(cells.connects, r, fromWeek, toWeek);
            d += cells.sumWeeksSinceStart(cells.calls, r, fromWeek, toWeek);
        }
        return ratio(n, d);
    }

    private static double ratio(double n, double d) {
        return d == 0 ? Double.NaN : n / d;
    }
}
