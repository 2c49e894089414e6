package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reachlab.models.FamilyContract;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;

/**
 * The contract every model family shows, for the families of this module, found through their
 * ServiceLoader registration beside the count families of the models module.
 */
class Dl4jContractTest extends FamilyContract {

    @Override
    protected Stream<String> families() {
        return Stream.of("logistic", "neural");
    }

    @Override
    protected ModelConfig config(String family) {
        // the small, fast configs of the families' own tests
        ModelConfig c = ModelConfig.defaults(family).withParam("batchSize", 128).withParam("minSegmentRows", 5);
        return family.equals("neural")
                ? c.withParam("maxEpochs", 12).withParam("patience", 3).withParam("learningRate", 0.005).withParam("l2", 0.001)
                : c;
    }

    @Override
    protected double tolerance() {
        // what the encoded families promise for a saved model (their weights are single precision)
        return 1e-7;
    }

    @Override
    protected boolean appliesHolidayPrior() {
        // the encoded families learn holidays as a feature, and the planted world dials only on working days
        return false;
    }

    @Test
    void registryFindsEveryFamilyInCanonicalOrder() {
        assertThat(ModelRegistry.standard().names()).containsExactly("fixed", "global", "segment", "bayes", "logistic",
                "neural", "constant", "contact", "beta_online");
    }
}
