package org.reachlab.models.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.Planted;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.calibration.CalibratedModel;
import org.reachlab.models.training.Trainer;

class ModelStoreTest {

    static final TrainingData DATA = Planted.world(60, 15, 3, Planted::segmentPattern);

    @TempDir
    Path dir;

    private Path saved(String family, ModelConfig cfg) throws Exception {
        TrainedModel tm = Trainer.train(ModelRegistry.standard().get(family), DATA, cfg);
        Path m = dir.resolve(family + cfg.calibration().code());
        ModelStore.save(tm, ModelRegistry.standard().get(family), DATA.source(), m);
        return m;
    }

    @Test
    void aFormatVersionMismatchFailsWithAClearMessage() throws Exception {
        Path m = saved("segment", ModelConfig.defaults("segment"));
        Path mf = m.resolve("manifest.json");
        Files.writeString(mf, Files.readString(mf).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        assertThatThrownBy(() -> ModelStore.load(m, ModelRegistry.standard(), Planted.CALENDAR))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("format version 99")
                .hasMessageContaining("reads format version 1")
                .hasMessageContaining("retrain");
    }

    @Test
    void notAModelDirectory() {
        assertThatThrownBy(() -> ModelStore.load(dir, ModelRegistry.standard(), Planted.CALENDAR))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("is not a saved model");
    }

    @Test
    void aCalibratedModelKeepsItsCalibratorAndTheCardSaysWhatItIs() throws Exception {
        ModelConfig cfg = ModelConfig.defaults("bayes").withCalibration(ModelConfig.Calibration.ISOTONIC, 7);
        Path m = saved("bayes", cfg);
        assertThat(m.resolve("calibration.json")).exists();
        var loaded = ModelStore.load(m, ModelRegistry.standard(), Planted.CALENDAR);
        assertThat(loaded.model()).isInstanceOf(CalibratedModel.class);
        assertThat(loaded.config()).isEqualTo(cfg.withFamily("bayes"));
        String card = Files.readString(m.resolve("MODEL_CARD.md"));
        assertThat(card).contains("What it is for", "Known limits", "isotonic calibration", "Seed 1");
        assertThat(loaded.model().profile(DATA.contact(0), IsoWeek.parse("2025-W12")).probabilities()).hasSize(168);
    }

    @Test
    void savingIntoANonEmptyDirectoryIsRefused() throws Exception {
        Path m = saved("global", ModelConfig.defaults("global"));
        TrainedModel tm = Trainer.train(ModelRegistry.standard().get("global"), DATA, ModelConfig.defaults("global"));
        assertThatThrownBy(() -> ModelStore.save(tm, ModelRegistry.standard().get("global"), DATA.source(), m))
                .hasMessageContaining("not empty");
    }
}
