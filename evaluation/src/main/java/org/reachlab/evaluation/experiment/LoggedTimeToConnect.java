package org.reachlab.evaluation.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.ope.LoggedDial;

/** Time to connect under the logging policy, as a call log records it (Kaplan-Meier). */
final class LoggedTimeToConnect {

    private LoggedTimeToConnect() {
    }

    /**
     * The logging policy's attempts to a first connect, as logged: each contact from its first dial in
     * the log, in time order, until its first connect, or censored after its last dial (or at the cap).
     */
    static KaplanMeier of(List<LoggedDial> dials, int cap) {
        List<LoggedDial> ordered = new ArrayList<>(dials);
        ordered.sort(Comparator.comparing(LoggedDial::local));
        Map<Integer, int[]> byContact = new LinkedHashMap<>(); // attempts so far, connected at (0 = not yet)
        for (LoggedDial d : ordered) {
            int[] c = byContact.computeIfAbsent(d.contactIndex(), k -> new int[2]);
            if (c[1] == 0) {
                c[0]++;
                if (d.reward() > 0) {
                    c[1] = c[0];
                }
            }
        }
        int[] times = new int[byContact.size()];
        boolean[] connected = new boolean[times.length];
        int i = 0;
        for (int[] c : byContact.values()) {
            connected[i] = c[1] > 0;
            times[i++] = connected[i - 1] ? c[1] : c[0];
        }
        return KaplanMeier.fit(times, connected, cap);
    }
}
