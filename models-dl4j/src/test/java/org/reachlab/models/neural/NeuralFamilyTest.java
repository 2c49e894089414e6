package org.reachlab.models.neural;

import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.encoding.EncodedFamilyContract;

class NeuralFamilyTest extends EncodedFamilyContract {

    @Override
    protected ModelFamily family() {
        return new NeuralFamily();
    }

    @Override
    protected ModelConfig config() {
        return ModelConfig.defaults("neural").withParam("batchSize", 128).withParam("maxEpochs", 12)
                .withParam("patience", 3).withParam("learningRate", 0.005).withParam("l2", 0.001).withParam("minSegmentRows", 5);
    }

    @Override
    protected double requiredGain() {
        // a network on 2,700 rows is noisier than the logistic regression; the oracle gains about 0.1
        return 0.015;
    }
}
