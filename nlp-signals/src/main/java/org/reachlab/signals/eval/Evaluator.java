package org.reachlab.signals.eval;

import java.util.ArrayList;
import java.util.List;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.extract.SignalExtractor;
import org.reachlab.signals.io.LabelledNote;

/** Scores an extractor against labelled notes. */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * Scores extracted signals against labels.
     *
     * @param labelled the labelled notes
     * @param found    the extracted signals, one per labelled note in the same order
     * @return the evaluation
     */
    public static Evaluation score(List<LabelledNote> labelled, List<NoteSignals> found) {
        if (labelled.size() != found.size()) {
            throw new IllegalArgumentException("labels and extractions must be the same length, received labels="
                    + labelled.size() + " extractions=" + found.size());
        }
        List<NoteScore> out = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            LabelledNote l = labelled.get(i);
            NoteSignals f = found.get(i);
            if (!l.note().id().equals(f.id())) {
                throw new IllegalArgumentException("extraction " + i + " is for note " + f.id() + ", expected "
                        + l.note().id());
            }
            double f1 = Cells.f1(Cells.of(f.signals()), Cells.of(l.expected()));
            out.add(new NoteScore(l.note().id(), l.note().text(), l.expected(), f.signals(), f1));
        }
        return new Evaluation(out);
    }

    /**
     * Extracts and scores.
     *
     * @param extractor the extractor
     * @param labelled  the labelled notes
     * @return the evaluation
     */
    public static Evaluation evaluate(SignalExtractor extractor, List<LabelledNote> labelled) {
        List<SignalNote> notes = labelled.stream().map(LabelledNote::note).toList();
        return score(labelled, extractor.extractAll(notes));
    }
}
