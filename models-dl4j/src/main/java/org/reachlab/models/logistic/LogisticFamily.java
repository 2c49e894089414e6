package org.reachlab.models.logistic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.encoding.CoreModel;
import org.reachlab.models.encoding.EncodedModel;
import org.reachlab.models.encoding.NativeThreads;
import org.reachlab.models.store.LibraryVersions;

/** The {@code logistic} family: L2-regularised logistic regression on the shared encoding, trained with ND4J. */
public final class LogisticFamily implements ModelFamily {

    /** The registry name. */
    public static final String NAME = "logistic";

    /** The training summary saved next to the weights. */
    static final String FIT_FILE = "logistic-fit.json";

    /** For the service loader. */
    public LogisticFamily() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "L2-regularised logistic regression (ND4J) on cyclic time, slot, calendar, history, segment and "
                + "stated-preference features";
    }

    @Override
    public String limits() {
        return "Additive in its features: slot and segment × day-part effects, but no per-contact weights, so a "
                + "contact's own routine is seen only through its history counts; online updates move shared "
                + "weights every onlineBatch outcomes.";
    }

    @Override
    public Object defaultParams() {
        return LogisticConfig.defaults();
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the logistic family needs at least one attempt to train on");
        }
        LogisticConfig params = config.params(LogisticConfig.class, LogisticConfig.defaults());
        NativeThreads.apply(params.threads());
        long t0 = System.nanoTime();
        EncodedModel.Prepared prepared = EncodedModel.prepare(data, config);
        LogisticRegression.Fit fit = LogisticRegression.train(prepared.rows(), params, config.seed());
        return CoreModel.of(NAME, prepared, new LogisticCore(fit.model(), params), params.onlineBatch(),
                fitSummary(fit, (System.nanoTime() - t0) / 1e9), FIT_FILE);
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        if (!Files.isRegularFile(dir.resolve(LogisticRegression.WEIGHTS_FILE))) {
            throw new ModelFormatException(dir + " holds no " + LogisticRegression.WEIGHTS_FILE
                    + ": not a logistic model's parameters");
        }
        LogisticConfig params = config.params(LogisticConfig.class, LogisticConfig.defaults());
        NativeThreads.apply(params.threads());
        LogisticRegression core = LogisticRegression.load(dir);
        return CoreModel.of(NAME, EncodedModel.read(dir, calendar), new LogisticCore(core, params),
                params.onlineBatch(), CoreModel.readFit(dir, FIT_FILE), FIT_FILE);
    }

    @Override
    public Map<String, String> libraryVersions() {
        Map<String, String> m = new TreeMap<>();
        m.put("nd4j-native", LibraryVersions.maven("org.nd4j", "nd4j-native"));
        return m;
    }

    private static Map<String, Object> fitSummary(LogisticRegression.Fit f, double seconds) {
        Map<String, Object> m = CoreModel.fitSummary(f.epochs(), f.bestEpoch(), f.validationLoss(), f.trainRows(),
                f.validationRows());
        m.put("weights", f.model().width() + 1);
        m.put("fitSeconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }
}
