package org.reachlab.models.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.reachlab.models.TrainingData;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.counts.EmpiricalBayes;

/**
 * The two honest yardsticks of a backtest, which know nothing of hours or weekdays:
 * <ul>
 *   <li>{@code constant}: one connect rate, the share of connects among every attempt seen
 *       (training, then each online update), whatever the hour, day or contact;</li>
 *   <li>{@code contact}: each contact's own connect rate, Beta-shrunk toward that constant:
 *       rate = (k + A·constant) / (n + A), with A estimated by empirical Bayes (Beta-Binomial
 *       marginal likelihood over the contacts) unless {@code contactStrength} is set.</li>
 * </ul>
 * As every family, both include the day effects of the contact's local date (public holidays,
 * bridge days, stated absences; {@link DayEffects}), and count only attempts on ordinary days.
 * A family that learns hours must beat both: beating {@code global} alone can hide that a
 * per-hour table is worse than one number (sparse hours), and beating {@code constant} alone
 * can hide that the gain is only knowing who answers at all.
 */
public class RateFamily implements ModelFamily {

    /**
     * Parameters.
     *
     * @param contactStrength A in pseudo-attempts at the constant rate; 0 = estimate by empirical
     *                        Bayes ({@code contact} family only)
     */
    public record Params(double contactStrength) {
        public static final Params DEFAULTS = new Params(0);

        public Params {
            if (!(contactStrength >= 0)) {
                throw new IllegalArgumentException("contactStrength must be >= 0, received " + contactStrength);
            }
        }
    }

    private final String name;
    private final boolean byContact;

    RateFamily(String name, boolean byContact) {
        this.name = name;
        this.byContact = byContact;
    }

    /** {@code constant}. */
    public static final class Constant extends RateFamily {
        public Constant() {
            super("constant", false);
        }
    }

    /** {@code contact}. */
    public static final class ByContact extends RateFamily {
        public ByContact() {
            super("contact", true);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return byContact
                ? "Contact rates: each contact's own connect rate, shrunk toward the overall rate (empirical Bayes); "
                + "no hours, no days."
                : "Constant: the overall connect rate of every attempt seen, the same for every call.";
    }

    @Override
    public String limits() {
        return byContact ? "Knows who answers, never when: every hour of a contact's week gets the same probability."
                : "Knows nothing of contacts, hours or days: the yardstick every other family must beat.";
    }

    @Override
    public Object defaultParams() {
        return Params.DEFAULTS;
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        Params p = config.params(Params.class, Params.DEFAULTS);
        DayEffects days = DayEffects.learn(data, config.days());
        Model m = new Model(name, p, byContact, days, 0, 0, new HashMap<>(), p.contactStrength(), Long.MIN_VALUE);
        for (int r = 0; r < data.size(); r++) {
            m.learn(data.contact(r), data.epochSecond(r), data.epochDay(r), data.slot(r) % 24, data.connected(r));
        }
        if (byContact && !(p.contactStrength() > 0)) {
            m.strength = estimateStrength(m);
        }
        return m;
    }

