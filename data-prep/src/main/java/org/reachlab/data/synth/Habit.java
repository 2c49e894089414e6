package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A sharp personal habit: on the listed days, between two local times, the person can be
 * reached at a high rate ("Tuesdays and Thursdays 13:30-14:15").
 *
 * @param days       the weekdays
 * @param fromMinute start, minutes after midnight
 * @param toMinute   end (exclusive), minutes after midnight
 * @param rate       connect probability inside the window
 */
public record Habit(List<DayOfWeek> days, int fromMinute, int toMinute, double rate) {

    /** The share of the given hour covered by the window, 0-1. */
    public double overlap(int hour) {
        int a = Math.max(fromMinute, hour * 60);
        int b = Math.min(toMinute, hour * 60 + 60);
        return Math.max(0, b - a) / 60.0;
    }
}
