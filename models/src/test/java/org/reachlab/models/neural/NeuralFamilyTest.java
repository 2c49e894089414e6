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
        return ModelConfig.defaults("neural").withParam("batchSize", 128).withParam("maxEpochs", 8)
                .withParam("learningRate", 0.01).withParam("l2", 0.001).withParam("minSegmentRows", 5);
    }

    @Override
    protected double requiredGain() {
        return 0.03;
    }
}
