package org.reachlab.models.encoding;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The trainable part of an encoded family: a fitted core with its encoder, and the family's online
 * parameters bound in, so that {@link CoreModel} can score, update, save and copy it without knowing
 * its type.
 *
 * @param <C> the implementing type, which {@link #copy} returns
 */
public interface EncodedCore<C extends EncodedCore<C>> {

    /** The fitted encoder the core's parameters belong to. */
    FeatureEncoder encoder();

    /** The probability of reaching the person for each encoded row. */
    double[] predict(EncodedRows rows);

    /** The online learning step on labelled rows, with the family's online parameters. */
    void learn(EncodedRows rows);

    /** Writes the core's parameters (and its encoder) into the directory. */
    void save(Path dir) throws IOException;

    /** An independent copy that later online steps on either side do not reach. */
    C copy();
}
