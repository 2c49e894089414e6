package org.reachlab.models.logistic;

import java.io.IOException;
import java.nio.file.Path;
import org.reachlab.models.encoding.EncodedCore;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.FeatureEncoder;
import org.reachlab.models.encoding.PosteriorCore;

/**
 * The core of a {@code logistic} model: the fitted {@link LogisticRegression} with the online SGD
 * parameters of its {@link LogisticConfig}, and its Laplace posterior for Thompson sampling.
 *
 * @param regression the fitted regression
 * @param params     the family's parameters (online learning rate, L2 penalty and steps)
 */
public record LogisticCore(LogisticRegression regression, LogisticConfig params) implements EncodedCore<LogisticCore>, PosteriorCore {

    @Override
    public FeatureEncoder encoder() {
        return regression.encoder();
    }

    @Override
    public double[] predict(EncodedRows rows) {
        return regression.predict(rows);
    }

    @Override
    public Draws posterior(EncodedRows rows) {
        return regression.posterior(rows);
    }

    @Override
    public void learn(EncodedRows rows) {
        regression.update(rows, params.onlineLearningRate(), params.l2(), params.onlineSteps());
    }

    @Override
    public void save(Path dir) throws IOException {
        regression.save(dir);
    }

    @Override
    public LogisticCore copy() {
        return new LogisticCore(regression.copy(), params);
    }
}
