package org.reachlab.models.encoding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.reachlab.models.ReachabilityModel;

/**
 * A trained model of an encoded family: an {@link EncodedCore} with the shared histories and weights,
 * and the summary of what training did, which is saved next to the core as JSON.
 *
 * @param <C> the family's core, reachable through {@link #core()}
 */
public final class CoreModel<C extends EncodedCore<C>> extends EncodedModel {

    private final String family;
    private final C core;
    private final Map<String, Object> fit;
    private final String fitFile;

    /**
     * A model of family {@code family} with its shared state from {@code prepared} (trained or
     * {@linkplain EncodedModel#read read}); {@code fit} is written to {@code fitFile} on save.
     */
    public CoreModel(String family, Prepared prepared, C core, int onlineBatch, Map<String, Object> fit,
                     String fitFile) {
        super(prepared.book(), prepared.relations(), prepared.weights(), prepared.absences(), prepared.days(), onlineBatch,
                prepared.lastSeen());
        this.family = family;
        this.core = core;
        this.fit = fit;
        this.fitFile = fitFile;
    }

    private CoreModel(CoreModel<C> other) {
        super(other);
        this.family = other.family;
        this.core = other.core.copy();
        this.fit = other.fit;
        this.fitFile = other.fitFile;
    }

    /**
     * The start of a training summary, shared by the encoded families: epochs, best epoch, the
     * early-stopping log-loss (null when there was no early-stopping slice) and the row counts.
     * Families add their own entries and {@code fitSeconds}.
     */
    public static Map<String, Object> fitSummary(int epochs, int bestEpoch, double earlyStoppingLogLoss,
                                                 int trainRows, int earlyStoppingRows) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("bestEpoch", bestEpoch);
        m.put("earlyStoppingLogLoss", Double.isNaN(earlyStoppingLogLoss) ? null : earlyStoppingLogLoss);
        m.put("trainRows", trainRows);
        m.put("earlyStoppingRows", earlyStoppingRows);
        return m;
    }

    /** Reads a training summary written by {@link #save}; empty when the directory has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readFit(Path dir, String fitFile) throws IOException {
        Path file = dir.resolve(fitFile);
        return Files.isRegularFile(file) ? new ObjectMapper().readValue(file.toFile(), Map.class) : Map.of();
    }

    @Override
    public String family() {
        return family;
    }

    /** The fitted core. */
    public C core() {
        return core;
    }

    /** What training did (epochs, best epoch, validation log-loss, rows, and what the family adds). */
    @Override
    public Map<String, Object> summary() {
        return fit;
    }

    @Override
    protected FeatureEncoder encoder() {
        return core.encoder();
    }

    @Override
    protected double[] predict(EncodedRows rows) {
        return core.predict(rows);
    }

    @Override
    protected void learn(EncodedRows rows) {
        core.learn(rows);
    }

    @Override
    protected void saveCore(Path dir) throws IOException {
        core.save(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(fitFile).toFile(), fit);
    }

    @Override
    public ReachabilityModel copy() {
        return new CoreModel<>(this);
    }
}
