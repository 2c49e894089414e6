/**
 * What the linguistic pipeline knows of a note's text: {@link
 * org.reachlab.signals.text.TextAnalysis} holds its sentences with tokens, parts of speech and
 * the dates the temporal tagger resolved, read by the recognisers.
 */
package org.reachlab.signals.text;
