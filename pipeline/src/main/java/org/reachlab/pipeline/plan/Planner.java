package org.reachlab.pipeline.plan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.compliance.CallingRules;
import org.reachlab.data.compliance.RuleBreach;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.LocalTimes;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;

/**
 * Plans a day of calls for every rep.
 *
 * <p>Each contact belongs to one rep: the rep who called it last when that rep is planned for,
 * otherwise one of the working reps in turn. A contact is due when {@link CallingRules#due} allows
 * it on its local date. A rep's working hours are cut into hour-long blocks from their start (in
 * the rep's zone, so the blocks are exact across a DST change); a due contact is open in a block
 * when the rules allow a call at the block's first and last dial minute. Its value there is the
 * model's connect probability at the middle of the block. Each rep then takes its open
 * (contact, block) pairs by value, highest first, one call per contact, at most
 * {@link Rep#perHour()} per block and {@link Rep#capacity()} a day: the calls that maximise the
 * expected number of connects the day's capacity allows, one per contact. Within a block calls
 * start every {@link Rep#minutesPerDial()} minutes, the most valuable first, and every call is
 * checked against the rules at its exact minute before it is kept.
 *
 * <p>A family with a posterior ({@link PosteriorSampler}) gives each call an 80% interval from
 * {@value #DRAWS} draws, seeded by the contact, so a plan is reproducible.
 */
public final class Planner {

    /** Posterior draws per planned call. */
    static final int DRAWS = 20;

    private final ReachabilityModel model;
    private final CallingRules rules;
    private final HolidayCalendar calendar;
    private final Explainer explainer;

    /** A planner with a model, the rules and the calendar; {@code explainer} may be {@code null} (reasons left empty). */
    public Planner(ReachabilityModel model, CallingRules rules, HolidayCalendar calendar, Explainer explainer) {
        this.model = model;
        this.rules = rules;
        this.calendar = calendar;
        this.explainer = explainer;
    }

    /** What the plan's inputs left out before planning: rows read, rejected and without a zone. */
    public record LoadCounts(long rows, long rejected, long withoutZone) {
    }

