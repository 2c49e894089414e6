package org.reachlab.signals.extract.recognise;

import java.time.LocalDate;

/**
 * A date or date span mentioned in a clause.
 *
 * @param begin   start offset in the clause
 * @param end     end offset in the clause (exclusive)
 * @param from    first day
 * @param to      last day
 * @param window  a part of the day the words themselves state ("this afternoon"), or null
 * @param weekday whether it was resolved from a weekday
 */
record DateMention(int begin, int end, LocalDate from, LocalDate to, Window window, boolean weekday) { }
