/**
 * Which language a note is written in when neither the note nor its contact says:
 * {@link org.reachlab.signals.language.LanguageDetector} scores each lexicon's stop words and
 * letters.
 */
package org.reachlab.signals.language;
