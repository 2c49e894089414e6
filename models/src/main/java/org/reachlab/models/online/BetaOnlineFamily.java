package org.reachlab.models.online;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DayEffects;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.policy.learned.BeliefModel;
import org.reachlab.models.policy.learned.HierarchicalBetaBelief;
import org.reachlab.models.policy.learned.ObservedDial;
import org.reachlab.models.policy.learned.SlotBelief;

/**
 * {@code beta_online}: an online empirical-Bayes belief by local hour of the day, in three
 * levels (pooled hour, segment hour, contact hour around the segment's rate times the contact's
 * own reachability; {@link HierarchicalBetaBelief}). It knows hours, not weekdays; training
 * replays the attempts in time order, and every online update is one more dial. Predictions
 * include the day effects of the contact's local date as every family's do; the policies that act
 * on its belief ({@link BeliefModel}) see the hourly belief itself, as they always have.
 */
public final class BetaOnlineFamily implements ModelFamily {

    /** The registry name. */
    public static final String NAME = "beta_online";

    /**
     * Pseudo-dials of each level.
     *
     * @param globalStrength  of each pooled hour at the overall rate
     * @param segmentStrength of each segment hour at the pooled hour rate
     * @param contactStrength of each contact hour at the segment rate times reach
     * @param reachStrength   shrinking a contact's reachability to 1
     */
    public record Params(double globalStrength, double segmentStrength, double contactStrength,
                         double reachStrength) {
        public static final Params DEFAULTS = new Params(10, 20, 6, 2);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Online hierarchical Beta belief by local hour: pooled hour, segment (industry x role) hour, contact "
                + "hour around the segment's rate times the contact's reachability; updated after every dial.";
    }

    @Override
    public String limits() {
        return "Knows hours of the day, not weekdays (stated slots are by weekday); strengths are fixed pseudo-counts, "
                + "not estimated; fatigue counts dials within 7 days and one hour; "
                + "segments are industry x role, without country.";
    }

    @Override
    public Object defaultParams() {
        return Params.DEFAULTS;
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        Params p = config.params(Params.class, Params.DEFAULTS);
        HierarchicalBetaBelief belief;
        try {
            belief = new HierarchicalBetaBelief(p.globalStrength(), p.segmentStrength(), p.contactStrength(),
                    p.reachStrength());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("beta_online params: " + e.getMessage(), e);
        }
        belief.useStated(data.preferences());
        Model m = new Model(p, DayEffects.learn(data, config.days()), belief, Long.MIN_VALUE);
        for (int r = 0; r < data.size(); r++) {
            m.update(data.observation(r));
        }
        return m;
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        Path f = dir.resolve("belief.json");
        try {
            Stored s = new ObjectMapper().readValue(f.toFile(), Stored.class);
            DayEffects days = DayEffects.read(dir.resolve("day-effects.json"), calendar);
            return new Model(s.params(), days, HierarchicalBetaBelief.of(s.state()), s.last());
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFormatException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private record Stored(Params params, long last, HierarchicalBetaBelief.State state) {
    }

    /** The model: the belief, the day effects and the time of the last dial learned. */
    static final class Model implements ReachabilityModel, BeliefModel {
        private final Params params;
        private final DayEffects days;
        private final HierarchicalBetaBelief belief;
        private long last;

        Model(Params params, DayEffects days, HierarchicalBetaBelief belief, long last) {
            this.params = params;
            this.days = days;
            this.belief = belief;
            this.last = last;
        }

        @Override
        public String family() {
            return NAME;
        }

        @Override
        public SlotBelief belief() {
            return belief;
        }

        @Override
        public double probability(Contact contact, Instant at) {
            LocalDateTime local = LocalDateTime.ofInstant(at, contact.zone());
            int hour = local.getHour();
            return Math.min(1, belief.means(contact, local.toLocalDate(), false)[hour]
                    * days.factor(contact, local.toLocalDate(), hour));
        }

        @Override
        public WeeklyProfile profile(Contact contact, IsoWeek week) {
            double[] f = days.weekFactors(contact, week);
            double[] p = new double[LocalSlot.COUNT];
            for (int d = 0; d < 7; d++) {
                double[] hourly = belief.means(contact, week.monday().plusDays(d), false);
                for (int h = 0; h < 24; h++) {
                    int s = d * 24 + h;
                    p[s] = Math.min(1, hourly[h] * f[s]);
                }
            }
            return new WeeklyProfile(contact.id(), week, p);
        }

        @Override
        public void update(Observation o) {
            long t = o.at().getEpochSecond();
            if (t < last) {
                throw new IllegalArgumentException("observations must come in time order: received " + o.at()
                        + " after " + Instant.ofEpochSecond(last));
            }
            last = t;
            Contact c = o.contact();
            Outcome outcome = o.outcome();
            belief.observe(new ObservedDial(ObservedDial.UNKNOWN_INDEX, c, LocalDateTime.ofInstant(o.at(), c.zone()), o.at(), outcome));
        }

        @Override
        public void save(Path dir) throws IOException {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("belief.json").toFile(),
                    new Stored(params, last, belief.state()));
            days.write(dir.resolve("day-effects.json"));
        }

        @Override
        public ReachabilityModel copy() {
            return new Model(params, days, (HierarchicalBetaBelief) belief.copy(), last);
        }

        @Override
        public Map<String, Object> summary() {
            HierarchicalBetaBelief.State s = belief.state();
            double dials = 0;
            for (double d : s.dials()) {
                dials += d;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dials", dials);
            m.put("segments", s.segments().size());
            m.put("contacts", s.contacts().size());
            m.put("holidayFactor", days.holidayFactor());
            m.putAll(belief.evidenceFactors());
            return m;
        }
    }
}
