package org.reachlab.data.synth;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.reachlab.data.domain.SignalKind;

/**
 * A timing statement made in a generated note, and its truth.
 *
 * <p>The fields {@code kind} to {@code dateTo} say what the text states, in the terms of the
 * timing-signal spec (a recurring statement has days and a window and no dates; a dated one
 * has dates). The rest says how it relates to the world: what it was generated from, whether
 * it is vague, until when it held, and the true mean connect probability inside and outside
 * the stated cells (weekdays 08-18 of the week the note was written).
 *
 * @param noteId      the note
 * @param contactId   the contact
 * @param kind        what the statement says: prefer, avoid or unavailable
 * @param days        three-letter day names of a recurring statement (empty for every day)
 * @param from        window start, or {@code null} for a whole day
 * @param to          window end (exclusive), or {@code null}
 * @param dateFrom    first day of a dated statement, or {@code null}
 * @param dateTo      last day of a dated statement, or {@code null}
 * @param basis       what in the world it comes from: habit, segment, vacation, fair, month_end
 * @param vague       whether it is stated with a vague period word rather than clock times
 * @param validUntil  the last day it held (the day before a routine change), or {@code null}
 * @param rateInside  true mean connect probability in the stated cells, NaN when it has none
 * @param rateOutside true mean connect probability in the other weekday 08-18 cells
 */
public record Statement(String noteId, String contactId, SignalKind kind, List<String> days, LocalTime from,
                        LocalTime to, LocalDate dateFrom, LocalDate dateTo, String basis, boolean vague,
                        LocalDate validUntil, double rateInside, double rateOutside) {
}
