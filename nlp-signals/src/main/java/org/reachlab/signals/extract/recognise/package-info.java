/**
 * The rule layer of timing-signal extraction, one recogniser per concept, each reading its words
 * from the language's {@link org.reachlab.signals.lexicon.Lexicon}:
 *
 * <ul>
 *   <li>{@link org.reachlab.signals.extract.recognise.TextNormaliser}: phone numbers and spaced
 *       apostrophes, before anything is read;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.ClauseSplitter}: sentences and clauses, the
 *       scope of negation and of kind cues;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.TimeRecogniser}: clock times, ranges, open
 *       ends and points;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.PeriodRecogniser}: vague periods ("mornings",
 *       "after lunch");</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.DayRecogniser}: weekdays, their ranges and lists,
 *       and the dates a weekday means;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.DateRecogniser}: calendar dates and date words;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.IntervalReader}: dates chained into intervals
 *       ("from A to B", "until D", "for three days");</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.AbsenceRecogniser}: absences and returns;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.NegationRecogniser}: negation within a clause;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.KindCues}: busy, preference, habit and hedge cues;</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.NonSignalFilter}: text that states no signal
 *       (the past, things, deadlines, offers);</li>
 *   <li>{@link org.reachlab.signals.extract.recognise.ZoneRecogniser}: stated time zones.</li>
 * </ul>
 *
 * <p>{@link org.reachlab.signals.extract.recognise.RuleExtractor} composes them clause by clause and
 * decides the kind; {@link org.reachlab.signals.extract.recognise.SignalFactory} builds the signals.
 * Another language is a new lexicon resource plus, where its grammar differs, its own recognisers.
 */
package org.reachlab.signals.extract.recognise;
