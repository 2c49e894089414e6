package org.reachlab.signals.extract.recognise;

/**
 * A time window found in a clause, in minutes of the day.
 *
 * @param begin start offset in the clause
 * @param end   end offset in the clause (exclusive)
 * @param from  first minute of the day
 * @param to    end minute (exclusive; 1440 is the end of the day)
 * @param clock whether written as clock times (rather than a period word)
 * @param bare  whether an hour without am/pm was read by the bare-hour rule
 */
record Window(int begin, int end, int from, int to, boolean clock, boolean bare) {

    /** The minute that ends a day. */
    static final int DAY_END = 24 * 60;

    Window(int begin, int end, int from, int to, boolean clock) {
        this(begin, end, from, to, clock, false);
    }
}
