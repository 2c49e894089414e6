package org.reachlab.evaluation.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.evaluation.evidence.ContactView;
import org.reachlab.evaluation.evidence.Evidence;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.store.ModelStore;
import org.reachlab.models.training.Trainer;
import org.reachlab.pipeline.NotePreferences;
import org.reachlab.signals.extract.SignalExtractor;

/**
 * Training and saving of the models: each model trained on a seed's logged history (the built-in
 * belief by observing every dial, registry families through their trainer with the notes'
 * stated preferences as prior), and the first seed's models saved with their provenance.
 */
final class ModelTraining {

    private final ModelRegistry registry;
    /** Stated preferences of a world's notes written before a history's end, by world seed and end. */
    private final Map<String, StatedPreferences> statedCache = new HashMap<>();

    ModelTraining(ModelRegistry registry) {
        this.registry = registry;
    }

    /**
     * A belief trained on a history.
     *
     * @param saveTo  where to save the model with its provenance, or null
     * @param dataOut where the history was written (named as the saved model's source when there), or null
     */
    SlotBelief belief(String model, SyntheticWorld w, long seed, List<SimulatedCall> history, Path saveTo,
                      Path dataOut) {
        return belief(model, w, seed, evidence(w, history), saveTo, dataOut);
    }

    /**
     * A belief trained on some evidence (the whole of it, or with a source removed), as its policy
     * acts on it: its model trained on the evidence's history and stated preferences with the
     * contacts under the evidence's view, and seen under that view while it dials.
     *
     * @param saveTo  where to save the model with its provenance, or null
     * @param dataOut where the history was written (named as the saved model's source when there), or null
     */
    SlotBelief belief(String model, SyntheticWorld w, long seed, Evidence evidence, Path saveTo, Path dataOut) {
        ModelFamily family = registry.get(model);
        TrainingData data = trainingData(w, seed, evidence);
        TrainedModel trained = Trainer.train(family, data, ModelConfig.defaults(model).withSeed(seed));
        if (saveTo != null) {
            try {
                Path calls = dataOut == null ? null : dataOut.resolve("calls.csv");
                DataSource source = calls != null && Files.exists(calls)
                        ? new DataSource("data/calls.csv (synthetic history, seed " + seed + ")",
                                ExperimentWriter.sha256(calls))
                        : DataSource.inMemory("synthetic history, seed " + seed);
                ModelStore.save(trained, family, source, saveTo);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot save model " + model + " to " + saveTo, e);
            }
        }
        return evidence.viewed(ModelBelief.of(model, trained.model()));
    }

    /**
     * Everything a seed's run gives the beliefs: its logged history, the stated preferences of the
     * notes written before the history ended, the contacts as they are.
     */
    Evidence evidence(SyntheticWorld w, List<SimulatedCall> history) {
        return Evidence.of(history, stated(w, contacts(w, ContactView.AS_IS), history));
    }

    /** A seed's logged history as the registry models' training data. */
    TrainingData trainingData(SyntheticWorld w, long seed, List<SimulatedCall> history) {
        return trainingData(w, seed, evidence(w, history));
    }

    /** Some evidence as the registry models' training data: its history, its preferences, its view of the contacts. */
    TrainingData trainingData(SyntheticWorld w, long seed, Evidence evidence) {
        List<SimulatedCall> history = evidence.history();
        Map<String, Contact> contacts = contacts(w, evidence.contacts());
        AttemptLog.Builder lb = AttemptLog.builder();
        int n = 0;
        for (SimulatedCall c : history) {
            Contact contact = contacts.get(w.contacts().get(c.contactIndex()).id());
            lb.add(new Attempt("h-" + (++n), contact.id(), c.at().toInstant(), c.result().outcome(), Channel.PHONE,
                    c.repId(), c.result().durationS(), c.result().meetingBooked(), c.policy(), c.propensity(), null),
                    contact);
        }
        return TrainingData.of(lb.build(), contacts, evidence.preferences(), w.calendar(),
                DataSource.inMemory("synthetic history, seed " + seed + ", " + history.size() + " dials"));
    }

    /** A world's contacts by id, under a view. */
    private static Map<String, Contact> contacts(SyntheticWorld w, ContactView view) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (Contact c : w.contacts()) {
            contacts.put(c.id(), view.apply(c));
        }
        return contacts;
    }

    /**
     * What the contacts of a world said in the notes written before the history ended, read by the
     * timing-signal extractor: the evidence the registry models take as a prior.
     */
    private StatedPreferences stated(SyntheticWorld w, Map<String, Contact> contacts, List<SimulatedCall> history) {
        Instant end = history.stream().map(c -> c.at().toInstant()).max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
        // one runner generates every world from its own world config, so the seed names the world
        String key = w.seed() + "@" + end;
        return statedCache.computeIfAbsent(key, k -> NotePreferences.of(
                w.notes().stream().filter(n -> n.at().toInstant().isBefore(end)).toList(), contacts,
                SignalExtractor.shared()).preferences());
    }
}
