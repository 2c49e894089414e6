package org.reachlab.evaluation.ope;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.simulation.SimulatedCall;

/**
 * A logged history of a synthetic world with what only a simulation knows: the exact connect
 * probability of every hour for every logged dial, so that a target's true value on the log is
 * known.
 *
 * @param world the world
 * @param dials the logged dials, in the order made
 */
public record SimulatedLog(SyntheticWorld world, List<LoggedDial> dials) {

    /** Rebuilds the dials of a simulation run (in the order the simulator made them). */
    public static SimulatedLog of(SyntheticWorld world, List<SimulatedCall> calls) {
        WorldConfig.Dialing rules = world.config().dialing();
        LogReplay replay = new LogReplay(rules.earliest(), rules.latest(), rules.maxAttemptsPerWeek());
        List<LoggedDial> out = new ArrayList<>(calls.size());
        for (SimulatedCall c : calls) {
            out.add(replay.add(c.contactIndex(), world.contacts().get(c.contactIndex()), c.at().toLocalDateTime(),
                    c.at().toInstant(), c.result().outcome().isContact(), c.propensity()));
        }
        return new SimulatedLog(world, out);
    }

    /** The true connect probability of each hour for a logged dial (fatigue from its own history included). */
    public double[] truth(LoggedDial d) {
        LocalDate date = d.local().toLocalDate();
        double[] p = new double[24];
        for (int h = 0; h < 24; h++) {
            LocalDateTime at = date.atTime(h, d.local().getMinute());
            p[h] = world.connectProbability(d.contactIndex(), date, h) * world.fatigue(d.context().recentAttempts(), at);
        }
        return p;
    }

    /** The target's true contact rate on the given dials (those it would make). */
    public double trueValue(List<LoggedDial> dials, TargetPolicy target) {
        double v = 0;
        int n = 0;
        for (LoggedDial d : dials) {
            double[] pi = target.distribution(d);
            if (pi == null) {
                continue;
            }
            double[] p = truth(d);
            for (int h = 0; h < 24; h++) {
                v += pi[h] * p[h];
            }
            n++;
        }
        return n == 0 ? Double.NaN : v / n;
    }

    /** The dials before a date, and from it. */
    public List<List<LoggedDial>> splitAt(LocalDate date) {
        List<LoggedDial> before = new ArrayList<>();
        List<LoggedDial> after = new ArrayList<>();
        for (LoggedDial d : dials) {
            (d.local().toLocalDate().isBefore(date) ? before : after).add(d);
        }
        return List.of(before, after);
    }
}
