package org.reachlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;

/** Behaviour every family of this module must show, and what only the count families promise. */
class ContractTest extends FamilyContract {

    @Override
    protected Stream<String> families() {
        return Stream.of("fixed", "global", "segment", "bayes", "constant", "contact", "beta_online");
    }

    @Test
    void registryListsFamiliesInCanonicalOrderAndRejectsUnknownNames() {
        assertThat(ModelRegistry.standard().names()).startsWith("fixed", "global", "segment", "bayes");
        assertThatThrownBy(() -> ModelRegistry.standard().parse("global,nope"))
                .isInstanceOf(UnknownFamilyException.class)
                .hasMessageContaining("unknown model 'nope'").hasMessageContaining("fixed, global, segment, bayes");
    }

    @Test
    void coldStartFallsBackToSegmentThenEverybody() {
        for (String family : List.of("segment", "bayes")) {
            ReachabilityModel m = train(family).model();
            Instant it10 = Planted.at(AFTER, 10);
            Contact newIt = Planted.contact("new-it", "it", "lead");
            Contact newRetail = Planted.contact("new-retail", "retail", "owner");
            Contact newOther = Planted.contact("new-other", "bank", "cfo");
            // the segment's planted peak shows for a contact never seen
            assertThat(m.probability(newIt, it10)).as(family).isGreaterThan(m.probability(newRetail, it10) + 0.15);
            // an unknown segment gets everybody's rate: between the two segments
            double other = m.probability(newOther, it10);
            assertThat(other).as(family).isBetween(m.probability(newRetail, it10), m.probability(newIt, it10));
        }
        ReachabilityModel global = train("global").model();
        Instant t = Planted.at(AFTER, 10);
        assertThat(global.probability(Planted.contact("x", "it", "lead"), t))
                .isEqualTo(global.probability(Planted.contact("y", "bank", "cfo"), t));
    }

    @Test
    void fixedRuleIsConstantInsideTheWindowAndZeroOutside() {
        ReachabilityModel m = train("fixed").model();
        Contact c = DATA.contact(0);
        double inside = m.probability(c, Planted.at(AFTER, 9));
        assertThat(m.probability(c, Planted.at(AFTER, 16))).isEqualTo(inside);
        assertThat(inside).isBetween(0.15, 0.3);
        assertThat(m.probability(c, Planted.at(AFTER, 17))).isZero();
        assertThat(m.probability(c, Planted.at(AFTER.plusDays(5), 10))).isZero(); // Saturday
    }

    @Test
    void eachFamilyLearnsThePlantedPattern() {
        Contact it = DATA.contact(0);
        Instant at10 = Planted.at(AFTER, 10);
        Instant at15 = Planted.at(AFTER, 15);
        for (String family : List.of("segment", "bayes")) {
            ReachabilityModel m = train(family).model();
            assertThat(m.probability(it, at10)).as(family).isGreaterThan(0.35);
            assertThat(m.probability(it, at15)).as(family).isLessThan(0.25);
            assertThat(m.probability(it, at10)).as(family).isGreaterThan(m.probability(it, at15) + 0.15);
        }
        // global sees both peaks, pooled
        ReachabilityModel g = train("global").model();
        assertThat(g.probability(it, at10)).isGreaterThan(g.probability(it, Planted.at(AFTER, 13)) + 0.1);
        assertThat(g.probability(it, at15)).isGreaterThan(g.probability(it, Planted.at(AFTER, 13)) + 0.1);
    }
}
