package org.reachlab.models.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.imports.CopenhagenImport;
import org.reachlab.data.ingest.CallTable;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.time.ZoneResolver;
import org.reachlab.models.DataSource;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;

/**
 * The relationship features on the real Copenhagen call log, when it is beside the repository
 * ({@code ../shared/data/real/copenhagen-calls/calls.csv}): callees who have called their caller
 * before answer more often than those who have not.
 */
class RealCallLogRelationsTest {

    @TempDir
    Path dir;

    private static Path realLog() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("reachlab"))) {
            p = p.getParent();
        }
        return p == null ? null : p.resolveSibling("shared").resolve("data/real/copenhagen-calls/calls.csv");
    }

    @Test
    void calleesWhoCalledTheCallerBeforeAnswerMoreOften() throws IOException {
        Path real = realLog();
        Assumptions.assumeTrue(real != null && Files.isRegularFile(real),
                "skipped: ../shared/data/real/copenhagen-calls/calls.csv is not beside the repository");
        CopenhagenImport.run(real, dir);
        List<Rejection> rejected = new ArrayList<>();
        ContactTable contacts = ContactTable.read(dir.resolve("contacts.csv"), ZoneResolver.standard(), rejected::add,
                null);
        AttemptLog.Builder b = AttemptLog.builder();
        CallTable.read(dir.resolve("calls.csv"), contacts, rejected::add, null, call -> b.add(call.attempt(),
                call.contact()));
        assertThat(rejected).isEmpty();
        TrainingData data = TrainingData.of(b.build(), contacts.contacts(), StatedPreferences.none(),
                HolidayCalendar.standard(), DataSource.inMemory("copenhagen calls"));
        RawRows rows = RawRows.fromTraining(data, StatedWeights.NONE, new DayCache(data.calendar()),
                new HistoryBook(), new Relations());
        int inbound = DenseFeatures.NAMES.indexOf("inbound");
        int[] n = new int[2];
        int[] connects = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            int k = rows.dense(i, inbound) > 0 ? 1 : 0;
            n[k]++;
            connects[k] += rows.label(i);
        }
        double with = connects[1] / (double) n[1];
        double without = connects[0] / (double) n[0];
        assertThat(n[0] + n[1]).isEqualTo(3506);
        assertThat(n[1]).as("calls to a callee who called the caller before").isGreaterThan(500);
        assertThat(with).as("answered with an inbound call before (%d calls) vs without (%d calls, %.3f)", n[1],
                n[0], without).isGreaterThan(without + 0.05);
    }
}
