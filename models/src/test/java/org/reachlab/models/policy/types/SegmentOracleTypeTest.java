package org.reachlab.models.policy.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.Contact;
import org.reachlab.models.policy.DayContext;
import org.reachlab.models.policy.Dial;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.Policy;
import org.reachlab.models.policy.TrueReach;
import org.reachlab.models.policy.registry.PolicyInputs;
import org.reachlab.models.policy.registry.PolicyRegistry;
import org.reachlab.models.policy.registry.PolicySettings;

class SegmentOracleTypeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 10, 7);
    private static final int HOURS_8_TO_21 = ((1 << 21) - 1) & ~((1 << 8) - 1);

    private static DueContact due(int i, String industry) {
        Contact c = new Contact("c-" + i, "DE", null, ZoneId.of("Europe/Berlin"), industry, null, null, "lead", "de");
        return new DueContact(i, c, HOURS_8_TO_21, 3, 0, null, new int[24], List.of());
    }

    @Test
    void dialsEachContactAtItsSegmentsBestHourAndFillsCapacityWithTheBestSegmentsFirst() {
        // the contact's own truth would say 20h for everyone; the segments' says 10h for it, 15h for retail
        TrueReach own = (c, date, h) -> h == 20 ? 0.9 : 0.1;
        TrueReach segment = (c, date, h) -> c.contact().industry().equals("it") ? (h == 10 ? 0.3 : 0.1)
                : (h == 15 ? 0.2 : 0.05);
        Policy p = PolicyRegistry.standard().get("segment-oracle").create(PolicySettings.defaults(),
                PolicyInputs.ofHours(8, 21).withTruth(own).withSegmentTruth(segment));
        assertThat(p.name()).isEqualTo("segment_oracle");
        List<DueContact> due = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            due.add(due(i, i % 2 == 0 ? "retail" : "it"));
        }
        List<Dial> dials = p.plan(new DayContext(DAY, due, List.of(new DayContext.Rep("rep-01", 4, 4)),
                new SplittableRandom(1)));
        assertThat(dials).extracting(Dial::contactIndex).containsExactly(1, 3, 5, 0);
        for (Dial d : dials) {
            assertThat(d.hour()).isEqualTo(d.contactIndex() % 2 == 0 ? 15 : 10);
            assertThat(d.propensity()).isEqualTo(1.0);
        }
    }
}
