package org.reachlab.models.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.LocalClock;
import org.reachlab.models.DayEffects;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.Segment;
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.counts.EmpiricalBayes;
import org.reachlab.models.counts.GlobalPrior;
import org.reachlab.models.counts.SlotCounts;

/**
 * {@code global} and {@code segment}: connect rates per local weekly slot, pooled over everybody
 * ({@link GlobalPrior}) or per segment (industry × role × country) and shrunk toward the global
 * rate of the slot: rate = (k + A·global) / (n + A). A is estimated by empirical Bayes
 * (Beta-Binomial marginal likelihood over segment × slot cells) unless {@code segmentStrength} is
 * set. Counts come from attempts on ordinary days; holidays, bridge days and stated absences
 * enter through {@link DayEffects}.
 */
public class SlotRateFamily implements ModelFamily {

    /**
     * Parameters.
     *
     * @param priorStrength   strength of the global prior (see {@link GlobalPrior})
     * @param offHoursFactor  prior multiplier outside working hours
     * @param workFrom        first working hour
     * @param workTo          end of working hours
     * @param segmentStrength A for segments; 0 = estimate by empirical Bayes (segment family only)
     */
    public record Params(double priorStrength, double offHoursFactor, int workFrom, int workTo,
                         double segmentStrength) {
        public static final Params DEFAULTS = new Params(GlobalPrior.DEFAULTS.strength(),
                GlobalPrior.DEFAULTS.offHoursFactor(), GlobalPrior.DEFAULTS.workFrom(), GlobalPrior.DEFAULTS.workTo(), 0);

        GlobalPrior prior() {
            return new GlobalPrior(priorStrength, offHoursFactor, workFrom, workTo);
        }
    }

    private final String name;
    private final boolean bySegment;

    SlotRateFamily(String name, boolean bySegment) {
        this.name = name;
        this.bySegment = bySegment;
    }

    /** {@code global}. */
    public static final class Global extends SlotRateFamily {
        public Global() {
            super("global", false);
        }
    }

    /** {@code segment}. */
    public static final class BySegment extends SlotRateFamily {
        public BySegment() {
            super("segment", true);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return bySegment
                ? "Segment slot rates: one connect rate per local weekly hour for each industry x role x country, "
                + "shrunk toward the global rate (empirical Bayes)."
                : "Global slot rates: one connect rate per local weekly hour, pooled over all contacts.";
    }

    @Override
    public String limits() {
        return bySegment ? "All contacts of a segment get the same profile; individual routines are not learned."
                : "All contacts get the same profile; segments and individual routines are not learned.";
    }

    @Override
    public Object defaultParams() {
        return Params.DEFAULTS;
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        Params p = config.params(Params.class, Params.DEFAULTS);
        DayEffects days = DayEffects.learn(data, config.days());
        Model m = new Model(name, p, bySegment, days, new SlotCounts(), new HashMap<>(), p.segmentStrength(),
                Long.MIN_VALUE);
        for (int r = 0; r < data.size(); r++) {
            m.learn(data.contact(r), data.epochSecond(r), data.slot(r), data.epochDay(r), data.connected(r));
        }
        if (bySegment && !(p.segmentStrength() > 0)) {
            m.strength = estimateStrength(m);
        }
        return m;
    }

    static double estimateStrength(Model m) {
        double[] g = m.globalRates();
        int cells = m.segments.size() * LocalSlot.COUNT;
        double[] k = new double[cells];
        double[] n = new double[cells];
        double[] mean = new double[cells];
        int i = 0;
        for (SlotCounts c : m.segments.values()) {
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                k[i] = c.k[s];
                n[i] = c.n[s];
                mean[i] = g[s];
                i++;
            }
        }
        return EmpiricalBayes.betaBinomialStrength(k, n, mean, cells);
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        Path f = dir.resolve("slot-rates.json");
        try {
            Stored s = new ObjectMapper().readValue(f.toFile(), Stored.class);
            if (!name.equals(s.family)) {
                throw new ModelFormatException(f + " holds a '" + s.family + "' model, not '" + name + "'");
            }
            Map<Segment, SlotCounts> segs = new HashMap<>();
            s.segments.forEach((key, c) -> segs.put(Segment.parse(key), counts(c)));
            DayEffects days = DayEffects.read(dir.resolve("day-effects.json"), calendar);
            return new Model(name, s.params, bySegment, days, counts(s.global), segs, s.strength, s.last);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ModelFormatException("cannot read " + f + ": " + e.getOriginalMessage(), e);
        }
    }

