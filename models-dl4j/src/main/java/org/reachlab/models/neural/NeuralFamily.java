package org.reachlab.models.neural;

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

/**
 * The {@code neural} family: a Deeplearning4j ComputationGraph with contact, segment and slot
 * embeddings merged with the shared dense features.
 */
public final class NeuralFamily implements ModelFamily {

    /** The registry name. */
    public static final String NAME = "neural";

    /** The training summary saved next to the network. */
    static final String FIT_FILE = "neural-fit.json";

    /** For the service loader. */
    public NeuralFamily() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Deeplearning4j network: contact, segment and slot embeddings with time, calendar, history and "
                + "stated-preference features; early stopping on a time-ordered validation slice";
    }

    @Override
    public String limits() {
        return "Contacts first seen after training share the reserved unknown embedding (their history features "
                + "still count); contacts with fewer than minContactRows training attempts too. Online updates take "
                + "onlineSteps gradient steps every onlineBatch outcomes and never add embeddings. Float32 "
                + "arithmetic; results are deterministic for a seed on one machine and thread count.";
    }

    @Override
    public Object defaultParams() {
        return NeuralConfig.defaults();
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("the neural family needs at least one attempt to train on");
        }
        NeuralConfig params = config.params(NeuralConfig.class, NeuralConfig.defaults());
        NativeThreads.apply(params.threads());
        long t0 = System.nanoTime();
        EncodedModel.Prepared prepared = EncodedModel.prepare(data, config);
        ReachNet.Fit fit = ReachNet.train(prepared.rows(), params, config.seed());
        return CoreModel.of(NAME, prepared, new NeuralCore(fit.net(), params), params.onlineBatch(),
                fitSummary(fit, (System.nanoTime() - t0) / 1e9), FIT_FILE);
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ReachNet.NETWORK_FILE))) {
            throw new ModelFormatException(dir + " holds no " + ReachNet.NETWORK_FILE
                    + ": not a neural model's parameters");
        }
        NeuralConfig params = config.params(NeuralConfig.class, NeuralConfig.defaults());
        NativeThreads.apply(params.threads());
        ReachNet core = ReachNet.load(dir);
        return CoreModel.of(NAME, EncodedModel.read(dir, calendar), new NeuralCore(core, params),
                params.onlineBatch(), CoreModel.readFit(dir, FIT_FILE), FIT_FILE);
    }

    @Override
    public Map<String, String> libraryVersions() {
        Map<String, String> m = new TreeMap<>();
        m.put("deeplearning4j-nn", LibraryVersions.maven("org.deeplearning4j", "deeplearning4j-nn"));
        m.put("nd4j-native", LibraryVersions.maven("org.nd4j", "nd4j-native"));
        return m;
    }

    private static Map<String, Object> fitSummary(ReachNet.Fit f, double seconds) {
        Map<String, Object> m = CoreModel.fitSummary(f.epochs(), f.bestEpoch(), f.validationLoss(), f.trainRows(),
                f.validationRows());
        m.put("parameters", f.net().parameterCount());
        m.put("knownContacts", f.net().encoder().contacts().values().size());
        m.put("knownSegments", f.net().encoder().segments().values().size());
        m.put("fitSeconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }
}
