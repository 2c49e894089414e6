/**
 * Evidence sources: what a learned policy's belief is given to learn from, one named source at a
 * time. An {@link org.reachlab.evaluation.evidence.Evidence} is everything a run gives a belief
 * and its policy (the logged history, the notes' stated preferences, the contacts as the belief
 * sees them); an {@link org.reachlab.evaluation.evidence.EvidenceSource} says how a run changes
 * when that source is taken away; {@link org.reachlab.evaluation.evidence.EvidenceSources} finds
 * the sources by name (the built-in {@code notes}, {@code history} and {@code segment}, and any
 * other listed in {@code META-INF/services}). The experiment's evidence ablation reruns a policy
 * with each named source removed.
 */
package org.reachlab.evaluation.evidence;
