package org.reachlab.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldFilesTest {

    @Test
    void aFileOnlyChangesTheKeysItLists(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("w.yaml");
        Files.writeString(f, "contacts: 50\ndrift:\n  share: 0.5\ndialing:\n  reps: 2\n");
        WorldConfig c = WorldFiles.load(f);
        WorldConfig d = WorldFiles.defaults();
        assertThat(c.contacts()).isEqualTo(50);
        assertThat(c.drift().share()).isEqualTo(0.5);
        assertThat(c.dialing().reps()).isEqualTo(2);
        assertThat(c.dialing().dialsPerRep()).isEqualTo(d.dialing().dialsPerRep());
        assertThat(c.segments()).isEqualTo(d.segments());
    }

    @Test
    void anUnknownKeyNamesTheKeyItsPathAndTheFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("typo.yaml");
        Files.writeString(f, "dialing:\n  repz: 3\n");
        assertThatThrownBy(() -> WorldFiles.load(f))
                .isInstanceOf(WorldConfigException.class)
                .hasMessageContaining("'repz'")
                .hasMessageContaining("dialing")
                .hasMessageContaining(f.toString())
                .hasMessageContaining("reps");
    }

    @Test
    void aValueOutOfRangeNamesTheKeyAndValue(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "drift: {share: 1.5}\n");
        assertThatThrownBy(() -> WorldFiles.load(f))
                .hasMessageContaining("drift.share").hasMessageContaining("1.5").hasMessageContaining(f.toString());
        Files.writeString(f, "weeks: many\n");
        assertThatThrownBy(() -> WorldFiles.load(f)).hasMessageContaining("weeks").hasMessageContaining("many");
        Files.writeString(f, "outcomes: {notConnected: {no_answer: 1, hangup: 1}}\n");
        assertThatThrownBy(() -> WorldFiles.load(f)).hasMessageContaining("'hangup'").hasMessageContaining(f.toString());
        Files.writeString(f, "start: 2025-13-01\n");
        assertThatThrownBy(() -> WorldFiles.load(f)).hasMessageContaining("2025-13-01");
    }

    @Test
    void theHourlyCapacityIsAPositiveWholeNumberOfDials(@TempDir Path tmp) throws IOException {
        assertThat(WorldFiles.defaults().dialing().dialsPerRepHour()).isEqualTo(12);
        assertThat(WorldFiles.defaults().dialing().hourlyCapacity()).isEqualTo(60);
        Path f = tmp.resolve("hours.yaml");
        Files.writeString(f, "dialing: {dialsPerRepHour: 8}\n");
        assertThat(WorldFiles.load(f).dialing().dialsPerRepHour()).isEqualTo(8);
        for (String bad : new String[] {"0", "-3", "12.5", "fast"}) {
            Files.writeString(f, "dialing: {dialsPerRepHour: " + bad + "}\n");
            assertThatThrownBy(() -> WorldFiles.load(f)).as(bad)
                    .isInstanceOf(WorldConfigException.class)
                    .hasMessageContaining("dialsPerRepHour")
                    .hasMessageContaining(bad)
                    .hasMessageContaining(f.toString());
        }
    }

    @Test
    void aWorldCanTakeOtherDialingRules() {
        WorldConfig d = WorldFiles.defaults();
        WorldConfig c = d.withDialing(d.dialing().withDialsPerRepHour(40).withReps(2));
        assertThat(c.dialing().dialsPerRepHour()).isEqualTo(40);
        assertThat(c.dialing().reps()).isEqualTo(2);
        assertThat(c.dialing().dialsPerRep()).isEqualTo(d.dialing().dialsPerRep());
        assertThat(c.withDialing(d.dialing())).isEqualTo(d);
    }

    @Test
    void theEffectiveWorldRoundTripsThroughYaml() {
        WorldConfig d = WorldFiles.defaults().withContacts(123);
        assertThat(WorldFiles.parse(WorldFiles.toYaml(d), "roundtrip")).isEqualTo(d);
    }
}
