package org.reachlab.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digit-by-digit time fields against the {@code toString()} they stand in for. */
class CsvLineWriterTimeTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Chatham"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London"));

    @Test
    void instantsAndOffsetDateTimesAreWrittenAsTheirToString() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            long s = switch (i % 4) {
                case 0 -> rnd.nextLong(-40_000_000_000L, 260_000_000_000L); // years about 700 to 10200
                case 1 -> rnd.nextLong(1_700_000_000L, 1_900_000_000L) / 60 * 60; // whole minutes
                case 2 -> rnd.nextLong(-62_000_000_000L, 0); // before 1970, around year 1
                default -> rnd.nextLong(0, 4_102_444_800L);
            };
            int nano = i % 10 == 0 ? rnd.nextInt(1_000_000_000) : 0;
            Instant t = Instant.ofEpochSecond(s, nano);
            ZonedDateTime z = t.atZone(ZONES.get(i % ZONES.size()));
            StringBuilder sb = new StringBuilder();
            new CsvLineWriter(sb).text("x").instant(t).offsetDateTime(z).end();
            assertThat(sb.toString()).isEqualTo("x," + t + "," + z.toOffsetDateTime() + "\n");
            StringWriter w = new StringWriter();
            new CsvLineWriter(w).text("x").instant(t).offsetDateTime(z).end();
            assertThat(w.toString()).isEqualTo(sb.toString());
        }
    }

    @Test
    void nullsAreEmptyFields() {
        StringBuilder sb = new StringBuilder();
        new CsvLineWriter(sb).instant(null).offsetDateTime(null).end();
        assertThat(sb.toString()).isEqualTo(",\n");
    }
}
