package org.reachlab.evaluation.ope;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.ingest.AcceptedCall;
import org.reachlab.data.ingest.CallTable;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.time.ZoneResolver;

/**
 * Reads a user's call log with propensities (calls.csv and contacts.csv in the standard formats)
 * into logged dials for off-policy evaluation. Only phone attempts count; every one must carry
 * a propensity.
 */
public final class LogFiles {

    /**
     * The log read.
     *
     * @param dials    phone dials in time order, with what a policy knew before each
     * @param rejected rows the validation rejected (left out)
     * @param policies the logging policies named in the log
     * @param calls    the phone attempts as read, one per dial and in the same order
     */
    public record Loaded(List<LoggedDial> dials, List<Rejection> rejected, List<String> policies,
                         List<AcceptedCall> calls) {
    }

    private LogFiles() {
    }

    /**
     * Reads and replays the log.
     *
     * @throws IllegalArgumentException naming the file, line and attempt when a phone attempt has no propensity
     */
    public static Loaded read(Path calls, Path contacts, int earliest, int latest, int maxPerWeek) throws IOException {
        List<Rejection> rejected = new ArrayList<>();
        ContactTable table = ContactTable.read(contacts, ZoneResolver.standard(), rejected::add, null);
        List<AcceptedCall> accepted = new ArrayList<>();
        CallTable.read(calls, table, rejected::add, null, c -> {
            if (c.attempt().channel() == Channel.PHONE) {
                accepted.add(c);
            }
        });
        List<String> policies = new ArrayList<>();
        for (AcceptedCall c : accepted) {
            if (c.attempt().propensity() == null) {
                throw new IllegalArgumentException(calls + " line " + c.line() + ": attempt " + c.attempt().id()
                        + " has no propensity; off-policy evaluation needs the logging policy's probability of"
                        + " every dial (column propensity)");
            }
            String p = c.attempt().policy() == null ? "(unnamed)" : c.attempt().policy();
            if (!policies.contains(p)) {
                policies.add(p);
            }
        }
        accepted.sort(Comparator.comparing((AcceptedCall c) -> c.attempt().at()).thenComparingLong(AcceptedCall::line));
        Map<String, Integer> index = new HashMap<>();
        LogReplay replay = new LogReplay(earliest, latest, maxPerWeek);
        for (AcceptedCall c : accepted) {
            int i = index.computeIfAbsent(c.contact().id(), k -> index.size());
            replay.add(i, c.contact(), c.local().toLocalDateTime(), c.attempt().at(), c.attempt().isContact(),
                    c.attempt().propensity());
        }
        return new Loaded(replay.dials(), rejected, policies, List.copyOf(accepted));
    }
}
