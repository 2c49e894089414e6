package org.reachlab.evaluation.pilot;

import java.time.LocalDate;
import java.util.List;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.RandomisationInference;

/**
 * What a pilot analysis found.
 *
 * @param info       the window, the teams and what was left out
 * @param metrics    every metric, before and after for both teams, with its difference in differences
 * @param roi        the return on investment from the measured inputs
 * @param checks     the checks to read before the estimates
 * @param bySegment  the contact-rate uplift per segment (industry|role)
 * @param byCountry  the contact-rate uplift per country
 * @param weekly     both teams' weekly figures
 */
public record PilotResult(Info info, List<Metric> metrics, Roi roi, Checks checks, List<Subgroup> bySegment,
                          List<Subgroup> byCountry, List<Week> weekly) {

    /** The metric with this key, or null. */
    public Metric metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * The window and the teams.
     *
     * @param data          the data directory
     * @param first         first day of the log
     * @param start         first day of the pilot
     * @param end           first day after the window
     * @param teamsSource   where the teams came from
     * @param pilot         pilot reps
     * @param control       control reps
     * @param log           what reading counted
     * @param coverage      what the analysis kept and left out
     * @param inference     how the intervals of the differences in differences were made
     */
    public record Info(String data, LocalDate first, LocalDate start, LocalDate end, String teamsSource,
                       List<String> pilot, List<String> control, PilotLog.Counts log, PilotCells.Coverage coverage,
                       String inference) {
    }

    /**
     * One team in one period, pooled over its reps.
     *
     * @param pilotBefore   the pilot team before the start
     * @param pilotAfter    the pilot team from the start
     * @param controlBefore the control team before
     * @param controlAfter  the control team from the start
     */
    public record Cells(double pilotBefore, double pilotAfter, double controlBefore, double controlAfter) {

        /** (pilot after − before) − (control after − before) on the pooled figures. */
        public double pooledDid() {
            return (pilotAfter - pilotBefore) - (controlAfter - controlBefore);
        }

        /** The pilot's after minus before: the naive comparison. */
        public double naive() {
            return pilotAfter - pilotBefore;
        }
    }

    /**
     * One metric.
     *
     * @param key              the summary.json key
     * @param label            a name for people
     * @param unit             what the values count
     * @param available        false when the log lacks what the metric needs
     * @param reason           why it is unavailable (null when available)
     * @param cells            the four pooled figures
     * @param did              difference in differences of the reps' values with randomisation inference
     * @param contactBootstrap the pooled difference in differences with a contact-level bootstrap
     *                         interval (null where it does not apply)
     */
    public record Metric(String key, String label, String unit, boolean available, String reason, Cells cells,
                         RandomisationInference.Result did, Estimate contactBootstrap) {

        static Metric unavailable(String key, String label, String unit, String reason) {
            return new Metric(key, label, unit, false, reason, null, null, null);
        }
    }

    /**
     * The article's return on investment per pilot rep and month, from the measured contact-rate
     * uplift (with its interval), calls per rep-day and conversion.
     *
     * @param available          false when an input is missing
     * @param reason             what is missing
     * @param callsPerRepDay     measured, pilot team after the start
     * @param conversion         measured meetings per connect, pilot team after the start
     * @param revenuePerMeeting  measured (revenue column) or close rate x deal size from the pilot file
     * @param revenueSource      where the revenue per meeting came from
     * @param workingDays        working days a month
     * @param extraConnects      [value, lo, hi] per rep and month
     * @param extraMeetings      [value, lo, hi]
     * @param extraRevenue       [value, lo, hi]
     * @param toolCost           per rep and month, or NaN
     * @param net                extra revenue minus tool cost [value, lo, hi]
     * @param roi                net over tool cost [value, lo, hi] (NaN without a tool cost)
     * @param currency           currency code
     */
    public record Roi(boolean available, String reason, double callsPerRepDay, double conversion,
                      double revenuePerMeeting, String revenueSource, int workingDays, double[] extraConnects,
                      double[] extraMeetings, double[] extraRevenue, double toolCost, double[] net, double[] roi,
                      String currency) {
    }

    /**
     * The checks.
     *
     * @param placebos        placebo starts in the pre-period: the contact-rate DiD where nothing changed
     * @param preTrendSlope   slope per week of the pilot-minus-control contact rate before the start (points a week)
     * @param preGap          pilot minus control contact rate before the start (reps' values, RI interval)
     * @param sampleRatio     the pilot team's share of calls before and after
     * @param reps            per rep
     * @param segmentMix      the segment mix of both teams before and after
     * @param countryMix      the country mix
     * @param novelty         contact-rate DiD by week since the start
     * @param warnings        what a reader should know first
     */
    public record Checks(List<Placebo> placebos, double preTrendSlope, RandomisationInference.Result preGap,
                         SampleRatio sampleRatio, List<RepRow> reps, Mix segmentMix, Mix countryMix,
                         List<NoveltyWeek> novelty, List<String> warnings) {
    }

    /** A placebo start: the DiD with a start at {@code start} on pre-period data only. */
    public record Placebo(LocalDate start, int weeksBefore, RandomisationInference.Result did) {
    }

    /**
     * Calls of the pilot team over all calls, before and after, with the chi-square p-value of no change.
     */
    public record SampleRatio(double before, double after, long pilotBefore, long controlBefore, long pilotAfter,
                              long controlAfter, double pValue) {
    }

    /** One rep. */
    public record RepRow(String rep, String team, long callsBefore, long callsAfter, long daysBefore, long daysAfter,
                         double rateBefore, double rateAfter) {
    }

    /**
     * A mix of calls over categories: shares of each team's calls, before and after, with the total
     * variation distance between before and after in each team.
     */
    public record Mix(List<String> categories, double[] pilotBefore, double[] pilotAfter, double[] controlBefore,
                      double[] controlAfter, double pilotShift, double controlShift) {
    }

    /** The contact-rate DiD of one week since the start against the whole pre-period. */
    public record NoveltyWeek(int week, RandomisationInference.Result did) {
    }

    /** The contact-rate DiD among the calls of one segment or country (null did when not estimable). */
    public record Subgroup(String name, long calls, Cells cells, RandomisationInference.Result did, String note) {
    }

    /** One week of both teams (pooled): calls, contact rate and meetings per rep-day. */
    public record Week(int week, LocalDate from, long pilotCalls, long controlCalls, double pilotRate,
                       double controlRate, double pilotMeetingsPerRepDay, double controlMeetingsPerRepDay) {
    }
}
