package org.reachlab.models.neural;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.encoding.EncodedModel;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.FeatureEncoder;

/** A trained {@code neural} model: a {@link ReachNet} with the shared histories and weights. */
public final class NeuralModel extends EncodedModel {

    static final String FIT_FILE = "neural-fit.json";

    private final ReachNet core;
    private final NeuralConfig params;
    private final Map<String, Object> fit;

    NeuralModel(Prepared prepared, ReachNet core, NeuralConfig params, Map<String, Object> fit) {
        super(prepared.book(), prepared.weights(), prepared.absences(), prepared.days(), params.onlineBatch(),
                prepared.lastSeen());
        this.core = core;
        this.params = params;
        this.fit = fit;
    }

    private NeuralModel(NeuralModel other) {
        super(other);
        this.core = other.core.copy();
        this.params = other.params;
        this.fit = other.fit;
    }

    @Override
    public String family() {
        return NeuralFamily.NAME;
    }

    /** The fitted network. */
    public ReachNet network() {
        return core;
    }

    /** What training did (epochs, best epoch, validation log-loss, rows, parameters). */
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
        core.update(rows, params.onlineSteps());
    }

    @Override
    protected void saveCore(Path dir) throws IOException {
        core.save(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(FIT_FILE).toFile(), fit);
    }

    @Override
    public ReachabilityModel copy() {
        return new NeuralModel(this);
    }

    static Map<String, Object> fitSummary(ReachNet.Fit f, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", f.epochs());
        m.put("bestEpoch", f.bestEpoch());
        m.put("earlyStoppingLogLoss", Double.isNaN(f.validationLoss()) ? null : f.validationLoss());
        m.put("trainRows", f.trainRows());
        m.put("earlyStoppingRows", f.validationRows());
        m.put("parameters", f.net().parameterCount());
        m.put("knownContacts", f.net().encoder().contacts().values().size());
        m.put("knownSegments", f.net().encoder().segments().values().size());
        m.put("fitSeconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }
}
