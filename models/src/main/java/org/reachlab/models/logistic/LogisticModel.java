package org.reachlab.models.logistic;

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

/** A trained {@code logistic} model: a {@link LogisticRegression} with the shared histories and weights. */
public final class LogisticModel extends EncodedModel {

    static final String FIT_FILE = "logistic-fit.json";

    private final LogisticRegression core;
    private final LogisticConfig params;
    private final Map<String, Object> fit;

    LogisticModel(Prepared prepared, LogisticRegression core, LogisticConfig params, Map<String, Object> fit) {
        super(prepared.book(), prepared.weights(), prepared.absences(), prepared.days(), params.onlineBatch(),
                prepared.lastSeen());
        this.core = core;
        this.params = params;
        this.fit = fit;
    }

    private LogisticModel(LogisticModel other) {
        super(other);
        this.core = other.core.copy();
        this.params = other.params;
        this.fit = other.fit;
    }

    @Override
    public String family() {
        return LogisticFamily.NAME;
    }

    /** The fitted regression. */
    public LogisticRegression regression() {
        return core;
    }

    /** What training did (epochs, best epoch, validation log-loss, rows). */
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
        core.update(rows, params.onlineLearningRate(), params.l2(), params.onlineSteps());
    }

    @Override
    protected void saveCore(Path dir) throws IOException {
        core.save(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(FIT_FILE).toFile(), fit);
    }

    @Override
    public ReachabilityModel copy() {
        return new LogisticModel(this);
    }

    static Map<String, Object> fitSummary(LogisticRegression.Fit f, double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", f.epochs());
        m.put("bestEpoch", f.bestEpoch());
        m.put("earlyStoppingLogLoss", Double.isNaN(f.validationLoss()) ? null : f.validationLoss());
        m.put("trainRows", f.trainRows());
        m.put("earlyStoppingRows", f.validationRows());
        m.put("weights", f.model().width() + 1);
        m.put("fitSeconds", Math.round(seconds * 1000) / 1000.0);
        return m;
    }
}
