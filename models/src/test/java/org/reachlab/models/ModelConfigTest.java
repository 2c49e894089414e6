package org.reachlab.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.bayes.BayesFamily;

class ModelConfigTest {

    @TempDir
    Path dir;

    @Test
    void yamlWithDefaultsRoundTripsThroughJson() throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, "family: bayes\nseed: 7\ncalibration: platt\ndays: {holidayFactor: 0.2}\n"
                + "params: {halfLifeDays: 14}\n");
        ModelConfig c = ModelConfig.read(f);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.validationDays()).isEqualTo(7);
        assertThat(c.calibration()).isEqualTo(ModelConfig.Calibration.PLATT);
        assertThat(c.days().holidayFactor()).isEqualTo(0.2);
        assertThat(c.days().absenceFactor()).isEqualTo(DayEffects.Config.DEFAULT.absenceFactor());
        BayesFamily.Params p = c.params(BayesFamily.Params.class, BayesFamily.Params.DEFAULTS);
        assertThat(p.halfLifeDays()).isEqualTo(14);
        assertThat(p.maxProbability()).isEqualTo(BayesFamily.Params.DEFAULTS.maxProbability());
        assertThat(ModelConfig.fromJson(c.toJson())).isEqualTo(c);
    }

    @Test
    void unknownKeysAreNamed() throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, "family: bayes\nsed: 7\n");
        assertThatThrownBy(() -> ModelConfig.read(f)).hasMessageContaining("unknown key 'sed'").hasMessageContaining(f.toString());
        ModelConfig c = ModelConfig.defaults("bayes").withParam("halfLife", 3);
        assertThatThrownBy(() -> c.params(BayesFamily.Params.class, BayesFamily.Params.DEFAULTS))
                .hasMessageContaining("unknown parameter 'halfLife' for family bayes");
    }

    @Test
    void isoWeeks() {
        IsoWeek w = IsoWeek.parse("2026-W10");
        assertThat(w.monday()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        assertThat(w.toString()).isEqualTo("2026-W10");
        assertThat(IsoWeek.of(java.time.LocalDate.of(2021, 1, 3))).isEqualTo(new IsoWeek(2020, 53));
        assertThatThrownBy(() -> IsoWeek.parse("2026-10")).hasMessageContaining("2026-W10");
    }
}
