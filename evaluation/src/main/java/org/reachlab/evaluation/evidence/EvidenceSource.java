package org.reachlab.evaluation.evidence;

/**
 * One kind of evidence a learned policy's belief learns from, and how a run changes without it.
 * Sources are found by name through {@link EvidenceSources}; a new one is a class implementing
 * this interface and one line in
 * {@code META-INF/services/org.reachlab.evaluation.evidence.EvidenceSource}.
 */
public interface EvidenceSource {

    /** The name experiment files use: lower case, without spaces or commas. */
    String name();

    /** One sentence saying what the belief loses without this source. */
    String description();

    /** The evidence of a run with this source taken away; everything else stays as it is. */
    Evidence remove(Evidence evidence);
}
