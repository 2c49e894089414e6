package org.reachlab.models.logistic;

import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.encoding.EncodedFamilyContract;

class LogisticFamilyTest extends EncodedFamilyContract {

    @Override
    protected ModelFamily family() {
        return new LogisticFamily();
    }

    @Override
    protected ModelConfig config() {
        return ModelConfig.defaults("logistic").withParam("batchSize", 128).withParam("minSegmentRows", 5);
    }

    @Override
    protected double requiredGain() {
        return 0.03;
    }
}
