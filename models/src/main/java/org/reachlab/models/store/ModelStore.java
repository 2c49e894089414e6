package org.reachlab.models.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingReport;
import org.reachlab.models.calibration.CalibratedModel;
import org.reachlab.models.calibration.Calibrator;
import org.reachlab.models.metrics.Scores;

/**
 * Saves a trained model as a directory with its provenance, and loads it back (see the package
 * documentation for the layout).
 */
public final class ModelStore {

    /** The format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String CONFIG = "config.json";
    static final String PARAMETERS = "parameters";
    static final String CALIBRATION = "calibration.json";
    static final String CARD = "MODEL_CARD.md";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelStore() {
    }

    /** A model read back from a directory, with its manifest and config. */
    public record Loaded(ReachabilityModel model, ModelConfig config, JsonNode manifest) {
        /** The family name from the manifest. */
        public String family() {
            return manifest.path("family").asText();
        }
    }

    /**
     * Saves a trained model into {@code dir}, which must not exist or be empty.
     *
     * @param trained the model and its report
     * @param family  its family (for the model card and library versions)
     * @param source  where the training data came from (path and SHA-256)
     */
    public static void save(TrainedModel trained, ModelFamily family, DataSource source, Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IOException("model directory " + dir + " is not empty; choose a new --out");
                }
            }
        }
        Files.createDirectories(dir.resolve(PARAMETERS));
        ReachabilityModel model = trained.model();
        model.save(dir.resolve(PARAMETERS));
        String calibration = "none";
        if (model instanceof CalibratedModel cm) {
            Calibrator.write(cm.calibrator(), dir.resolve(CALIBRATION));
            calibration = cm.calibrator().kind();
        }
        trained.config().write(dir.resolve(CONFIG));
        Map<String, Object> manifest = manifest(trained, family, source, calibration);
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), manifest);
        Files.writeString(dir.resolve(CARD), ModelCard.text(trained, family, source, calibration));
    }

    static Map<String, Object> manifest(TrainedModel trained, ModelFamily family, DataSource source,
                                        String calibration) {
        TrainingReport r = trained.report();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formatVersion", FORMAT_VERSION);
        m.put("family", family.name());
        m.put("createdAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("trainingSeconds", Math.round(r.trainSeconds() * 1000) / 1000.0);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("source", source.description());
        data.put("sha256", source.sha256());
        data.put("from", str(r.dataFrom()));
        data.put("to", str(r.dataTo()));
        data.put("attempts", r.attempts());
        data.put("contacts", r.contacts());
        data.put("fitAttempts", r.fitAttempts());
        data.put("calibrationFrom", str(r.calibrationFrom()));
        data.put("validationFrom", str(r.validationFrom()));
        m.put("data", data);
        m.put("seed", trained.config().seed());
        m.put("calibration", calibration);
        m.put("validation", scores(r.validation()));
        m.put("summary", trained.model().summary());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("reachlab", LibraryVersions.maven("org.reachlab", "models"));
        versions.put("java", System.getProperty("java.version"));
        versions.put("javaVendor", System.getProperty("java.vendor"));
        versions.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        versions.put("arch", System.getProperty("os.arch"));
        Map<String, String> libs = new TreeMap<>();
        libs.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        libs.put("jollyday-core", LibraryVersions.maven("de.focus-shift", "jollyday-core"));
        libs.putAll(family.libraryVersions());
        versions.put("libraries", libs);
        m.put("versions", versions);
        m.put("files", Map.of("config", CONFIG, "parameters", PARAMETERS + "/", "card", CARD,
                "calibration", "none".equals(calibration) ? "" : CALIBRATION));
        return m;
    }

    static Map<String, Object> scores(Scores s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attempts", s.n());
        m.put("connects", s.positives());
        m.put("logLoss", s.logLoss());
        m.put("brier", s.brier());
        m.put("auc", Double.isNaN(s.auc()) ? null : s.auc());
        m.put("ece", s.ece());
        m.put("meanPrediction", s.meanPrediction());
        m.put("rate", s.rate());
        return m;
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }

    /**
     * Loads a saved model.
     *
     * @throws ModelFormatException when {@code dir} is not a saved model, was written in another
     *                              format version, or names a family the registry does not know
     */
    public static Loaded load(Path dir, ModelRegistry registry, HolidayCalendar calendar) throws IOException {
        Path mf = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(mf)) {
            throw new ModelFormatException(dir + " is not a saved model: it has no " + MANIFEST
                    + " (make one with `reachlab train ... --out " + dir + "`)");
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(mf.toFile());
        } catch (IOException e) {
            throw new ModelFormatException(mf + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode v = manifest.get("formatVersion");
        if (v == null || !v.canConvertToInt()) {
            throw new ModelFormatException(mf + " has no formatVersion; it was not written by ModelStore");
        }
        if (v.asInt() != FORMAT_VERSION) {
            throw new ModelFormatException(String.format(Locale.ROOT,
                    "model %s has format version %d, but this reachlab reads format version %d: retrain it with "
                            + "`reachlab train`, or load it with the reachlab version that wrote it (%s)",
                    dir, v.asInt(), FORMAT_VERSION, manifest.path("versions").path("reachlab").asText("unknown")));
        }
        String familyName = manifest.path("family").asText("");
        ModelFamily family = registry.find(familyName).orElseThrow(() -> new ModelFormatException("model " + dir
                + " is of family '" + familyName + "', which this reachlab does not have; known: "
                + String.join(", ", registry.names())));
        ModelConfig config = ModelConfig.read(dir.resolve(CONFIG));
        ReachabilityModel model = family.load(dir.resolve(PARAMETERS), config, calendar);
        if (Files.isRegularFile(dir.resolve(CALIBRATION))) {
            model = CalibratedModel.wrap(model, Calibrator.read(dir.resolve(CALIBRATION)));
        }
        return new Loaded(model, config, manifest);
    }
}