    private static SlotCounts counts(List<double[]> kn) {
        return new SlotCounts(kn.get(0), kn.get(1));
    }

    private record Stored(String family, Params params, double strength, long last, List<double[]> global,
                          Map<String, List<double[]>> segments) {
    }

    /** The model of both families. */
    static final class Model implements ReachabilityModel {
        private final String family;
        private final Params params;
        private final GlobalPrior prior;
        private final boolean bySegment;
        private final DayEffects days;
        private final SlotCounts global;
        final Map<Segment, SlotCounts> segments;
        double strength;
        private long last;
        private volatile double[] globalRates;

        Model(String family, Params params, boolean bySegment, DayEffects days, SlotCounts global,
              Map<Segment, SlotCounts> segments, double strength, long last) {
            this.family = family;
            this.params = params;
            this.prior = params.prior();
            this.bySegment = bySegment;
            this.days = days;
            this.global = global;
            this.segments = segments;
            this.strength = strength;
            this.last = last;
        }

        void learn(Contact c, long epochSecond, int slot, long epochDay, boolean connected) {
            if (epochSecond < last) {
                throw new IllegalArgumentException("observations must come in time order: received "
                        + Instant.ofEpochSecond(epochSecond) + " after " + Instant.ofEpochSecond(last));
            }
            last = epochSecond;
            if (days.special(c, epochDay, slot % 24)) {
                return;
            }
            global.add(slot, connected);
            if (bySegment) {
                segments.computeIfAbsent(Segment.of(c), x -> new SlotCounts()).add(slot, connected);
            }
            globalRates = null;
        }

        double[] globalRates() {
            double[] g = globalRates;
            if (g == null) {
                g = prior.rates(global);
                globalRates = g;
            }
            return g;
        }

        /** The usual (ordinary-day) rate of a slot for a contact. */
        double base(Contact c, int slot, double[] g) {
            if (!bySegment) {
                return g[slot];
            }
            SlotCounts s = segments.get(Segment.of(c));
            if (s == null) {
                return g[slot];
            }
            return (s.k[slot] + strength * g[slot]) / (s.n[slot] + strength);
        }

        @Override
        public String family() {
            return family;
        }

        @Override
        public double probability(Contact contact, Instant at) {
            long local = LocalClock.localSecond(at.getEpochSecond(), contact.zone());
            int slot = LocalClock.slotOfLocal(local);
            double f = days.factor(contact, LocalClock.epochDayOfLocal(local), slot % 24);
            return Math.min(1, base(contact, slot, globalRates()) * f);
        }

        @Override
        public WeeklyProfile profile(Contact contact, IsoWeek week) {
            double[] g = globalRates();
            double[] f = days.weekFactors(contact, week);
            double[] p = new double[LocalSlot.COUNT];
            for (int s = 0; s < p.length; s++) {
                p[s] = Math.min(1, base(contact, s, g) * f[s]);
            }
            return new WeeklyProfile(contact.id(), week, p);
        }

        @Override
        public void update(Observation o) {
            long t = o.at().getEpochSecond();
            long local = LocalClock.localSecond(t, o.contact().zone());
            learn(o.contact(), t, LocalClock.slotOfLocal(local), LocalClock.epochDayOfLocal(local), o.connected());
        }

        @Override
        public void save(Path dir) throws IOException {
            Map<String, List<double[]>> segs = new TreeMap<>();
            segments.forEach((s, c) -> segs.put(s.toString(), List.of(c.k, c.n)));
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(
                    dir.resolve("slot-rates.json").toFile(),
                    new Stored(family, params, strength, last, List.of(global.k, global.n), segs));
            days.write(dir.resolve("day-effects.json"));
        }

        @Override
        public ReachabilityModel copy() {
            Map<Segment, SlotCounts> segs = new HashMap<>();
            segments.forEach((s, c) -> segs.put(s, c.copy()));
            return new Model(family, params, bySegment, days, global.copy(), segs, strength, last);
        }

        @Override
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strength", strength);
            m.put("segments", segments.size());
            m.put("attempts", global.attempts());
            m.put("holidayFactor", days.holidayFactor());
            return m;
        }
    }
}
