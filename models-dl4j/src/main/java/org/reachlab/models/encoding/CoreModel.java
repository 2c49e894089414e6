package org.reachlab.models.encoding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.PosteriorSampler;
import org.reachlab.models.ProfilePosterior;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;

/**
 * A trained model of an encoded family: an {@link EncodedCore} with the shared histories and weights,
 * and the summary of what training did, which is saved next to the core as JSON. Built by
 * {@link #of}, it is a {@link PosteriorSampler} when its core keeps a posterior ({@link PosteriorCore}).
 *
 * @param <C> the family's core, reachable through {@link #core()}
 */
public class CoreModel<C extends EncodedCore<C>> extends EncodedModel {

    private final String family;
    private final C core;
    private final Map<String, Object> fit;
    private final String fitFile;

    /**
     * A model of family {@code family} with its shared state from {@code prepared} (trained or
     * {@linkplain EncodedModel#read read}); {@code fit} is written to {@code fitFile} on save. The
     * model samples from its core's posterior when the core is a {@link PosteriorCore}.
     */
    public static <C extends EncodedCore<C>> CoreModel<C> of(String family, Prepared prepared, C core,
                                                              int onlineBatch, Map<String, Object> fit,
                                                              String fitFile) {
        return core instanceof PosteriorCore
                ? new Sampling<>(family, prepared, core, onlineBatch, fit, fitFile)
                : new CoreModel<>(family, prepared, core, onlineBatch, fit, fitFile);
    }

    /**
     * A model of family {@code family} with its shared state from {@code prepared} (trained or
     * {@linkplain EncodedModel#read read}); {@code fit} is written to {@code fitFile} on save. It
     * does not sample; {@link #of} gives the model that does when the core can.
     */
    public CoreModel(String family, Prepared prepared, C core, int onlineBatch, Map<String, Object> fit,
                     String fitFile) {
        super(prepared.book(), prepared.relations(), prepared.events(), prepared.weights(), prepared.absences(),
                prepared.days(), onlineBatch, prepared.lastSeen());
        this.family = family;
        this.core = core;
        this.fit = fit;
        this.fitFile = fitFile;
    }

    CoreModel(CoreModel<C> other) {
        super(other);
        this.family = other.family;
        this.core = other.core.copy();
        this.fit = other.fit;
        this.fitFile = other.fitFile;
    }

    /**
     * The start of a training summary, shared by the encoded families: epochs, best epoch, the
     * early-stopping log-loss (null when there was no early-stopping slice) and the row counts.
     * Families add their own entries and {@code fitSeconds}.
     */
    public static Map<String, Object> fitSummary(int epochs, int bestEpoch, double earlyStoppingLogLoss,
                                                 int trainRows, int earlyStoppingRows) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("epochs", epochs);
        m.put("bestEpoch", bestEpoch);
        m.put("earlyStoppingLogLoss", Double.isNaN(earlyStoppingLogLoss) ? null : earlyStoppingLogLoss);
        m.put("trainRows", trainRows);
        m.put("earlyStoppingRows", earlyStoppingRows);
        return m;
    }

    /** Reads a training summary written by {@link #save}; empty when the directory has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readFit(Path dir, String fitFile) throws IOException {
        Path file = dir.resolve(fitFile);
        return Files.isRegularFile(file) ? new ObjectMapper().readValue(file.toFile(), Map.class) : Map.of();
    }

    @Override
    public String family() {
        return family;
    }

    /** The fitted core. */
    public C core() {
        return core;
    }

    /** What training did (epochs, best epoch, validation log-loss, rows, and what the family adds). */
    @Override
    public Map<String, Object> summary() {
        return fit;
    }

    @Override
    protected FeatureEncoder encoder() {
        return core.encoder();
    }

    @Override
    protected double[] predict(EncodedRows rows) {
        return core.predict(rows);
    }

    @Override
    protected void learn(EncodedRows rows) {
        core.learn(rows);
    }

    @Override
    protected void saveCore(Path dir) throws IOException {
        core.save(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(fitFile).toFile(), fit);
    }

    @Override
    public ReachabilityModel copy() {
        return new CoreModel<>(this);
    }

    /**
     * A model whose core keeps a posterior: a draw of a week is one draw of the core's parameters
     * scored on the week's 168 rows, times the stated-absence factors, as {@link #profile} scores.
     */
    static final class Sampling<C extends EncodedCore<C>> extends CoreModel<C> implements PosteriorSampler {

        Sampling(String family, Prepared prepared, C core, int onlineBatch, Map<String, Object> fit, String fitFile) {
            super(family, prepared, core, onlineBatch, fit, fitFile);
        }

        private Sampling(Sampling<C> other) {
            super(other);
        }

        @Override
        public double sample(Contact contact, Instant at, RandomGenerator random) {
            return ((PosteriorCore) core()).posterior(row(contact, at)).draw(random)[0] * absenceFactor(contact, at);
        }

        @Override
        public WeeklyProfile sampleProfile(Contact contact, IsoWeek week, RandomGenerator random) {
            return posterior(contact, week).draw(random);
        }

        @Override
        public ProfilePosterior posterior(Contact contact, IsoWeek week) {
            PosteriorCore.Draws draws = ((PosteriorCore) core()).posterior(weekRows(contact, week));
            double[] factors = weekAbsenceFactors(contact, week);
            return random -> {
                double[] p = draws.draw(random);
                if (factors != null) {
                    for (int s = 0; s < p.length; s++) {
                        p[s] *= factors[s];
                    }
                }
                return new WeeklyProfile(contact.id(), week, p);
            };
        }

        @Override
        public ReachabilityModel copy() {
            return new Sampling<>(this);
        }
    }
}
