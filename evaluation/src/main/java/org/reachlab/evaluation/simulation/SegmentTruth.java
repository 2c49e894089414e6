package org.reachlab.evaluation.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;

/**
 * The true mean connect probability of each segment of a synthetic world: for a local date and
 * hour, the mean over the segment's contacts of their first-dial connect probability (their own
 * profile, reach, day factors and wrong numbers averaged away). A segment is an industry and a
 * role, as the contacts' records give them and as pooled learning groups them. What a policy that
 * knew everything about segments but nothing about individuals could know. Each date's values are
 * computed once; thread-safe.
 */
public final class SegmentTruth {

    private final SyntheticWorld world;
    private final Map<String, int[]> members;
    private final Map<String, double[]> byDate = new ConcurrentHashMap<>();

    /** The segments of a world. */
    public SegmentTruth(SyntheticWorld world) {
        this.world = world;
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int i = 0; i < world.contacts().size(); i++) {
            m.computeIfAbsent(key(world.contacts().get(i)), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.members = Map.copyOf(out);
    }

    /** The segment key of a contact: its industry and role. */
    public static String key(Contact c) {
        return c.industry() + "|" + c.role();
    }

    /** The segments, each with the indices of its contacts. */
    public Map<String, int[]> members() {
        return members;
    }

    /**
     * The mean true connect probability of the contact's segment at a local date and hour.
     *
     * @throws IllegalArgumentException for a contact whose segment has no contact in the world
     */
    public double probability(Contact contact, LocalDate date, int hour) {
        String k = key(contact);
        int[] who = members.get(k);
        if (who == null) {
            throw new IllegalArgumentException("segment '" + k + "' of contact " + contact.id()
                    + " has no contact in the world");
        }
        return byDate.computeIfAbsent(k + "@" + date, x -> mean(who, date))[hour];
    }

    private double[] mean(int[] who, LocalDate date) {
        double[] out = new double[24];
        for (int h = 0; h < 24; h++) {
            double s = 0;
            for (int i : who) {
                s += world.connectProbability(i, date, h);
            }
            out[h] = s / who.length;
        }
        return out;
    }
}
