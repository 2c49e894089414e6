package org.reachlab.data.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZoneResolverTest {

    private final ZoneResolver zones = ZoneResolver.standard();

    @Test
    void explicitZoneWins() {
        assertThat(zones.resolve("US", "US-TX", "America/Denver").getId()).isEqualTo("America/Denver");
    }

    @Test
    void singleZoneCountriesNeedNothingElse() {
        assertThat(zones.resolve("DE", null, null).getId()).isEqualTo("Europe/Berlin");
        assertThat(zones.resolve("NO", null, null).getId()).isEqualTo("Europe/Oslo");
        assertThat(zones.resolve("SE", null, null).getId()).isEqualTo("Europe/Stockholm");
        assertThat(zones.resolve("GB", "GB-SCT", null).getId()).isEqualTo("Europe/London");
    }

    @Test
    void multiZoneCountriesUseTheSubdivision() {
        assertThat(zones.resolve("US", "US-IL", null).getId()).isEqualTo("America/Chicago");
        assertThat(zones.resolve("US", "US-AZ", null).getId()).isEqualTo("America/Phoenix");
        assertThat(zones.resolve("ES", "ES-CN", null).getId()).isEqualTo("Atlantic/Canary");
        assertThat(zones.resolve("CA", "CA-BC", null).getId()).isEqualTo("America/Vancouver");
    }

    @Test
    void multiZoneCountryWithoutHelpIsAnError() {
        assertThatThrownBy(() -> zones.resolve("US", null, null))
                .isInstanceOf(ZoneResolutionException.class)
                .hasMessageContaining("US spans several time zones")
                .hasMessageContaining("give a zone");
        assertThatThrownBy(() -> zones.resolve("RU", "RU-MOW", null))
                .hasMessageContaining("RU-MOW does not fix one");
    }

    @Test
    void unknownZoneAndCountryAreErrors() {
        assertThatThrownBy(() -> zones.resolve("DE", null, "Mars/Olympus")).hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> zones.resolve("XX", null, null)).hasMessageContaining("'XX'");
    }

    @Test
    void everyZoneInTheTablesExists() {
        for (String c : java.util.Locale.getISOCountries()) {
            try {
                zones.resolve(c, null, null);
            } catch (ZoneResolutionException e) {
                assertThat(e.getMessage()).containsAnyOf("several time zones", "no time zone is known");
            }
        }
    }
}
