package org.reachlab.models.training;

import java.time.Duration;
import java.time.Instant;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.TrainingReport;
import org.reachlab.models.calibration.CalibratedModel;
import org.reachlab.models.calibration.Calibrator;
import org.reachlab.models.metrics.Metrics;
import org.reachlab.models.metrics.Scores;

/**
 * The training procedure every command uses, for any family. With the data ordered in time:
 * <pre>
 *   | fit ........................ | calibration (calibrationDays) | validation (validationDays) |
 * </pre>
 * <ol>
 *   <li>the family trains on the fit slice;</li>
 *   <li>when the config asks for calibration, the model predicts each attempt of the calibration
 *       slice and then learns it ({@link ReachabilityModel#update}); a Platt or isotonic calibrator
 *       is fitted on those predictions and wraps the model;</li>
 *   <li>the model predicts each attempt of the validation slice and then learns it; those
 *       predictions are the validation scores.</li>
 * </ol>
 * So the returned model has seen every attempt, and every score was made before the attempt was
 * learned. When the data is too short for the slices (the fit slice would be empty), the slices
 * are dropped.
 */
public final class Trainer {

    private Trainer() {
    }

    /** Trains a model of the family on the data with the config (its family is set to the family's name). */
    public static TrainedModel train(ModelFamily family, TrainingData data, ModelConfig config) {
        long t0 = System.nanoTime();
        ModelConfig cfg = config.withFamily(family.name());
        Instant end = data.size() == 0 ? null : data.last().plusSeconds(1);
        Instant valFrom = null;
        Instant calFrom = null;
        if (end != null && cfg.validationDays() > 0) {
            valFrom = end.minus(Duration.ofDays(cfg.validationDays()));
        }
        if (end != null && cfg.calibration() != ModelConfig.Calibration.NONE && cfg.calibrationDays() > 0) {
            calFrom = (valFrom == null ? end : valFrom).minus(Duration.ofDays(cfg.calibrationDays()));
        }
        Instant fitEnd = calFrom != null ? calFrom : valFrom;
        if (fitEnd != null && data.before(fitEnd).size() == 0) {
            valFrom = null;
            calFrom = null;
            fitEnd = null;
        }
        TrainingData fit = fitEnd == null ? data : data.before(fitEnd);
        ReachabilityModel model = family.train(fit, cfg);
        if (calFrom != null) {
            TrainingData cal = data.between(calFrom, valFrom);
            Prequential pq = prequential(model, cal);
            model = CalibratedModel.wrap(model, Calibrator.fit(cfg.calibration(), pq.p, pq.y));
        }
        Scores validation = null;
        if (valFrom != null) {
            Prequential pq = prequential(model, data.from(valFrom));
            validation = Metrics.scores(pq.p, pq.y);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        TrainingReport report = new TrainingReport(family.name(), data.first(), data.last(), data.size(),
                data.contactsWithRows().size(), fit.size(), calFrom, valFrom, validation, seconds);
        return new TrainedModel(model, cfg, report);
    }

    /** Predicts each row, then learns it. */
    private static Prequential prequential(ReachabilityModel model, TrainingData slice) {
        double[] p = new double[slice.size()];
        boolean[] y = new boolean[slice.size()];
        for (int k = 0; k < slice.size(); k++) {
            p[k] = model.probability(slice.contact(k), slice.at(k), slice.repId(k));
            y[k] = slice.connected(k);
            model.update(slice.observation(k));
        }
        return new Prequential(p, y);
    }

    private record Prequential(double[] p, boolean[] y) {
    }
}
