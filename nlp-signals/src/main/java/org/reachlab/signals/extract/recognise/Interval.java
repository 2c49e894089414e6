package org.reachlab.signals.extract.recognise;

import java.time.LocalDate;

/**
 * Dates with an optional window of their own, after chaining date mentions.
 *
 * @param from   first day
 * @param to     last day
 * @param window the window on the first day, or null
 */
record Interval(LocalDate from, LocalDate to, Window window) { }
