/**
 * A language's words for the timing-signal rules: {@link org.reachlab.signals.lexicon.Lexicon}
 * reads {@code lexicon-<lang>.properties} beside it; the recognisers read their words only from
 * here, so a language is data plus the rules it needs.
 */
package org.reachlab.signals.lexicon;