    /** A by empirical Bayes over the contacts' counts, each contact's prior mean the constant rate. */
    static double estimateStrength(Model m) {
        int count = m.contacts.size();
        double[] k = new double[count];
        double[] n = new double[count];
        double[] mean = new double[count];
        Arrays.fill(mean, m.constant());
        int i = 0;
        for (double[] c : m.contacts.values()) {
            k[i] = c[0];
            n[i] = c[1];
            i++;
        }
        return EmpiricalBayes.betaBinomialStrength(k, n, mean, count);
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        Path f = dir.resolve("rates.json");
        try {
            Stored s = new ObjectMapper().readValue(f.toFile(), Stored.class);
            if (!name.equals(s.family)) {
                throw new ModelFormatException(f + " holds a '" + s.family + "' model, not '" + name + "'");
            }
            Map<String, double[]> contacts = new HashMap<>();
            s.contacts.forEach((id, kn) -> {
                if (kn.length != 2) {
                    throw new IllegalArgumentException(f + ": contact '" + id + "' needs [connects, attempts], received "
                            + kn.length + " numbers");
                }
                contacts.put(id, kn.clone());
            });
            DayEffects days = DayEffects.read(dir.resolve("day-effects.json"), calendar);
            return new Model(name, s.params, byContact, days, s.connects, s.attempts, contacts, s.strength, s.last);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFormatException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private record Stored(String family, Params params, double strength, long last, double connects,
                          double attempts, Map<String, double[]> contacts) {
    }

    /** The model of both families. */
    static final class Model implements ReachabilityModel {
        /** One pseudo-attempt at 10% keeps an empty table from predicting 0 (as {@link GlobalPrior}). */
        private static final double EMPTY_RATE = 0.1;

        private final String family;
        private final Params params;
        private final boolean byContact;
        private final DayEffects days;
        private double connects;
        private double attempts;
        final Map<String, double[]> contacts;
        double strength;
        private long last;

        Model(String family, Params params, boolean byContact, DayEffects days, double connects, double attempts,
              Map<String, double[]> contacts, double strength, long last) {
            this.family = family;
            this.params = params;
            this.byContact = byContact;
            this.days = days;
            this.connects = connects;
            this.attempts = attempts;
            this.contacts = contacts;
            this.strength = strength;
            this.last = last;
        }

        void learn(Contact contact, long epochSecond, long localDay, int localHour, boolean connected) {
            if (epochSecond < last) {
                throw new IllegalArgumentException("observations must come in time order: received "
                        + Instant.ofEpochSecond(epochSecond) + " after " + Instant.ofEpochSecond(last));
            }
            last = epochSecond;
            if (days.special(contact, localDay, localHour)) {
                return;
            }
            String contactId = contact.id();
            attempts++;
            connects += connected ? 1 : 0;
            if (byContact) {
                double[] c = contacts.computeIfAbsent(contactId, x -> new double[2]);
                c[0] += connected ? 1 : 0;
                c[1]++;
            }
        }

        double constant() {
            return (connects + EMPTY_RATE) / (attempts + 1);
        }

        double rate(String contactId) {
            double c = constant();
            if (!byContact) {
                return c;
            }
            double[] kn = contacts.get(contactId);
            return kn == null ? c : (kn[0] + strength * c) / (kn[1] + strength);
        }

        @Override
        public String family() {
            return family;
        }

        @Override
        public double probability(Contact contact, Instant at) {
            long local = LocalClock.localSecond(at.getEpochSecond(), contact.zone());
            double f = days.factor(contact, Math.floorDiv(local, 86400L), LocalClock.slotOfLocal(local) % 24);
            return Math.min(1, rate(contact.id()) * f);
        }

        @Override
        public WeeklyProfile profile(Contact contact, IsoWeek week) {
            double r = rate(contact.id());
            double[] f = days.weekFactors(contact, week);
            double[] p = new double[LocalSlot.COUNT];
            for (int s = 0; s < p.length; s++) {
                p[s] = Math.min(1, r * f[s]);
            }
            return new WeeklyProfile(contact.id(), week, p);
        }

        @Override
        public void update(Observation o) {
            long t = o.at().getEpochSecond();
            long local = LocalClock.localSecond(t, o.contact().zone());
            learn(o.contact(), t, Math.floorDiv(local, 86400L), LocalClock.slotOfLocal(local) % 24, o.connected());
        }

        @Override
        public void save(Path dir) throws IOException {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("rates.json").toFile(),
                    new Stored(family, params, strength, last, connects, attempts, new TreeMap<>(contacts)));
            days.write(dir.resolve("day-effects.json"));
        }

        @Override
        public ReachabilityModel copy() {
            Map<String, double[]> c = new HashMap<>();
            contacts.forEach((id, kn) -> c.put(id, kn.clone()));
            return new Model(family, params, byContact, days, connects, attempts, c, strength, last);
        }

        @Override
        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rate", constant());
            m.put("attempts", attempts);
            m.put("holidayFactor", days.holidayFactor());
            if (byContact) {
                m.put("strength", strength);
                m.put("contacts", contacts.size());
            }
            return m;
        }
    }
}
