package org.reachlab.evaluation.pilotsim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.learned.Learner;
import org.reachlab.models.policy.learned.ObservedDial;

/**
 * A team of reps, each working its own book of contacts: every day each rep plans its own due
 * contacts alone, with the baseline policy, or, for a pilot rep from the start date on, with the
 * pilot policy. A pilot policy that learns observes the dials of the pilot reps' contacts from the
 * start on.
 */
public final class TeamPolicy implements Policy, Learner {

    private final Policy baseline;
    private final Policy pilot;
    private final LocalDate start;
    private final int[] owner;
    private final boolean[] pilotRep;
    private final List<String> repIds;

    /**
     * @param baseline the policy every rep follows before the start, and the control reps after it
     * @param pilot    the pilot reps' policy from the start
     * @param start    the pilot's first day
     * @param owner    per contact index, the index of its rep in {@code repIds}
     * @param pilotRep per rep, whether it is in the pilot
     * @param repIds   rep ids in the order the day's reps come
     */
    public TeamPolicy(Policy baseline, Policy pilot, LocalDate start, int[] owner, boolean[] pilotRep,
                      List<String> repIds) {
        this.baseline = baseline;
        this.pilot = pilot;
        this.start = start;
        this.owner = owner;
        this.pilotRep = pilotRep;
        this.repIds = repIds;
    }

    @Override
    public String name() {
        return "team";
    }

    /** The name of the policy a rep follows on a day. */
    public String policyOf(String repId, LocalDate date) {
        int r = repIds.indexOf(repId);
        return r >= 0 && pilotRep[r] && !date.isBefore(start) ? pilot.name() : baseline.name();
    }

    @Override
    public List<Dial> plan(DayContext day) {
        int reps = repIds.size();
        List<List<DueContact>> due = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            due.add(new ArrayList<>());
        }
        for (DueContact c : day.due()) {
            due.get(owner[c.index()]).add(c);
        }
        List<Dial> out = new ArrayList<>();
        boolean after = !day.date().isBefore(start);
        for (DayContext.Rep rep : day.reps()) {
            int r = repIds.indexOf(rep.id());
            if (r < 0 || due.get(r).isEmpty()) {
                continue;
            }
            Policy p = after && pilotRep[r] ? pilot : baseline;
            out.addAll(p.plan(new DayContext(day.date(), List.copyOf(due.get(r)), List.of(rep), day.random())));
        }
        return out;
    }

    @Override
    public void observe(ObservedDial o) {
        if (pilot instanceof Learner learner && pilotRep[owner[o.contactIndex()]] && !o.local().toLocalDate()
                .isBefore(start)) {
            learner.observe(o);
        }
    }
}
