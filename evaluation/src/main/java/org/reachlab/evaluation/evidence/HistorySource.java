package org.reachlab.evaluation.evidence;

import java.util.List;

/**
 * {@code history}: the logged dials before the evaluated weeks. Without it the belief is trained on
 * no dial (it starts from its prior, with the stated preferences its model reads) and learns online
 * only; the policy sees no hourly rates of a history either.
 */
public final class HistorySource implements EvidenceSource {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String description() {
        return "the logged history before the evaluated weeks: without it the belief starts from its prior and"
                + " learns online only";
    }

    @Override
    public Evidence remove(Evidence evidence) {
        return evidence.withHistory(List.of());
    }
}
