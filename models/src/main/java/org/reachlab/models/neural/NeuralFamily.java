package org.reachlab.models.neural;

import com.fasterxml.jackson.databind.ObjectMapper;
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
        return new NeuralModel(prepared, fit.net(), params, NeuralModel.fitSummary(fit, (System.nanoTime() - t0) / 1e9));
    }

    @Override
    @SuppressWarnings("unchecked")
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ReachNet.NETWORK_FILE))) {
            throw new ModelFormatException(dir + " holds no " + ReachNet.NETWORK_FILE
                    + ": not a neural model's parameters");
        }
        NeuralConfig params = config.params(NeuralConfig.class, NeuralConfig.defaults());
        NativeThreads.apply(params.threads());
        ReachNet core = ReachNet.load(dir);
        Path fitFile = dir.resolve(NeuralModel.FIT_FILE);
        Map<String, Object> fit = Files.isRegularFile(fitFile) ? new ObjectMapper().readValue(fitFile.toFile(),
                Map.class) : Map.of();
        return new NeuralModel(EncodedModel.read(dir, calendar), core, params, fit);
    }

    @Override
    public Map<String, String> libraryVersions() {
        Map<String, String> m = new TreeMap<>();
        m.put("deeplearning4j-nn", LibraryVersions.maven("org.deeplearning4j", "deeplearning4j-nn"));
        m.put("nd4j-native", LibraryVersions.maven("org.nd4j", "nd4j-native"));
        return m;
    }
}
