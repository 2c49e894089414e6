package org.reachlab.models.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.time.LocalClock;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.Observation;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.TrainingData;

/**
 * {@code fixed}: one constant rate inside the working window (09:00–17:00 local on working days,
 * public holidays of the contact's region excluded), {@code outside} elsewhere (0 by default). The
 * rate is the connect rate of the training attempts inside the window, (K + 1) / (N + 2).
 */
public final class FixedFamily implements ModelFamily {

    /** Family name. */
    public static final String NAME = "fixed";

    /**
     * Parameters.
     *
     * @param from    first hour of the window (default 9)
     * @param to      end of the window, exclusive (default 17)
     * @param outside the probability outside the window (default 0)
     */
    public record Params(int from, int to, double outside) {
        public static final Params DEFAULTS = new Params(9, 17, 0);

        public Params {
            if (from < 0 || to > 24 || from >= to) {
                throw new IllegalArgumentException("window must satisfy 0 <= from < to <= 24, received " + from + ".." + to);
            }
            if (!(outside >= 0 && outside <= 1)) {
                throw new IllegalArgumentException("outside must be in [0, 1], received " + outside);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Fixed rule: a constant connect rate inside 09:00-17:00 on working days, zero outside.";
    }

    @Override
    public String limits() {
        return "It knows no difference between hours, days or people; it is the baseline every model must beat.";
    }

    @Override
    public Object defaultParams() {
        return Params.DEFAULTS;
    }

    @Override
    public ReachabilityModel train(TrainingData data, ModelConfig config) {
        Model m = new Model(config.params(Params.class, Params.DEFAULTS), data.calendar(), 0, 0, Long.MIN_VALUE);
        for (int r = 0; r < data.size(); r++) {
            m.learn(data.contact(r), data.epochSecond(r), data.connected(r));
        }
        return m;
    }

    @Override
    public ReachabilityModel load(Path dir, ModelConfig config, HolidayCalendar calendar) throws IOException {
        try {
            State s = new ObjectMapper().readValue(dir.resolve("fixed.json").toFile(), State.class);
            return new Model(s.params, calendar, s.connects, s.attempts, s.last);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ModelFormatException("cannot read " + dir.resolve("fixed.json") + ": " + e.getOriginalMessage(), e);
        }
    }

    private record State(Params params, double connects, double attempts, long last) {
    }

    static final class Model implements ReachabilityModel {
        private final Params params;
        private final HolidayCalendar calendar;
        private double connects;
        private double attempts;
        private long last;

        Model(Params params, HolidayCalendar calendar, double connects, double attempts, long last) {
            this.params = params;
            this.calendar = calendar;
            this.connects = connects;
            this.attempts = attempts;
            this.last = last;
        }

        boolean inWindow(Contact c, long epochSecond) {
            long local = LocalClock.localSecond(epochSecond, c.zone());
            int hour = LocalClock.hourOfLocal(local);
            if (hour < params.from() || hour >= params.to()) {
                return false;
            }
            LocalDate date = LocalDate.ofEpochDay(LocalClock.epochDayOfLocal(local));
            return calendar.isWorkingDay(date, c.region());
        }

        void learn(Contact c, long epochSecond, boolean connected) {
            if (epochSecond < last) {
                throw new IllegalArgumentException("observations must come in time order: received "
                        + Instant.ofEpochSecond(epochSecond) + " after " + Instant.ofEpochSecond(last));
            }
            last = epochSecond;
            if (inWindow(c, epochSecond)) {
                attempts++;
                if (connected) {
                    connects++;
                }
            }
        }

        double rate() {
            return (connects + 1) / (attempts + 2);
        }

        @Override
        public String family() {
            return NAME;
        }

        @Override
        public double probability(Contact contact, Instant at) {
            return inWindow(contact, at.getEpochSecond()) ? rate() : params.outside();
        }

        @Override
        public void update(Observation o) {
            learn(o.contact(), o.at().getEpochSecond(), o.connected());
        }

        @Override
        public void save(Path dir) throws IOException {
            new ObjectMapper().writeValue(dir.resolve("fixed.json").toFile(), new State(params, connects, attempts, last));
        }

        @Override
        public ReachabilityModel copy() {
            return new Model(params, calendar, connects, attempts, last);
        }
    }
}
