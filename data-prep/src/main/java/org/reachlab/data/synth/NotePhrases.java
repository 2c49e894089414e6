package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The wording of the synthetic notes in one language: the same statements (habit windows,
 * avoidances, absences) in each, so that every language states the truth recorded beside it.
 * {@link NoteGenerator} draws every random choice; a phrase only turns a choice into words, and
 * each language offers the same number of choices at every point, so a world's draws do not depend
 * on its contacts' languages.
 */
interface NotePhrases {

    /** How many ordinary notes without a timing statement each language offers. */
    int FILLERS = 20;

    /** The phrases of a contact's language: German for de, Norwegian for no, English otherwise. */
    static NotePhrases of(String language) {
        if ("de".equals(language)) {
            return GermanNotePhrases.INSTANCE;
        }
        if ("no".equals(language)) {
            return NorwegianNotePhrases.INSTANCE;
        }
        return EnglishNotePhrases.INSTANCE;
    }

    /** The language code written on the notes. */
    String language();

    /** Ordinary note {@code i} of {@link #FILLERS}, with no timing statement. */
    String filler(int i);

    /** Month-end is busy (one of two wordings). */
    String monthEnd(int i);

    /** A period of the day by its index in {@link NoteGenerator}'s periods (first thing, morning, ...). */
    String period(int index);

    /** Weekdays as a habit ("Mondays and Thursdays"). */
    String daysPlural(List<DayOfWeek> days);

    /** A clock time: {@code style} 0 is "09:00", others the language's everyday form. */
    String clock(int minutes, int style);

    /** A date in one of four styles. */
    String date(LocalDate d, int style);

    /** A habit with a vague period (one of three wordings; 1 and 2 are told by someone else). */
    String habitVague(int i, String days, String period);

    /** A habit with clock times (one of four wordings; 2 is told by someone else). */
    String habitExact(int i, String days, String from, String to);

    /** Lunch service of a restaurant, 11 to 2, is to be avoided (one of two wordings). */
    String lunchService(int i);

    /** No calls before 10 (one of three wordings). */
    String notBeforeTen(int i);

    /** The best period of the day (one of three wordings). */
    String bestPeriod(int i, String period);

    /** The best two hours (one of two wordings). */
    String bestHours(int i, String from, String to);

    /** An auto-reply during an absence, back on a date (one of two wordings). */
    String absentUntil(int i, String back);

    /**
     * Away at a trade fair from one date to another, inclusive (one of two wordings).
     *
     * @param name the fair's name as configured, in English ("the IT security fair"); a language may
     *             speak of "a trade fair" instead
     */
    String fair(int i, String name, String from, String to);

    /** On vacation from one date through another. */
    String vacation(String from, String to);

    /** Out of the office from one date to another, back on a third. */
    String outOfOffice(String from, String to, String back);
}
