/**
 * Experiments: which scheduling policy reaches more people, sooner. An
 * {@link org.reachlab.evaluation.experiment.ExperimentConfig} (a YAML file over bundled
 * defaults) names the world, the models, the policies, the seeds, the promotion rule and the
 * business parameters; the {@link org.reachlab.evaluation.experiment.ExperimentRunner} runs every
 * policy on the same worlds and seeds (learned ones learning online), measures contact rate,
 * time to connect (Kaplan-Meier), meetings, regret against the oracle and recovery after drift
 * ({@link org.reachlab.evaluation.experiment.RunMetrics}), summarises seeds with t intervals and
 * paired differences, applies the promotion rule
 * ({@link org.reachlab.evaluation.experiment.Decision}) and translates the uplift into a
 * business view; an evidence ablation
 * ({@link org.reachlab.evaluation.experiment.EvidenceAblation}) reruns a learned policy without each
 * evidence source; the {@link org.reachlab.evaluation.experiment.ExperimentWriter} writes the run
 * directory. The runners only sequence the stages, one class each: world building, training and
 * saving of the models, simulation of the policies, off-policy evaluation on the history,
 * summaries and pairing over seeds, the decision, and the heat maps.
 */
package org.reachlab.evaluation.experiment;
