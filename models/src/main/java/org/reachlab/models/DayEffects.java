package org.reachlab.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.domain.Region;
import org.reachlab.data.time.IsoWeek;

/**
 * Multipliers of a contact's usual slot probability on special local dates: public holidays and
 * bridge days of the contact's region, and absences the contact stated. Shared by all families.
 *
 * <p>The holiday and bridge-day factors start from the config's values and are learned from the
 * training data when it has attempts on such days: factor = (K + m·f0) / (E + m), where K is the
 * number of connects on those days, E the number expected from the global slot rates of ordinary
 * days, f0 the configured factor and m the prior strength (in expected connects). Absences are
 * not learned: a stated absence multiplies by {@code absenceFactor}. When several apply, the
 * smallest factor wins. Immutable after training.
 */
public final class DayEffects {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Config config;
    private final double holidayFactor;
    private final double bridgeDayFactor;
    private final Map<String, List<Absence>> absences;
    private final HolidayCalendar calendar;
    private final Map<RegionWeek, double[]> weekCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record RegionWeek(Region region, long monday) {
    }

    /**
     * Day-effect settings.
     *
     * @param holidayFactor   prior multiplier on a public holiday (default 0.1)
     * @param bridgeDayFactor prior multiplier on a bridge day (default 0.7)
     * @param absenceFactor   multiplier inside a stated absence (default 0.05)
     * @param priorStrength   weight of the prior factors, in expected connects (default 5)
     * @param learn           learn the holiday and bridge-day factors from the data (default true)
     */
    public record Config(double holidayFactor, double bridgeDayFactor, double absenceFactor, double priorStrength,
                         boolean learn) {

        /** The defaults. */
        public static final Config DEFAULT = new Config(0.1, 0.7, 0.05, 5, true);

        public Config {
            for (double f : new double[] {holidayFactor, bridgeDayFactor, absenceFactor}) {
                if (!(f >= 0 && f <= 1)) {
                    throw new IllegalArgumentException("day factors must be in [0, 1], received " + f);
                }
            }
            if (!(priorStrength > 0)) {
                throw new IllegalArgumentException("priorStrength must be > 0, received " + priorStrength);
            }
        }

        @JsonCreator
        static Config create(@JsonProperty("holidayFactor") Double h, @JsonProperty("bridgeDayFactor") Double b,
                             @JsonProperty("absenceFactor") Double a, @JsonProperty("priorStrength") Double m,
                             @JsonProperty("learn") Boolean learn) {
            return new Config(h == null ? DEFAULT.holidayFactor : h, b == null ? DEFAULT.bridgeDayFactor : b,
                    a == null ? DEFAULT.absenceFactor : a, m == null ? DEFAULT.priorStrength : m,
                    learn == null ? DEFAULT.learn : learn);
        }
    }

    private DayEffects(Config config, double holidayFactor, double bridgeDayFactor, Map<String, List<Absence>> absences,
                       HolidayCalendar calendar) {
        this.config = config;
        this.holidayFactor = holidayFactor;
        this.bridgeDayFactor = bridgeDayFactor;
        this.absences = absences;
        this.calendar = calendar;
    }

    /** Day effects with the config's factors as they are, and no absences. */
    public static DayEffects fixed(Config config, HolidayCalendar calendar) {
        return new DayEffects(config, config.holidayFactor(), config.bridgeDayFactor(), Map.of(), calendar);
    }

    /** Learns the factors from the data (when {@code config.learn()}) and takes the stated absences. */
    public static DayEffects learn(TrainingData data, Config config) {
        HolidayCalendar cal = data.calendar();
        Map<String, List<Absence>> abs = new TreeMap<>();
        for (String id : data.contacts().keySet()) {
            data.preferences().of(id).ifPresent(p -> {
                if (!p.absences().isEmpty()) {
                    abs.put(id, p.absences());
                }
            });
        }
        if (!config.learn() || data.size() == 0) {
            return new DayEffects(config, config.holidayFactor(), config.bridgeDayFactor(), Map.copyOf(abs), cal);
        }
        byte[] kind = new byte[data.size()]; // 0 ordinary, 1 holiday, 2 bridge day, 3 absence
        DayEffects probe = new DayEffects(config, 0, 0, abs, cal);
        double[] k = new double[LocalSlot.COUNT];
        double[] n = new double[LocalSlot.COUNT];
        long connects = 0;
        for (int r = 0; r < data.size(); r++) {
            Contact c = data.contact(r);
            int slot = data.slot(r);
            kind[r] = probe.kind(c, data.epochDay(r), slot % 24);
            if (kind[r] == 0) {
                n[slot]++;
                if (data.connected(r)) {
                    k[slot]++;
                    connects++;
                }
            }
        }
        double total = 0;
        for (double x : n) {
            total += x;
        }
        double mean = total == 0 ? 0.1 : connects / total;
        double[] kk = new double[3];
        double[] ee = new double[3];
        for (int r = 0; r < data.size(); r++) {
            if (kind[r] == 1 || kind[r] == 2) {
                int slot = data.slot(r);
                ee[kind[r]] += (k[slot] + mean) / (n[slot] + 1);
                if (data.connected(r)) {
                    kk[kind[r]]++;
                }
            }
        }
        double m = config.priorStrength();
        double h = Math.min(1, (kk[1] + m * config.holidayFactor()) / (ee[1] + m));
        double b = Math.min(1, (kk[2] + m * config.bridgeDayFactor()) / (ee[2] + m));
        return new DayEffects(config, h, b, Map.copyOf(abs), cal);
    }

