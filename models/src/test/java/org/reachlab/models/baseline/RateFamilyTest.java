package org.reachlab.models.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Planted;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;

class RateFamilyTest {

    static final TrainingData DATA = Planted.world(120, 20, 7, Planted::segmentPattern);
    static final LocalDate AFTER = LocalDate.of(2025, 3, 3); // a Monday after the data, no holiday

    static ReachabilityModel train(String family, ModelConfig config) {
        return ModelRegistry.standard().get(family).train(DATA, config);
    }

    /** Connects and attempts of the training rows on ordinary days (what the families count). */
    static double[] counts(String contactId) {
        double k = 0;
        double n = 0;
        for (int r = 0; r < DATA.size(); r++) {
            if (contactId == null || DATA.contact(r).id().equals(contactId)) {
                n++;
                k += DATA.connected(r) ? 1 : 0;
            }
        }
        return new double[] {k, n};
    }

    @Test
    void constantIsTheTrainingShareOfConnectsAtEveryHour() {
        ReachabilityModel m = train("constant", ModelConfig.defaults("constant"));
        double[] all = counts(null);
        Contact c = DATA.contact(0);
        double p = m.probability(c, Planted.at(AFTER, 10));
        // the planted world has no holiday in its weeks, so every attempt counts
        assertThat(p).isCloseTo((all[0] + 0.1) / (all[1] + 1), within(1e-12));
        assertThat(m.probability(c, Planted.at(AFTER, 3))).isEqualTo(p);
        assertThat(m.probability(DATA.contact(7), Planted.at(AFTER, 15))).isEqualTo(p);
    }

    @Test
    void contactRateIsShrunkTowardTheConstantByTheEstimatedStrength() {
        ReachabilityModel m = train("contact", ModelConfig.defaults("contact"));
        double constant = train("constant", ModelConfig.defaults("constant")).probability(DATA.contact(0),
                Planted.at(AFTER, 10));
        double strength = ((Number) m.summary().get("strength")).doubleValue();
        assertThat(strength).isGreaterThan(0);
        Contact c = DATA.contact(0);
        double[] own = counts(c.id());
        Instant t = Planted.at(AFTER, 10);
        assertThat(m.probability(c, t)).isCloseTo((own[0] + strength * constant) / (own[1] + strength), within(1e-12));
        // a contact never seen gets the constant
        assertThat(m.probability(Planted.contact("new", "it", "lead"), t)).isCloseTo(constant, within(1e-12));
    }

    @Test
    void aSetStrengthIsUsedAsGiven() {
        ModelConfig config = ModelConfig.defaults("contact").withParam("contactStrength", 10.0);
        ReachabilityModel m = train("contact", config);
        assertThat(((Number) m.summary().get("strength")).doubleValue()).isEqualTo(10.0);
    }
}
