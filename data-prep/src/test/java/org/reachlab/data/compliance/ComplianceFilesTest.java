package org.reachlab.data.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Contact;

class ComplianceFilesTest {

    @TempDir
    Path dir;

    static Contact contact(String country, String subdivision, String zone) {
        return new Contact("c", country, subdivision, ZoneId.of(zone), null, null, null, null, null);
    }

    @Test
    void bundledRulesGiveEachCountryItsWindow() {
        CallingRules r = ComplianceFiles.bundled();
        assertThat(r.scope(contact("US", "US-NY", "America/New_York")).window()).isEqualTo(CallingWindow.ofHours(8, 21));
        assertThat(r.scope(contact("US", "US-FL", "America/New_York")).window()).isEqualTo(CallingWindow.ofHours(8, 20));
        assertThat(r.scope(contact("NO", null, "Europe/Oslo")).window()).isEqualTo(CallingWindow.ofHours(9, 21));
        assertThat(r.scope(contact("FR", null, "Europe/Paris")).window()).isEqualTo(CallingWindow.ofHours(8, 21));
        assertThat(r.scope(contact("DE", "DE-BY", "Europe/Berlin")).allows(DayOfWeek.SATURDAY)).isFalse();
        assertThat(r.maxPerWeek()).isEqualTo(3);
        assertThat(r.minGapMinutes()).isEqualTo(240);
        assertThat(r.pauseAfterConnectDays()).isEqualTo(28);
    }

    @Test
    void aUserFileChangesOnlyWhatItLists() throws IOException {
        Path f = write("countries:\n  DE:\n    window: {from: \"09:30\", to: \"18:00\"}\nattempts:\n  maxPerWeek: 2\n");
        CallingRules r = ComplianceFiles.load(f);
        assertThat(r.scope(contact("DE", null, "Europe/Berlin")).window()).isEqualTo(new CallingWindow(570, 1080));
        assertThat(r.scope(contact("US", "US-FL", "America/New_York")).window()).isEqualTo(CallingWindow.ofHours(8, 20));
        assertThat(r.maxPerWeek()).isEqualTo(2);
        assertThat(r.pauseAfterConnectDays()).isEqualTo(28);
    }

    @Test
    void anUnknownKeyNamesTheFileAndTheKey() throws IOException {
        Path f = write("countries:\n  DE:\n    windw: {from: \"09:00\", to: \"18:00\"}\n");
        assertThatThrownBy(() -> ComplianceFiles.load(f)).isInstanceOf(ComplianceException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("unknown key 'windw'")
                .hasMessageContaining("countries.DE").hasMessageContaining("window");
    }

    @Test
    void anImpossibleWindowNamesTheFileAndTheKey() throws IOException {
        Path f = write("regions:\n  US-TX:\n    window: {from: \"21:00\", to: \"08:00\"}\n");
        assertThatThrownBy(() -> ComplianceFiles.load(f)).isInstanceOf(ComplianceException.class)
                .hasMessage("rules file " + f + ": key regions.US-TX.window is impossible: from 21:00 is not before to 08:00");
        Path g = write("default:\n  window: {from: \"25:00\", to: \"26:00\"}\n");
        assertThatThrownBy(() -> ComplianceFiles.load(g)).hasMessageContaining("key default.window.from")
                .hasMessageContaining("'25:00'");
    }

    @Test
    void unknownDaysCountriesAndRegionsAreNamed() throws IOException {
        assertThatThrownBy(() -> ComplianceFiles.load(write("default:\n  days: [MON, FUNDAY]\n")))
                .hasMessageContaining("key default.days unknown day 'FUNDAY'");
        assertThatThrownBy(() -> ComplianceFiles.load(write("countries:\n  XX: {holidays: true}\n")))
                .hasMessageContaining("key countries.XX is not an ISO 3166-1");
        assertThatThrownBy(() -> ComplianceFiles.load(write("regions:\n  Florida: {holidays: true}\n")))
                .hasMessageContaining("key regions.Florida is not an ISO 3166-2");
        assertThatThrownBy(() -> ComplianceFiles.load(write("attempts:\n  maxPerWeek: 0\n")))
                .hasMessageContaining("key attempts.maxPerWeek must be at least 1");
        assertThatThrownBy(() -> ComplianceFiles.load(dir.resolve("none.yaml")))
                .hasMessageContaining("none.yaml does not exist");
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "rules", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
