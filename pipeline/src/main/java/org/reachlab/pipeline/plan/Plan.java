package org.reachlab.pipeline.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A day's plan: every rep's calls in time order, and what was left out.
 *
 * @param calls   the calls, by rep then start
 * @param summary what was left out and why
 */
public record Plan(List<PlannedCall> calls, PlanSummary summary) {

    public Plan {
        calls = List.copyOf(calls);
    }

    /** The calls by rep, reps in id order. */
    public Map<String, List<PlannedCall>> byRep() {
        Map<String, List<PlannedCall>> m = new TreeMap<>();
        for (PlannedCall c : calls) {
            m.computeIfAbsent(c.repId(), k -> new java.util.ArrayList<>()).add(c);
        }
        return m;
    }
}
