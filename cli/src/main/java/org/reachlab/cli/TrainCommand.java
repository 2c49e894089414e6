package org.reachlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.store.ModelStore;
import org.reachlab.models.training.Trainer;
import org.reachlab.pipeline.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab train}: trains one model and saves it with its provenance. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a reachability model on all attempts of a data directory and saves it.",
                "",
                "The model directory holds manifest.json (format version, data SHA-256, versions, training time, "
                        + "validation scores), config.json (full config with seeds), parameters/ and MODEL_CARD.md."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Output directory of `reachlab ingest` or `reachlab generate`.")
    Path data;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "Model family: fixed, global, segment, bayes, logistic, neural (as far as this build has them).")
    String model;

    @Option(names = "--config", paramLabel = "FILE", description = "Model config, YAML or JSON.")
    Path config;

    @Option(names = "--stated-preferences", description = {"Read timing signals out of the data's notes.csv and",
            "give them to the models as stated-preference evidence."})
    boolean statedPreferences;

    @Option(names = "--events", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Read the data's events.csv, when it has one, as behavioural evidence (default: yes;",
                    "--no-events leaves it out)."})
    boolean events;

    @Option(names = "--out", required = true, paramLabel = "MODEL_DIR", description = "New model directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ModelFamily family = ModelCommands.family(spec, model);
        ModelConfig cfg = config == null ? ModelConfig.defaults(family.name()) : ModelConfig.read(config);
        if (cfg.family() != null && !cfg.family().equalsIgnoreCase(family.name())) {
            throw new UserFacingException("config " + config + " is for family '" + cfg.family() + "', not '"
                    + family.name() + "'");
        }
        DataDirectory.Loaded loaded = ModelCommands.load(spec, data, statedPreferences, events);
        TrainedModel tm;
        try {
            tm = Trainer.train(family, loaded.data(), cfg);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        ModelStore.save(tm, family, loaded.data().source(), out);
        PrintWriter w = spec.commandLine().getOut();
        var r = tm.report();
        w.printf(Locale.ROOT, "trained %s on %d attempts of %d contacts (%s to %s) in %.2f s%n", family.name(),
                r.attempts(), r.contacts(), r.dataFrom(), r.dataTo(), r.trainSeconds());
        if (r.validation() != null) {
            var s = r.validation();
            w.printf(Locale.ROOT, "validation from %s: %d attempts, log-loss %.4f, Brier %.4f, AUC %.3f, ECE %.4f%n",
                    r.validationFrom(), s.n(), s.logLoss(), s.brier(), s.auc(), s.ece());
        }
        w.printf("saved to %s%n", out);
        w.flush();
        return 0;
    }
}
