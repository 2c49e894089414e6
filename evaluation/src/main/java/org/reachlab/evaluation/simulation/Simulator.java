package org.reachlab.evaluation.simulation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.reachlab.data.compliance.CallingRules;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.DialOutcome;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.data.time.LocalTimes;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.OraclePolicy;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.TrueReach;
import org.reachlab.models.policy.learned.Learner;
import org.reachlab.models.policy.learned.ObservedDial;

/**
 * Dials a synthetic world day by day with a policy under the world's hard rules and capacity.
 *
 * <p>Each rep makes at most the world's {@code dialsPerRep} dials a day and {@code dialsPerRepHour}
 * in one hour, counted by the local hour of the contacts dialed (the hour a {@link Dial} gives).
 *
 * <p>The hard rules are {@link CallingRules}, the structure {@code reachlab plan} obeys: the world
 * file's six dialing keys as one window for every contact, or the rules file its
 * {@code dialing.compliance} names (per-country windows, public holidays, a minimum gap).
 *
 * <p>Each day every contact whose local day allows calls (weekends and public holidays of its
 * region excluded unless the rules allow them), who is not cooling down after a connect and who
 * has attempts left this ISO week is due. The policy plans the day; the simulator refuses and
 * counts every dial that breaks a rule, then makes the others in time order, drawing each
 * outcome from the ground truth (fatigue included). The minute within the hour and every outcome
 * come from random streams keyed by seed, contact, date and hour, so two policies that dial the
 * same contact at the same hour see the same luck (common random numbers). A policy that is a
 * {@link Learner} observes each dial's outcome as it is made, so it learns online.
 */
public final class Simulator {

    /** How far back the recent attempts given to policies reach. */
    static final int RECENT_DAYS = 14;

    private final SyntheticWorld world;
    private final WorldConfig.Dialing rules;
    private final CallingRules calling;
    private final long seed;

    /** A simulator for a world with its own dialing rules. */
    public Simulator(SyntheticWorld world, long seed) {
        this(world, world.config().dialing(), seed);
    }

    /** A simulator for a world with other dialing rules. */
    public Simulator(SyntheticWorld world, WorldConfig.Dialing rules, long seed) {
        this.world = world;
        this.rules = rules;
        this.calling = rules.callingRules();
        this.seed = seed;
    }

    /** The truth as an oracle reads it: the world's connect probability times the fatigue. */
    public TrueReach truth() {
        return (c, date, hour) -> world.connectProbability(c.index(), date, hour)
                * world.fatigue(c.recentAttempts(), date.atTime(hour, 30));
    }

    /**
     * The truth as the segment oracle reads it: the mean connect probability of the contact's segment
     * ({@link SegmentTruth}) times the contact's fatigue from its own recent dials, which any policy
     * sees. A contact's own profile is not in it.
     */
    public TrueReach segmentTruth() {
        SegmentTruth segments = new SegmentTruth(world);
        return (c, date, hour) -> segments.probability(c.contact(), date, hour)
                * world.fatigue(c.recentAttempts(), date.atTime(hour, 30));
    }

    /** The oracle of this world. */
    public OraclePolicy oracle() {
        return new OraclePolicy(truth());
    }

    /** Runs the policy over the world's whole history. */
    public SimulationResult run(Policy policy, Consumer<SimulatedCall> log) {
        return run(policy, world.start(), world.end(), log);
    }