    /**
     * The day's plan.
     *
     * @param date    the rep's working date
     * @param reps    the reps; those for whom the date is not a working day are left out and listed
     * @param callees the contacts that may be called
     * @param load    what the load left out, for the summary
     * @throws PlanInputException when the date is a working day for none of the reps
     */
    public Plan plan(LocalDate date, List<Rep> reps, List<Callee> callees, LoadCounts load) {
        Map<String, String> off = new TreeMap<>();
        List<Rep> working = new ArrayList<>();
        for (Rep r : reps) {
            String why = notWorking(r, date);
            if (why == null) {
                working.add(r);
            } else {
                off.put(r.id(), why);
            }
        }
        if (working.isEmpty()) {
            throw new PlanInputException(date + " is a " + dayName(date.getDayOfWeek())
                    + ", not a working day of any rep (" + off.entrySet().stream().map(e -> e.getKey() + ": "
                    + e.getValue()).collect(java.util.stream.Collectors.joining("; ")) + ")");
        }
        Map<String, Integer> repIndex = new HashMap<>();
        for (int i = 0; i < working.size(); i++) {
            repIndex.put(working.get(i).id(), i);
        }
        Map<String, Long> notDue = new TreeMap<>();
        List<List<Callee>> byRep = new ArrayList<>();
        for (int i = 0; i < working.size(); i++) {
            byRep.add(new ArrayList<>());
        }
        int turn = 0;
        for (Callee c : callees) {
            Optional<RuleBreach> breach = rules.due(c.contact(), c.flags(), date, c.history(), calendar);
            if (breach.isPresent()) {
                notDue.merge(breach.get().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
                continue;
            }
            Integer r = c.owner() == null ? null : repIndex.get(c.owner());
            if (r == null) {
                r = turn++ % working.size();
            }
            byRep.get(r).add(c);
        }
        RepPlan[] plans = new RepPlan[working.size()];
        IntStream.range(0, working.size()).parallel()
                .forEach(i -> plans[i] = planRep(date, working.get(i), byRep.get(i)));
        List<PlannedCall> calls = new ArrayList<>();
        long noOpen = 0;
        long notChosen = 0;
        long dropped = 0;
        for (RepPlan p : plans) {
            calls.addAll(p.calls);
            noOpen += p.noOpen;
            notChosen += p.notChosen;
            dropped += p.dropped;
        }
        long considered = callees.size();
        PlanSummary summary = new PlanSummary(date.toString(), rules.source(), model.family(), load.rows(),
                load.rejected(), load.withoutZone(), considered, notDue, noOpen, notChosen, dropped, calls.size(),
                working.size(), off);
        return new Plan(calls, summary);
    }

    /** Why the date is not a working day for the rep in its own zone, or {@code null} when it is. */
    static String notWorking(Rep r, LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        if (!r.days().contains(d)) {
            return "works " + r.days().stream().sorted().map(x -> x.name().substring(0, 3))
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return null;
    }

    private static String dayName(DayOfWeek d) {
        String n = d.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private record RepPlan(List<PlannedCall> calls, long noOpen, long notChosen, long dropped) {
    }

    private RepPlan planRep(LocalDate date, Rep rep, List<Callee> callees) {
        List<Instant> blocks = new ArrayList<>();
        for (LocalDateTime t = date.atTime(rep.start()); t.toLocalTime().isBefore(rep.end()) && t.toLocalDate().equals(date);
             t = t.plusHours(1)) {
            Instant i = LocalTimes.toInstant(t, rep.zone());
            if (blocks.isEmpty() || i.isAfter(blocks.get(blocks.size() - 1))) {
                blocks.add(i);
            }
        }
        int step = rep.minutesPerDial();
        int lastOffset = (rep.perHour() - 1) * step;
        List<Contact> contacts = new ArrayList<>(callees.size());
        for (Callee c : callees) {
            contacts.add(c.contact());
        }
        IsoWeek week = IsoWeek.of(date);
        WeeklyProfile[] profiles = contacts.isEmpty() ? new WeeklyProfile[0] : model.profiles(contacts, week);
        // candidates packed as (probability, callee, block)
        int n = callees.size();
        double[] value = new double[n * blocks.size()];
        int[] who = new int[value.length];
        int[] where = new int[value.length];
        int k = 0;
        long noOpen = 0;
        for (int ci = 0; ci < n; ci++) {
            Callee c = callees.get(ci);
            CallingRules.ContactRules r = rules.forContact(c.contact(), c.flags(), c.history(), calendar);
            boolean open = false;
            for (int b = 0; b < blocks.size(); b++) {
                Instant first = blocks.get(b);
                if (r.check(first).isPresent() || r.check(first.plusSeconds(60L * lastOffset)).isPresent()) {
                    continue;
                }
                open = true;
                value[k] = probability(c.contact(), profiles[ci], week, first.plusSeconds(1800));
                who[k] = ci;
                where[k] = b;
                k++;
            }
            if (!open) {
                noOpen++;
            }
        }
        // by value, highest first; ties in candidate order (contacts in input order, then blocks)
        long[] keys = new long[k];
        for (int i = 0; i < k; i++) {
            long q = Math.round((1 - Math.max(0, Math.min(1, value[i]))) * (1L << 30));
            keys[i] = q << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = (int) keys[i];
        }
        final double[] v = value;
        boolean[] taken = new boolean[n];
        int[] perBlock = new int[blocks.size()];
        List<List<Integer>> chosen = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            chosen.add(new ArrayList<>());
        }
        int total = 0;
        for (int idx : order) {
            if (total >= rep.capacity()) {
                break;
            }
            if (taken[who[idx]] || perBlock[where[idx]] >= rep.perHour()) {
                continue;
            }
            taken[who[idx]] = true;
            perBlock[where[idx]]++;
            chosen.get(where[idx]).add(idx);
            total++;
        }
        long openContacts = n - noOpen;
        List<PlannedCall> calls = new ArrayList<>();
        long dropped = 0;
        for (int b = 0; b < blocks.size(); b++) {
            int slot = 0;
            for (int idx : chosen.get(b)) {
                Callee c = callees.get(who[idx]);
                Instant start = blocks.get(b).plusSeconds(60L * step * slot++);
                if (rules.check(c.contact(), c.flags(), start, c.history(), calendar).isPresent()) {
                    dropped++;
                    continue;
                }
                ZonedDateTime local = start.atZone(c.contact().zone());
                double p = v[idx];
                PlannedCall call = new PlannedCall(rep.id(), c.contact(), local, start.atZone(rep.zone()), p,
                        Double.NaN, Double.NaN, c.channel(), "");
                call = withInterval(call, start.plusSeconds(1800));
                if (explainer != null) {
                    call = call.withReason(explainer.reason(c, local, p));
                }
                calls.add(call);
            }
        }
        return new RepPlan(calls, noOpen, openContacts - total, dropped);
    }

    private double probability(Contact c, WeeklyProfile profile, IsoWeek week, Instant at) {
        ZonedDateTime local = at.atZone(c.zone());
        if (!IsoWeek.of(local.toLocalDate()).equals(week)) {
            return model.probability(c, at);
        }
        return profile.get(LocalSlot.of(local).index());
    }

    private PlannedCall withInterval(PlannedCall call, Instant at) {
        if (!(model instanceof PosteriorSampler sampler)) {
            return call;
        }
        Contact c = call.contact();
        SplittableRandom random = new SplittableRandom(c.id().hashCode() * 0x9E3779B97F4A7C15L ^ at.getEpochSecond());
        double[] d = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            d[i] = sampler.sample(c, at, random);
        }
        Arrays.sort(d);
        return call.withInterval(quantile(d, 0.1), quantile(d, 0.9));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
