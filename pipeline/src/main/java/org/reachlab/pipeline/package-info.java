/**
 * The layer that joins the stages of the pipeline for the commands, the evaluation, the
 * benchmarks and the notebooks: reading training data from a directory written by
 * {@code reachlab ingest} or {@code reachlab generate} ({@code contacts.csv} and
 * {@code calls.csv}, validated again on the way in, hashed with SHA-256 for provenance), and
 * turning the timing signals nlp-signals reads in its notes into the stated preferences the
 * models take ({@link org.reachlab.pipeline.NotePreferences}). It sits above models, so that
 * a model user does not carry the text pipeline.
 */
package org.reachlab.pipeline;