    /** Runs the policy from {@code from} to the day before {@code to}, passing every dial made to {@code log}. */
    public SimulationResult run(Policy policy, LocalDate from, LocalDate to, Consumer<SimulatedCall> log) {
        int n = world.contacts().size();
        State[] states = new State[n];
        for (int i = 0; i < n; i++) {
            states[i] = new State();
        }
        SplittableRandom policyRoot = new SplittableRandom(seed ^ 0x5DEECE66DL).split();
        Map<Violation, Long> violations = new EnumMap<>(Violation.class);
        long dials = 0;
        long connects = 0;
        long meetings = 0;
        long reached = 0;
        double expected = 0;
        int days = 0;
        int[] hours = new int[n];
        for (int i = 0; i < n; i++) {
            hours[i] = calling.hourMask(world.contacts().get(i), ContactFlags.NONE);
        }
        int maxPerWeek = calling.maxPerWeek();
        List<DayContext.Rep> reps = new ArrayList<>();
        for (int r = 0; r < rules.reps(); r++) {
            reps.add(new DayContext.Rep(String.format(java.util.Locale.ROOT, "rep-%02d", r + 1), rules.dialsPerRep(),
                    rules.dialsPerRepHour()));
        }
        Map<String, DayContext.Rep> repById = new HashMap<>();
        for (DayContext.Rep r : reps) {
            repById.put(r.id(), r);
        }
        for (LocalDate date = from; date.isBefore(to); date = date.plusDays(1)) {
            days++;
            LocalDate weekStart = date.with(DayOfWeek.MONDAY);
            List<DueContact> due = new ArrayList<>();
            boolean[] dayAllowed = new boolean[n];
            for (int i = 0; i < n; i++) {
                Contact c = world.contacts().get(i);
                State s = states[i];
                dayAllowed[i] = dayAllowed(c, date);
                int thisWeek = s.attemptsSince(weekStart);
                if (!dayAllowed[i] || thisWeek >= maxPerWeek
                        || (s.cooldownUntil != null && date.isBefore(s.cooldownUntil))) {
                    continue;
                }
                due.add(new DueContact(i, c, hours[i], maxPerWeek - thisWeek, s.localTimes.size(),
                        s.last, s.hourCountsView(), s.recent(date)));
            }
            DayContext ctx = new DayContext(date, Collections.unmodifiableList(due), List.copyOf(reps),
                    policyRoot.split());
            List<Dial> plan = policy.plan(ctx);
            Map<Integer, DueContact> dueByIndex = new HashMap<>();
            for (DueContact d : due) {
                dueByIndex.put(d.index(), d);
            }
            Map<String, int[]> used = new HashMap<>();
            Map<Integer, Integer> plannedPerContact = new HashMap<>();
            List<Planned> valid = new ArrayList<>();
            for (Dial d : plan) {
                Violation v = check(d, weekStart, dueByIndex, dayAllowed, hours, states, repById, used,
                        plannedPerContact);
                if (v != null) {
                    violations.merge(v, 1L, Long::sum);
                    continue;
                }
                Contact c = world.contacts().get(d.contactIndex());
                SplittableRandom r = dialRandom(d.contactIndex(), date, d.hour(), states[d.contactIndex()].localTimes.size());
                LocalDateTime local = date.atTime(d.hour(), r.nextInt(60), r.nextInt(60));
                Instant at = LocalTimes.toInstant(local, c.zone());
                valid.add(new Planned(d, c, local, at, r));
            }
            valid.sort(Comparator.comparing(Planned::at).thenComparingInt(p -> p.dial().contactIndex()));
            for (Planned p : valid) {
                int i = p.dial().contactIndex();
                State s = states[i];
                if (calling.minGapMinutes() > 0 && s.last != null
                        && java.time.Duration.between(s.last, p.at()).toMinutes() < calling.minGapMinutes()) {
                    violations.merge(Violation.MIN_GAP, 1L, Long::sum);
                    continue;
                }
                List<LocalDateTime> recent = s.recent(date);
                double prob = world.connectProbability(i, date, p.local().getHour()) * world.fatigue(recent, p.local());
                double exp = prob;
                if (p.dial().distribution() != null) {
                    exp = 0;
                    double[] dist = p.dial().distribution();
                    for (int h = 0; h < 24; h++) {
                        if (dist[h] > 0) {
                            exp += dist[h] * world.connectProbability(i, date, h)
                                    * world.fatigue(recent, date.atTime(h, p.local().getMinute()));
                        }
                    }
                }
                DialOutcome result = world.outcome(i, prob, p.random());
                dials++;
                expected += exp;
                if (result.outcome().isContact()) {
                    connects++;
                    if (!s.reached) {
                        s.reached = true;
                        reached++;
                    }
                    s.cooldownUntil = date.plusDays(calling.pauseAfterConnectDays());
                }
                if (result.meetingBooked()) {
                    meetings++;
                }
                s.add(p.local(), p.at());
                if (policy instanceof Learner learner) {
                    learner.observe(new ObservedDial(i, p.contact(), p.local(), p.at(), result.outcome()));
                }
                if (log != null) {
                    log.accept(new SimulatedCall(null, i, p.contact().id(),
                            p.at().atZone(p.contact().zone()).toOffsetDateTime(), p.dial().repId(), result,
                            policy.name(), p.dial().propensity(), prob, exp));
                }
            }
        }
        return new SimulationResult(policy.name(), days, dials, connects, expected, meetings, reached, violations);
    }

