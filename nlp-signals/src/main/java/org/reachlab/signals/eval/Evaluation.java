package org.reachlab.signals.eval;

import java.util.Comparator;
import java.util.List;

/**
 * The score of extraction over a labelled set.
 *
 * @param notes the per-note scores, in file order
 */
public record Evaluation(List<NoteScore> notes) {

    public Evaluation {
        notes = List.copyOf(notes);
    }

    /** Mean cell F1 over the notes (1.0 for no notes). */
    public double meanF1() {
        return notes.stream().mapToDouble(NoteScore::f1).average().orElse(1.0);
    }

    /** Notes without an expected signal. */
    public long negatives() {
        return notes.stream().filter(n -> n.expected().isEmpty()).count();
    }

    /** Notes with at least one expected signal. */
    public long positives() {
        return notes.size() - negatives();
    }

    /** Share of notes with no expected signal for which anything was extracted. */
    public double falseAlarmRate() {
        long neg = negatives();
        return neg == 0 ? 0.0 : (double) notes.stream().filter(NoteScore::falseAlarm).count() / neg;
    }

    /** Share of notes with an expected signal for which nothing was extracted. */
    public double missRate() {
        long pos = positives();
        return pos == 0 ? 0.0 : (double) notes.stream().filter(NoteScore::miss).count() / pos;
    }

    /**
     * The lowest-scoring notes, worst first (ties in file order).
     *
     * @param n how many
     * @return up to {@code n} notes with F1 below 1
     */
    public List<NoteScore> worst(int n) {
        return notes.stream().filter(s -> s.f1() < 1.0)
                .sorted(Comparator.comparingDouble(NoteScore::f1)).limit(n).toList();
    }
}
