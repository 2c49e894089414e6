package org.reachlab.models.store;

import java.util.Locale;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.TrainedModel;
import org.reachlab.models.TrainingReport;

/** The short model card written beside a saved model. */
final class ModelCard {

    private ModelCard() {
    }

    static String text(TrainedModel trained, ModelFamily family, DataSource source, String calibration) {
        TrainingReport r = trained.report();
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(family.name()).append("\n\n");
        sb.append("**What it is.** ").append(family.description()).append("\n\n");
        sb.append("**What it is for.** Estimating the probability that a phone call to a business contact "
                + "connects (reaches the right person) at a given local hour and date, and a contact's 168-slot "
                + "weekly profile, to choose when to call. It is not a model of whether the call leads to a "
                + "meeting, and it only knows the hours that were dialed in its data.\n\n");
        sb.append("**Data.** ").append(source.description()).append(" (SHA-256 ").append(source.sha256())
                .append("): ").append(r.attempts()).append(" attempts of ").append(r.contacts())
                .append(" contacts from ").append(r.dataFrom()).append(" to ").append(r.dataTo()).append(".\n\n");
        sb.append("**Training.** Fitted on the first ").append(r.fitAttempts()).append(" attempts");
        if (r.calibrationFrom() != null) {
            sb.append("; ").append(calibration).append(" calibration on the attempts from ")
                    .append(r.calibrationFrom());
        }
        if (r.validationFrom() != null) {
            sb.append("; validated on the attempts from ").append(r.validationFrom())
                    .append(" (each predicted, then learned)");
        }
        sb.append(". Seed ").append(trained.config().seed()).append("; the full config is in config.json.\n\n");
        if (r.validation() != null) {
            var s = r.validation();
            sb.append(String.format(Locale.ROOT, "**Validation.** %d attempts, %d connects: log-loss %.4f, "
                            + "Brier %.4f, AUC %.3f, ECE %.4f (mean prediction %.3f, observed rate %.3f).%n%n",
                    s.n(), s.positives(), s.logLoss(), s.brier(), s.auc(), s.ece(), s.meanPrediction(), s.rate()));
        }
        sb.append("**Known limits.** Estimates for hours, days and segments with few attempts fall back to "
                + "broader groups and are no better than those. The data reflects the policy that dialed it: hours "
                + "that were never dialed are guessed from the prior. Holidays and stated absences enter as day "
                + "factors, not as learned per-contact effects.");
        if (!family.limits().isBlank()) {
            sb.append(' ').append(family.limits());
        }
        sb.append('\n');
        return sb.toString();
    }
}
