/**
 * Extraction of timing signals from note text: a shared Stanford CoreNLP pipeline (tokens,
 * sentences, part-of-speech tags, SUTime dates) with the module's own rule layer on top
 * ({@link org.reachlab.signals.extract.recognise}: ranges, open ends, vague periods, habitual
 * versus dated readings, negation scope, absences, stated zones, CRM shorthand), a cheap
 * pre-filter, and parallel batch extraction.
 *
 * <p>Language-specific words live in {@code lexicon-<lang>.properties} resources read by
 * {@link org.reachlab.signals.lexicon.Lexicon}.
 */
package org.reachlab.signals.extract;
