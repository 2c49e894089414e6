package org.reachlab.signals.extract.recognise;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.reachlab.signals.text.TextAnalysis;

/**
 * One clause of a sentence with its context.
 *
 * @param text       the original text
 * @param norm       the normalised text (same length)
 * @param lower      the normalised text, lower-cased (same length)
 * @param begin      clause start offset in the text
 * @param end        clause end offset (exclusive)
 * @param sentence   the sentence holding it
 * @param analysis   the pipeline's analysis of the text
 * @param noteLocal  the note's timestamp in the person's zone
 * @param personZone the person's zone when known, or null
 */
record Clause(String text, String norm, String lower, int begin, int end, TextAnalysis.Sentence sentence,
              TextAnalysis analysis, LocalDateTime noteLocal, ZoneId personZone) {

    /** The clause, lower-cased. */
    String lc() {
        return lower.substring(begin, end);
    }

    /** The clause as written (normalised). */
    String original() {
        return norm.substring(begin, end);
    }

    LocalDate noteDate() {
        return noteLocal.toLocalDate();
    }

    int noteMinute() {
        return noteLocal.getHour() * 60 + noteLocal.getMinute();
    }
}
