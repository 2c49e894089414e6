package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;

/** A week written on a grid gives exactly the rows of 168 single queries. */
class WeekGridTest {

    private static final Contact CHICAGO = new Contact("chi", "US", "US-IL", ZoneId.of("America/Chicago"), "law",
            null, null, "partner", "en");
    private static final Contact BERLIN = new Contact("ber", "DE", "DE-BY", ZoneId.of("Europe/Berlin"), "it", null,
            null, "cto", "de");

    @Test
    void weekRowsEqualSingleQueries(@TempDir Path dir) throws IOException {
        // weeks with the US and EU spring DST gaps, a US holiday (Thanksgiving) and Christmas
        IsoWeek[] weeks = {new IsoWeek(2026, 10), new IsoWeek(2026, 13), new IsoWeek(2026, 48), new IsoWeek(2026, 52)};
        DayCache days = new DayCache(PlantedWorld.CALENDAR);
        for (IsoWeek week : weeks) {
            long knownFrom = week.slotInstant(60, ZoneId.of("UTC")).getEpochSecond();
            StatedWeights weights = weights(dir.resolve(week.toString()), knownFrom);
            for (Contact c : new Contact[] {CHICAGO, BERLIN}) {
                for (ContactHistory h : new ContactHistory[] {new ContactHistory(), history(week, c)}) {
                    RawRows grid = RawRows.builder(LocalSlot.COUNT, days).addWeek(c, WeekGrid.of(week, c.zone()), h,
                            weights).build();
                    RawRows.Builder single = RawRows.builder(LocalSlot.COUNT, days);
                    for (int s = 0; s < LocalSlot.COUNT; s++) {
                        single.add(c, week.slotInstant(s, c.zone()), h, weights, -1);
                    }
                    RawRows one = single.build();
                    for (int s = 0; s < LocalSlot.COUNT; s++) {
                        assertThat(grid.slot(s)).as("%s %s slot %d", week, c.id(), s).isEqualTo(one.slot(s));
                        assertThat(grid.epochSecond(s)).isEqualTo(one.epochSecond(s));
                        for (int k = 0; k < DenseFeatures.COUNT; k++) {
                            assertThat(grid.dense(s, k)).as("%s %s slot %d column %s", week, c.id(), s,
                                    DenseFeatures.NAMES.get(k)).isEqualTo(one.dense(s, k));
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDstGapMovesTheQueryToTheNextHour() {
        // Sunday 2026-03-08 02:30 does not exist in Chicago
        WeekGrid g = WeekGrid.of(new IsoWeek(2026, 10), ZoneId.of("America/Chicago"));
        int gap = 6 * 24 + 2;
        assertThat(g.localSlot(gap)).isEqualTo(gap + 1);
        assertThat(g.localSlot(gap - 1)).isEqualTo(gap - 1);
        assertThat(g.epochSecond(gap)).isEqualTo(Instant.parse("2026-03-08T08:30:00Z").getEpochSecond());
    }

    private static ContactHistory history(IsoWeek week, Contact c) {
        ContactHistory h = new ContactHistory();
        long t = week.slotInstant(0, c.zone()).getEpochSecond();
        h.observe(t - 9 * 86400, 10, Outcome.NO_ANSWER);
        h.observe(t - 5 * 86400, 24 + 14, Outcome.CONNECTED);
        h.observe(t - 2 * 86400 + 7200, 48 + 9, Outcome.VOICEMAIL);
        return h;
    }

    /** Both contacts stated preferences that become known at {@code knownFrom}, inside the week. */
    private static StatedWeights weights(Path dir, long knownFrom) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder("contact_id,known_from,weights...\n");
        for (String id : new String[] {"chi", "ber"}) {
            sb.append(id).append(',').append(knownFrom);
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                sb.append(',').append(String.format(Locale.ROOT, "%.3f", ((s * 7 + id.length()) % 11 - 5) / 5.0));
            }
            sb.append('\n');
        }
        Files.writeString(dir.resolve(StatedWeights.FILE), sb, StandardCharsets.UTF_8);
        return StatedWeights.read(dir);
    }
}
