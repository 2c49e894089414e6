package org.reachlab.models.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Planted;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.ModelBelief;
import org.reachlab.models.policy.learned.ObservedDial;
import org.reachlab.models.policy.learned.SlotBelief;

class BetaOnlineFamilyTest {

    static final TrainingData DATA = Planted.world(120, 20, 7, Planted::segmentPattern);

    @Test
    void theModelsBeliefIsTheBeliefFedTheSameDials() {
        ReachabilityModel m = ModelRegistry.standard().get("beta_online").train(DATA,
                ModelConfig.defaults("beta_online"));
        HierarchicalBetaBelief direct = new HierarchicalBetaBelief();
        for (int r = 0; r < DATA.size(); r++) {
            Contact c = DATA.contact(r);
            direct.observe(new ObservedDial(DATA.contactIndex(r), c, LocalDateTime.ofInstant(DATA.at(r), c.zone()),
                    DATA.at(r), DATA.outcome(r)));
        }
        SlotBelief view = ModelBelief.of("beta_online", m);
        assertThat(view).isInstanceOf(HierarchicalBetaBelief.class);
        LocalDate day = LocalDate.of(2025, 3, 4);
        for (Contact c : java.util.List.of(DATA.contact(0), DATA.contact(9), Planted.contact("new", "it", "lead"))) {
            DueContact due = new DueContact(0, c, 0xFFFFFF, 1, 0, null, new int[24], java.util.List.of());
            assertThat(view.mean(due, day)).containsExactly(direct.mean(due, day));
            // the model's prediction on an ordinary day is the belief's hourly mean
            assertThat(m.probability(c, Planted.at(day, 10))).isEqualTo(direct.mean(due, day)[10]);
        }
    }

    @Test
    void aModelWithoutItsOwnBeliefIsSeenThroughItsProbabilities() {
        ReachabilityModel m = ModelRegistry.standard().get("global").train(DATA, ModelConfig.defaults("global"));
        assertThat(ModelBelief.of("global", m)).isInstanceOf(ModelBelief.class);
    }
}