    /** 0 ordinary, 1 public holiday, 2 bridge day, 3 stated absence (the strongest wins). */
    private byte kind(Contact c, long epochDay, int hour) {
        List<Absence> a = absences.get(c.id());
        LocalDate date = null;
        if (a != null) {
            date = LocalDate.ofEpochDay(epochDay);
            for (Absence x : a) {
                if (x.covers(date, hour)) {
                    return 3;
                }
            }
        }
        Region region = c.region();
        if (date == null) {
            date = LocalDate.ofEpochDay(epochDay);
        }
        if (calendar.isHoliday(date, region)) {
            return 1;
        }
        if (calendar.isBridgeDay(date, region)) {
            return 2;
        }
        return 0;
    }

    /** The multiplier of a contact's usual probability at a local date and hour (1 on ordinary days). */
    public double factor(Contact c, LocalDate date, int hour) {
        return factor(c, date.toEpochDay(), hour);
    }

    /** The multiplier at a local epoch day and hour. */
    public double factor(Contact c, long epochDay, int hour) {
        return switch (kind(c, epochDay, hour)) {
            case 1 -> holidayFactor;
            case 2 -> bridgeDayFactor;
            case 3 -> Math.min(config.absenceFactor(), 1);
            default -> 1.0;
        };
    }

    /** True when the local date and hour is a holiday, bridge day or stated absence for the contact. */
    public boolean special(Contact c, long epochDay, int hour) {
        return kind(c, epochDay, hour) != 0;
    }

    /** The 168 multipliers of a contact's ISO week. */
    public double[] weekFactors(Contact c, IsoWeek week) {
        double[] f = new double[LocalSlot.COUNT];
        long monday = week.monday().toEpochDay();
        List<Absence> a = absences.get(c.id());
        Region region = c.region();
        double[] dayFactors = weekCache.computeIfAbsent(new RegionWeek(region, monday), k -> {
            double[] v = new double[7];
            for (int d = 0; d < 7; d++) {
                LocalDate date = LocalDate.ofEpochDay(monday + d);
                v[d] = calendar.isHoliday(date, region) ? holidayFactor
                        : calendar.isBridgeDay(date, region) ? bridgeDayFactor : 1.0;
            }
            return v;
        });
        for (int d = 0; d < 7; d++) {
            LocalDate date = LocalDate.ofEpochDay(monday + d);
            double day = dayFactors[d];
            for (int h = 0; h < 24; h++) {
                double v = day;
                if (a != null) {
                    for (Absence x : a) {
                        if (x.covers(date, h)) {
                            v = Math.min(v, config.absenceFactor());
                        }
                    }
                }
                f[d * 24 + h] = v;
            }
        }
        return f;
    }

    public Config config() {
        return config;
    }

    /** The learned (or configured) holiday factor. */
    public double holidayFactor() {
        return holidayFactor;
    }

    /** The learned (or configured) bridge-day factor. */
    public double bridgeDayFactor() {
        return bridgeDayFactor;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** Stated absences by contact id. */
    public Map<String, List<Absence>> absences() {
        return absences;
    }

    /** Writes the factors and absences as JSON. */
    public void write(Path file) throws IOException {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("config", config);
        m.put("holidayFactor", holidayFactor);
        m.put("bridgeDayFactor", bridgeDayFactor);
        Map<String, List<StoredAbsence>> a = new TreeMap<>();
        absences.forEach((id, list) -> a.put(id, list.stream().map(StoredAbsence::of).toList()));
        m.put("absences", a);
        JSON.writeValue(file.toFile(), m);
    }

    /** Reads what {@link #write} wrote. */
    public static DayEffects read(Path file, HolidayCalendar calendar) throws IOException {
        Stored s = JSON.readValue(file.toFile(), Stored.class);
        Map<String, List<Absence>> a = new HashMap<>();
        if (s.absences != null) {
            s.absences.forEach((id, list) -> a.put(id, list.stream().map(StoredAbsence::absence).toList()));
        }
        return new DayEffects(s.config, s.holidayFactor, s.bridgeDayFactor, Map.copyOf(a), calendar);
    }

    private record Stored(Config config, double holidayFactor, double bridgeDayFactor,
                          Map<String, List<StoredAbsence>> absences) {
    }

    private record StoredAbsence(String from, String to, int fromHour, int toHour, String knownFrom) {
        static StoredAbsence of(Absence a) {
            return new StoredAbsence(a.from().toString(), a.to().toString(), a.fromHour(), a.toHour(),
                    a.knownFrom() == null ? null : a.knownFrom().toString());
        }

        Absence absence() {
            return new Absence(LocalDate.parse(from), LocalDate.parse(to), fromHour, toHour,
                    knownFrom == null ? null : java.time.Instant.parse(knownFrom));
        }
    }
}
