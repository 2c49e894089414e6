package org.reachlab.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.time.ZoneResolver;

class ContactTableTest {

    @TempDir
    Path dir;

    private final List<Rejection> rejected = new ArrayList<>();

    private ContactTable read(String csv) throws IOException {
        Path f = dir.resolve("contacts.csv");
        Files.writeString(f, csv);
        ContactTable t = ContactTable.read(f, ZoneResolver.standard(), rejected::add, dir.resolve("out.csv"));
        assertThat(t.report().read()).isEqualTo(t.report().accepted() + t.report().rejected());
        assertThat(t.report().rejected()).isEqualTo(rejected.size());
        return t;
    }

    @Test
    void derivesZonesFromCountryAndSubdivision() throws IOException {
        ContactTable t = read("contact_id,country,subdivision,zone\n"
                + "c1,de,,\nc2,US,US-TX,\nc3,US,,America/Denver\nc4,NO,,\nc5,US,us-ca,\n");
        assertThat(rejected).isEmpty();
        assertThat(t.contacts().values()).extracting(c -> c.zone().getId())
                .containsExactly("Europe/Berlin", "America/Chicago", "America/Denver", "Europe/Oslo",
                        "America/Los_Angeles");
        assertThat(t.get("c1").orElseThrow().country()).isEqualTo("DE");
        assertThat(t.get("c5").orElseThrow().subdivision()).isEqualTo("US-CA");
    }

    @Test
    void callingFlagsAreReadAndBadOnesRejectTheRow() throws IOException {
        ContactTable t = read("contact_id,country,do_not_call,quiet_from,quiet_to\n"
                + "c1,DE,true,,\nc2,DE,no,12:00,13:30\nc3,DE,,20:00,07:00\nc4,DE,maybe,,\n"
                + "c5,DE,,12:00,\nc6,DE,,12:00,12:00\nc7,DE,,25:00,26:00\nc8,DE,,,\n");
        assertThat(t.flags("c1").doNotCall()).isTrue();
        assertThat(t.flags("c2").quietText()).isEqualTo("12:00-13:30");
        assertThat(t.flags("c3").quiet(java.time.LocalTime.of(6, 0))).isTrue();
        assertThat(t.flags("c8")).isEqualTo(org.reachlab.data.compliance.ContactFlags.NONE);
        assertThat(rejected).extracting(r -> r.code()).containsExactly("bad_do_not_call", "quiet_hours_incomplete",
                "bad_quiet_hours", "bad_time_of_day");
        assertThat(rejected).extracting(r -> r.column()).containsExactly("do_not_call", "quiet_to", "quiet_to",
                "quiet_from");
        assertThat(t.contacts()).containsOnlyKeys("c1", "c2", "c3", "c8");
    }

    @Test
    void duplicateIdKeepsTheFirstAndRejectsTheRest() throws IOException {
        ContactTable t = read("contact_id,country,industry\nc1,DE,it\nc1,NO,retail\n");
        assertThat(t.get("c1").orElseThrow().industry()).isEqualTo("it");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("duplicate_contact_id");
            assertThat(r.line()).isEqualTo(3L);
            assertThat(r.reason()).contains("line 2");
        });
        assertThat(t.rejectionOf("c1")).isEmpty();
    }

    @Test
    void unknownZoneIsRejectedNamingTheValue() throws IOException {
        ContactTable t = read("contact_id,country,zone\nc1,DE,Europe/Berlín\n");
        assertThat(t.contacts()).isEmpty();
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.column()).isEqualTo("zone");
            assertThat(r.value()).isEqualTo("Europe/Berlín");
            assertThat(r.code()).isEqualTo("unknown_zone");
        });
        assertThat(t.rejectionOf("c1")).get().asString().contains("line 2").contains("Europe/Berlín");
    }

    @Test
    void multiZoneCountryWithoutZoneIsRejected() throws IOException {
        read("contact_id,country\nc1,US\n");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("zone_required");
            assertThat(r.reason()).contains("several time zones");
        });
    }

    @Test
    void badCountrySubdivisionSizeAndLanguageAreRejected() throws IOException {
        read("contact_id,country,subdivision,company_size,language\n"
                + "c1,Germany,,,\nc2,DE,US-CA,,\nc3,DE,,-5,\nc4,DE,,10,english\nc5,DE,DE-BY,10,de\n");
        assertThat(rejected).extracting(Rejection::code)
                .containsExactly("unknown_country", "bad_subdivision", "negative_company_size", "bad_language");
    }

    @Test
    void validatedTableHasZonesAndPassesExtraColumnsThrough() throws IOException {
        read("Contact_ID,Country,Campaign\nc1,SE,spring\n");
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        assertThat(lines.get(0)).endsWith(",campaign");
        assertThat(lines.get(1)).contains("Europe/Stockholm").endsWith(",spring");
        assertThat(ZoneId.of("Europe/Stockholm")).isNotNull();
    }
}
