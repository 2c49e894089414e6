package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.evaluation.simulation.SimulationResult;

/**
 * What one policy achieved on one seed's evaluation period.
 *
 * @param policy              the policy
 * @param seed                the seed
 * @param dials               dials made
 * @param connects            right-party connects
 * @param contactRate         connects per dial
 * @param expectedContactRate exact expected connects per dial from the ground truth
 * @param meetings            meetings booked
 * @param contactsReached     distinct contacts connected
 * @param km                  time to connect (attempts), Kaplan-Meier with the attempt cap as censoring
 * @param regret              the oracle's expected contact rate minus this policy's (rate points)
 * @param regretConnects      the oracle's expected connects minus this policy's over the period
 * @param weeklyRate          connects per dial by week of the period
 * @param weeklyExpected      expected connects per dial by week
 * @param driftRecoveryDays   days after a contact's routine change until dials to changed contacts
 *                            are again within 90% of their pre-change efficiency (NaN: not
 *                            recovered in the period or no change to measure)
 * @param violations          dials the simulator refused for breaking a hard rule
 */
public record RunMetrics(String policy, long seed, long dials, long connects, double contactRate,
                         double expectedContactRate, long meetings, long contactsReached, KaplanMeier km,
                         double regret, double regretConnects, double[] weeklyRate, double[] weeklyExpected,
                         double driftRecoveryDays, long violations) {

    /** The metrics of a run from its dials, given the oracle's run on the same world and period. */
    public static RunMetrics of(SyntheticWorld world, long seed, LocalDate from, LocalDate to, SimulationResult r,
                                List<SimulatedCall> calls, SimulationResult oracle, int attemptCap) {
        int weeks = (int) Math.max(1, (ChronoUnit.DAYS.between(from, to) + 6) / 7);
        double[] wd = new double[weeks];
        double[] wc = new double[weeks];
        double[] we = new double[weeks];
        Map<Integer, int[]> perContact = new HashMap<>();
        WorldConfig.Dialing rules = world.config().dialing();
        double[] driftEff = new double[64];
        double[] driftN = new double[64];
        double preEff = 0;
        double preN = 0;
        for (SimulatedCall c : calls) {
            LocalDate date = c.at().toLocalDate();
            int w = (int) Math.min(weeks - 1, ChronoUnit.DAYS.between(from, date) / 7);
            boolean hit = c.result().outcome().isContact();
            wd[w]++;
            wc[w] += hit ? 1 : 0;
            we[w] += c.expected();
            int[] s = perContact.computeIfAbsent(c.contactIndex(), k -> new int[2]);
            if (s[1] == 0) {
                s[0]++;
                if (hit) {
                    s[1] = 1;
                }
            }
            LocalDate drift = world.truth(c.contactIndex()).driftDate();
            if (drift != null) {
                double best = 0;
                for (int h = rules.earliest(); h < rules.latest(); h++) {
                    best = Math.max(best, world.connectProbability(c.contactIndex(), date, h));
                }
                if (best > 0) {
                    double eff = world.connectProbability(c.contactIndex(), date, c.at().getHour()) / best;
                    long d = ChronoUnit.DAYS.between(drift, date);
                    if (d < 0) {
                        preEff += eff;
                        preN++;
                    } else if (d / 7 < driftEff.length) {
                        driftEff[(int) (d / 7)] += eff;
                        driftN[(int) (d / 7)]++;
                    }
                }
            }
        }
        int[] times = new int[perContact.size()];
        boolean[] event = new boolean[perContact.size()];
        int k = 0;
        for (int[] s : perContact.values()) {
            times[k] = s[0];
            event[k] = s[1] == 1;
            k++;
        }
        KaplanMeier km = KaplanMeier.fit(times, event, attemptCap);
        double[] rate = new double[weeks];
        double[] exp = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            rate[w] = wd[w] == 0 ? Double.NaN : wc[w] / wd[w];
            exp[w] = wd[w] == 0 ? Double.NaN : we[w] / wd[w];
        }
        double recovery = Double.NaN;
        if (preN >= 20) {
            double pre = preEff / preN;
            for (int b = 0; b < driftEff.length; b++) {
                if (driftN[b] >= 20 && driftEff[b] / driftN[b] >= 0.9 * pre) {
                    recovery = 7.0 * b;
                    break;
                }
            }
        }
        return new RunMetrics(r.policy(), seed, r.dials(), r.connects(), r.sampledRate(), r.expectedRate(),
                r.meetings(), r.contactsReached(), km, oracle.expectedRate() - r.expectedRate(),
                oracle.expectedConnects() - r.expectedConnects(), rate, exp, recovery, r.totalViolations());
    }

    /** A scalar metric, for summaries and paired differences. */
    public double metric(Metric metric) {
        return switch (metric) {
            case CONTACT_RATE -> contactRate;
            case EXPECTED_CONTACT_RATE -> expectedContactRate;
            case MEDIAN_ATTEMPTS -> km.median();
            case MEAN_ATTEMPTS -> km.restrictedMean();
            case REACHED_WITHIN_3 -> km.reachedWithin(3);
            case REACHED_WITHIN_6 -> km.reachedWithin(6);
            case MEETINGS -> meetings;
            case CONTACTS_REACHED -> contactsReached;
            case REGRET -> regret;
            case DRIFT_RECOVERY_DAYS -> driftRecoveryDays;
            case DIALS -> dials;
            case VIOLATIONS -> violations;
        };
    }

    /** The metrics summarised over seeds, in report order. */
    public static final List<Metric> METRICS = List.of(Metric.values());
}