    private Violation check(Dial d, LocalDate weekStart, Map<Integer, DueContact> due, boolean[] dayAllowed,
                            int[] hours, State[] states, Map<String, DayContext.Rep> reps, Map<String, int[]> used,
                            Map<Integer, Integer> planned) {
        int i = d.contactIndex();
        if (i < 0 || i >= dayAllowed.length) {
            return Violation.NOT_DUE;
        }
        if (!dayAllowed[i]) {
            return Violation.DAY_NOT_ALLOWED;
        }
        if (d.hour() < 0 || d.hour() > 23 || (hours[i] & (1 << d.hour())) == 0) {
            return Violation.OUTSIDE_HOURS;
        }
        DueContact c = due.get(i);
        if (c == null) {
            // a callable day but not due: the weekly cap is used up, or it is cooling down after a connect
            return states[i].attemptsSince(weekStart) >= calling.maxPerWeek()
                    ? Violation.WEEKLY_CAP : Violation.NOT_DUE;
        }
        if (planned.getOrDefault(i, 0) >= c.remainingThisWeek()) {
            return Violation.WEEKLY_CAP;
        }
        DayContext.Rep rep = d.repId() == null ? null : reps.get(d.repId());
        // per rep: dials today at index 24, dials by the contacts' local hour at 0-23
        int[] u = rep == null ? null : used.computeIfAbsent(rep.id(), x -> new int[25]);
        if (rep == null || u[24] >= rep.capacity()) {
            return Violation.CAPACITY;
        }
        if (u[d.hour()] >= rep.perHour()) {
            return Violation.HOURLY_CAPACITY;
        }
        u[24]++;
        u[d.hour()]++;
        planned.merge(i, 1, Integer::sum);
        return null;
    }

    private boolean dayAllowed(Contact c, LocalDate date) {
        return calling.dayAllowed(c, date, world.calendar());
    }

    /** The calling rules this simulator enforces (the world's, or its rules file's). */
    public CallingRules callingRules() {
        return calling;
    }

    private SplittableRandom dialRandom(int contact, LocalDate date, int hour, int attempt) {
        long x = seed;
        x = mix(x ^ contact);
        x = mix(x ^ date.toEpochDay());
        x = mix(x ^ hour);
        x = mix(x ^ attempt);
        return new SplittableRandom(x);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private record Planned(Dial dial, Contact contact, LocalDateTime local, Instant at, SplittableRandom random) {
    }

    /** A contact's dialing history during a run. */
    private static final class State {
        final List<LocalDateTime> localTimes = new ArrayList<>();
        final int[] hourCounts = new int[24];
        Instant last;
        LocalDate cooldownUntil;
        boolean reached;

        void add(LocalDateTime local, Instant at) {
            localTimes.add(local);
            hourCounts[local.getHour()]++;
            last = at;
        }

        int attemptsSince(LocalDate day) {
            int k = 0;
            for (int j = localTimes.size() - 1; j >= 0 && !localTimes.get(j).toLocalDate().isBefore(day); j--) {
                k++;
            }
            return k;
        }

        List<LocalDateTime> recent(LocalDate today) {
            LocalDate lo = today.minusDays(RECENT_DAYS);
            int j = localTimes.size();
            while (j > 0 && !localTimes.get(j - 1).toLocalDate().isBefore(lo)) {
                j--;
            }
            return List.copyOf(localTimes.subList(j, localTimes.size()));
        }

        int[] hourCountsView() {
            return hourCounts.clone();
        }

    }
}
