package org.reachlab.models.speed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Channel;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.models.DataSource;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.StatedPreferences;
import org.reachlab.models.TrainingData;
import org.reachlab.models.encoding.EncodedModel;
import org.reachlab.models.encoding.EncodedRows;
import org.reachlab.models.encoding.FeatureEncoder;
import org.reachlab.models.encoding.NativeThreads;
import org.reachlab.models.logistic.LogisticConfig;
import org.reachlab.models.logistic.LogisticFamily;
import org.reachlab.models.logistic.LogisticRegression;
import org.reachlab.models.neural.NeuralConfig;
import org.reachlab.models.neural.NeuralFamily;
import org.reachlab.models.neural.ReachNet;

/**
 * Measures, on a synthetic table of {@code ROWS} attempts (50 per contact, five segments with
 * different best hours, in four countries): feature encoding, one training epoch of the logistic
 * regression and of the network, batch inference, and weekly profiles through the model contract.
 *
 * <p>Usage: {@code java -cp reachlab.jar org.reachlab.models.speed.EncodedSpeed [ROWS] [PROFILE_CONTACTS] [THREADS] [full]}
 * (defaults 1,000,000, 2,000 and 1 native thread; {@code full} also times a whole training of each family
 * with its default parameters). Prints one line per measurement.
 */
public final class EncodedSpeed {

    private static final String[][] PLACES = {{"DE", "Europe/Berlin"}, {"GB", "Europe/London"},
            {"SE", "Europe/Stockholm"}, {"US", "America/New_York"}};
    private static final String[] INDUSTRIES = {"it", "restaurant", "manufacturing", "finance", "retail"};
    private static final String[] ROLES = {"it_lead", "owner", "production_manager", "cfo", "purchasing"};
    private static final int[] BEST_HOUR = {10, 15, 8, 11, 14};

    private EncodedSpeed() {
    }

    /** A synthetic attempt table with {@code rows} attempts, deterministic for a seed. */
    public static TrainingData synthetic(int rows, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int contacts = Math.max(1, rows / 50);
        List<Contact> people = new ArrayList<>(contacts);
        for (int i = 0; i < contacts; i++) {
            String[] place = PLACES[r.nextInt(PLACES.length)];
            int s = r.nextInt(INDUSTRIES.length);
            people.add(new Contact("c" + i, place[0], null, ZoneId.of(place[1]), INDUSTRIES[s], null, 10,
                    ROLES[s], "en"));
        }
        LocalDate start = LocalDate.of(2025, 9, 1);
        List<Object[]> all = new ArrayList<>(rows);
        for (int k = 0; k < rows; k++) {
            int i = k % contacts;
            Contact c = people.get(i);
            int s = java.util.Arrays.asList(INDUSTRIES).indexOf(c.industry());
            LocalDate day = start.plusDays(r.nextInt(26 * 7));
            int hour = 8 + r.nextInt(10);
            double p = day.getDayOfWeek().getValue() >= 6 ? 0.03
                    : 0.08 + 0.3 * Math.exp(-0.5 * Math.pow((hour - BEST_HOUR[s]) / 1.5, 2));
            Outcome o = r.nextDouble() < p ? Outcome.CONNECTED : Outcome.NO_ANSWER;
            Instant at = ZonedDateTime.of(day, LocalTime.of(hour, r.nextInt(60)), c.zone()).toInstant();
            all.add(new Object[] {new Attempt("a" + k, c.id(), at, o, Channel.PHONE, null, null, null, null, null,
                    null), c});
        }
        AttemptLog.Builder b = AttemptLog.builder();
        all.sort(java.util.Comparator.comparing((Object[] x) -> ((Contact) x[1]).id())
                .thenComparing(x -> ((Attempt) x[0]).at()));
        for (Object[] x : all) {
            b.add((Attempt) x[0], (Contact) x[1]);
        }
        return TrainingData.of(b.build(), Map.of(), StatedPreferences.none(), HolidayCalendar.standard(),
                DataSource.inMemory("synthetic " + rows + " attempts, seed " + seed));
    }

    /** Runs the measurements. */
    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int profileContacts = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        NativeThreads.apply(threads);
        System.out.println("ND4J native threads: " + NativeThreads.current());
        long t0 = System.nanoTime();
        TrainingData data = synthetic(rows, 1);
        report("generate", rows, t0);

        ModelConfig cfg = ModelConfig.defaults("neural");
        t0 = System.nanoTime();
        EncodedModel.Prepared prepared = EncodedModel.prepare(data, cfg);
        report("features (history replay + dense encoding)", rows, t0);

        LogisticConfig lc = new LogisticConfig(1, 1, 512, 0.01, 1e-4, 0.0, 20, 0.05, 3, 32, threads);
        t0 = System.nanoTime();
        LogisticRegression lr = LogisticRegression.train(prepared.rows(), lc, 1).model();
        report("logistic: one epoch (batch 512, incl. encoder fit)", rows, t0);

        NeuralConfig nc = NeuralConfig.defaults().withTraining(1, 1024);
        nc = new NeuralConfig(nc.contactDim(), nc.segmentDim(), nc.hourDim(), nc.segmentHourDim(), nc.hidden1(),
                nc.hidden2(), nc.learningRate(), nc.l2(), nc.batchSize(), 1, nc.patience(), 0.0, nc.contactDropout(),
                nc.minContactRows(), nc.minSegmentRows(), nc.onlineSteps(), nc.onlineBatch(), threads);
        t0 = System.nanoTime();
        ReachNet net = ReachNet.train(prepared.rows(), nc, 1).net();
        report("neural: one epoch (batch 1024, incl. encoder fit; " + net.parameterCount() + " parameters)", rows, t0);

        FeatureEncoder enc = net.encoder();
        t0 = System.nanoTime();
        EncodedRows encoded = enc.encode(prepared.rows());
        report("encode (standardise + indices)", rows, t0);
        t0 = System.nanoTime();
        lr.predict(encoded);
        report("logistic: inference", rows, t0);
        t0 = System.nanoTime();
        net.predict(encoded);
        report("neural: inference (batches of 8192)", rows, t0);

        if (args.length > 3 && args[3].equals("full")) {
            for (var family : List.of(new LogisticFamily(), new NeuralFamily())) {
                t0 = System.nanoTime();
                var fitted = family.train(data, ModelConfig.defaults(family.name()).withParam("threads", threads));
                report(family.name() + ": full training with default parameters " + fitted.summary(), rows, t0);
            }
        }

        int n = Math.min(profileContacts, data.contacts().size());
        List<Contact> some = new ArrayList<>(data.contacts().values()).subList(0, n);
        IsoWeek week = IsoWeek.of(LocalDate.of(2026, 3, 2));
        for (var family : List.of(new LogisticFamily(), new NeuralFamily())) {
            ModelConfig mc = ModelConfig.defaults(family.name()).withParam("maxEpochs", 1).withParam("threads", threads);
            var model = family.train(data.filter(i -> i < 50_000), mc);
            for (String pass : List.of("first pass, loads the calendars", "second pass")) {
                t0 = System.nanoTime();
                for (Contact c : some) {
                    model.profile(c, week);
                }
                report(family.name() + ": weekly profiles of " + n + " contacts, " + pass + " (slot-probabilities)",
                        n * 168L, t0);
            }
        }
    }

    private static void report(String what, long count, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-80s %10.2f s %12.0f /s%n", what, s, count / s);
    }
}
