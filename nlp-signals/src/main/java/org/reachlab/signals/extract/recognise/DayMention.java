package org.reachlab.signals.extract.recognise;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * Weekdays mentioned together in a clause ("Tue/Thu", "Monday to Wednesday", "weekdays").
 *
 * @param begin  start offset in the clause
 * @param end    end offset in the clause (exclusive)
 * @param days   the days meant
 * @param plural whether written as a habit ("Mondays", "Tue/Thu")
 * @param range  whether written as a range
 * @param first  the first day written
 * @param last   the last day written
 * @param until  whether the range ends before its last day ("Monday until Thursday")
 */
record DayMention(int begin, int end, Set<DayOfWeek> days, boolean plural, boolean range,
                  DayOfWeek first, DayOfWeek last, boolean until) {

    DayMention(int begin, int end, Set<DayOfWeek> days, boolean plural, boolean range, DayOfWeek first, DayOfWeek last) {
        this(begin, end, days, plural, range, first, last, false);
    }
}
