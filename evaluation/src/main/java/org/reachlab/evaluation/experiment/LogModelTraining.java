package org.reachlab.evaluation.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.ingest.AcceptedCall;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.evaluation.ope.LogEvaluation;
import org.reachlab.evaluation.ope.LogFiles;
import org.reachlab.evaluation.ope.LoggedDial;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.SlotBelief;
import org.reachlab.models.training.Trainer;

/**
 * Training of a registry model on a call log's phone attempts before the split: the beliefs of an
 * experiment on a call log and of {@code reachlab ope}.
 */
public final class LogModelTraining {

    private LogModelTraining() {
    }

    /** A registry model trained on the log's phone attempts before the split. */
    public static SlotBelief train(ModelRegistry registry, String model, LogFiles.Loaded loaded, LogEvaluation.Split split,
                            long seed, Path logFile) throws IOException {
        AttemptLog.Builder b = AttemptLog.builder();
        Map<String, Contact> contacts = new LinkedHashMap<>();
        List<LoggedDial> dials = loaded.dials();
        for (int i = 0; i < dials.size(); i++) {
            AcceptedCall c = loaded.calls().get(i);
            contacts.putIfAbsent(c.contact().id(), c.contact());
            if (dials.get(i).local().toLocalDate().isBefore(split.cut())) {
                b.add(c.attempt(), c.contact());
            }
        }
        TrainingData td = TrainingData.of(b.build(), contacts, StatedPreferences.none(), HolidayCalendar.standard(),
                new DataSource(logFile.getFileName() + " before " + split.cut(), ExperimentWriter.sha256(logFile)));
        try {
            return ModelBelief.of(model, Trainer.train(registry.get(model), td,
                    ModelConfig.defaults(model).withSeed(seed)).model());
        } catch (IllegalArgumentException e) {
            throw new ExperimentConfigException("model " + model + " cannot be trained on the " + split.train().size()
                    + " dials before " + split.cut() + ": " + e.getMessage());
        }
    }
}
