package org.reachlab.evaluation.experiment;

import java.util.List;
import org.reachlab.stats.Estimate;

/**
 * What each evidence source adds to a learned policy: its contact rate with every source and with
 * each source removed, on the same worlds and seeds, and the paired difference.
 *
 * @param policy  the policy the ablation reran
 * @param sources one entry per source removed, in the order the experiment lists them
 */
public record AblationResult(String policy, List<SourceEffect> sources) {

    public AblationResult {
        sources = List.copyOf(sources);
    }

    /** The names of the rerun variants, {@code <policy>-without-<source>}, in the order of the sources. */
    public List<String> variants() {
        return sources.stream().map(SourceEffect::variant).toList();
    }

    /** The name of the policy rerun without a source. */
    public static String variant(String policy, String source) {
        return policy + "-without-" + source;
    }

    /**
     * One source's contribution.
     *
     * @param source      the source's name
     * @param description what the belief loses without it
     * @param variant     the rerun's name in the leaderboard
     * @param with        the policy's contact rate with every source, mean and t interval over seeds
     * @param without     its contact rate without this source
     * @param added       with minus without, seed by seed: mean and t interval over the seeds'
     *                    differences (no interval with one seed)
     */
    public record SourceEffect(String source, String description, String variant, Estimate with, Estimate without,
                               Estimate added) {
    }
}
