package org.reachlab.models.neural;

import java.io.IOException;
import java.nio.file.Path;
import org.reachlab.models.encoding.EncodedCore;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.FeatureEncoder;
import org.reachlab.models.encoding.PosteriorCore;

/**
 * The core of a {@code neural} model: the fitted {@link ReachNet} with the online steps of its
 * {@link NeuralConfig}, and its last-layer Laplace posterior for Thompson sampling.
 *
 * @param network the fitted network
 * @param params  the family's parameters (online steps)
 */
public record NeuralCore(ReachNet network, NeuralConfig params) implements EncodedCore<NeuralCore>, PosteriorCore {

    @Override
    public FeatureEncoder encoder() {
        return network.encoder();
    }

    @Override
    public double[] predict(EncodedRows rows) {
        return network.predict(rows);
    }

    @Override
    public Draws posterior(EncodedRows rows) {
        return network.posterior(rows);
    }

    @Override
    public void learn(EncodedRows rows) {
        network.update(rows, params.onlineSteps());
    }

    @Override
    public void save(Path dir) throws IOException {
        network.save(dir);
    }

    @Override
    public NeuralCore copy() {
        return new NeuralCore(network.copy(), params);
    }
}
