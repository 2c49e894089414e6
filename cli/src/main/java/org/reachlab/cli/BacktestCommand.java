package org.reachlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.evaluation.backtest.Backtest;
import org.reachlab.evaluation.backtest.BacktestOptions;
import org.reachlab.evaluation.backtest.EventsComparison;
import org.reachlab.data.domain.EventKind;
import org.reachlab.evaluation.backtest.BacktestResult;
import org.reachlab.evaluation.backtest.BacktestWriter;
import org.reachlab.models.ModelConfig;
import org.reachlab.models.ModelFamily;
import org.reachlab.pipeline.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab backtest}: compares model families on a forward-chaining time split. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Compares reachability models on a forward-chaining time split with a gap (no look-ahead).",
                "",
                "Each model is trained on the attempts before the test window minus the gap and predicts every test "
                        + "attempt; --online lets it learn each test outcome right after predicting it. Every run also "
                        + "includes `constant` (one overall rate), the yardstick each model is compared with.",
                "Writes into --out: summary.json (everything, with 95%% bootstrap intervals resampled by contact, "
                        + "overall and per segment), leaderboard.csv, segments.csv, reliability.csv."})
final class BacktestCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Output directory of `reachlab ingest` or `reachlab generate` (contacts.csv, calls.csv).")
    Path data;

    @Mixin
    FamilyOptions modelOptions;

    @ArgGroup(exclusive = true)
    Period period;

    static final class Period {
        @Option(names = "--test-days", paramLabel = "N", description = "Test on the last N days (default 7).")
        Integer testDays;

        @Option(names = "--split-at", paramLabel = "DATE",
                description = "Test on everything from DATE (yyyy-mm-dd, UTC midnight, or an ISO instant).")
        String splitAt;
    }

    @Option(names = "--gap-hours", defaultValue = "24", paramLabel = "H",
            description = "Hours between the end of training and the test window (default 24).")
    long gapHours;

    @Option(names = "--folds", defaultValue = "1", paramLabel = "K",
            description = "Cut the test period into K windows, each trained on everything before it (default 1).")
    int folds;

    @Option(names = "--online", description = "Prequential: learn each test outcome right after predicting it.")
    boolean online;

    @Option(names = "--bootstrap", defaultValue = "200", paramLabel = "B",
            description = "Bootstrap replicates, resampling contacts (default 200).")
    int bootstrap;



    @Option(names = "--stated-preferences", description = {"Read timing signals out of the data's notes.csv and",
            "give them to the models as stated-preference evidence."})
    boolean statedPreferences;

    @Option(names = "--events", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"Read the data's events.csv, when it has one, as behavioural evidence (default: yes;",
                    "--no-events leaves it out)."})
    boolean events;

    @Option(names = "--event-kinds", paramLabel = "KINDS", split = ",",
            description = "Read only these kinds of the data's events (e.g. sms_in), to see what each kind adds.")
    List<String> eventKinds;

    @Option(names = "--compare-events", description = {"Also run every family without the data's events and",
            "print the difference in log-loss and AUC with a paired bootstrap over contacts (events-comparison.csv)."})
    boolean compareEvents;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<ModelFamily> chosen = withYardstick(modelOptions.families(spec));
        Map<String, ModelConfig> cfg = modelOptions.configs(spec);
        if (folds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be >= 1, received " + folds);
        }
        BacktestOptions o = new BacktestOptions(chosen, cfg, period == null ? null : period.testDays,
                period == null || period.splitAt == null ? null : parseInstant(period.splitAt),
                Duration.ofHours(gapHours), folds, online, bootstrap, modelOptions.seed, null);
        long t0 = System.nanoTime();
        DataDirectory.Loaded loaded = ModelCommands.load(spec, data, statedPreferences, events);
        if (eventKinds != null) {
            java.util.Set<EventKind> kinds = java.util.EnumSet.noneOf(EventKind.class);
            for (String k : eventKinds) {
                kinds.add(EventKind.parse(k).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "unknown event kind '" + k + "' in --event-kinds (expected some of " + EventKind.codes()
                                + ")")));
            }
            var kept = loaded.data().events().only(kinds);
            spec.commandLine().getOut().printf(Locale.ROOT, "events: %d of them of the kinds %s%n", kept.size(),
                    eventKinds);
            loaded = new DataDirectory.Loaded(loaded.data().withEvents(kept), loaded.rejected(), loaded.nonLive(),
                    kept.size(), loaded.eventsWarning());
        }
        BacktestResult r;
        try {
            r = Backtest.run(loaded.data(), o);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        BacktestWriter.write(r, o, loaded.data().source(), out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "data: %d attempts of %d contacts (%s)%n", loaded.data().size(),
                loaded.data().contactsWithRows().size(), data);
        for (var s : r.splits()) {
            w.printf(Locale.ROOT, "fold: train before %s, test %s to %s%n", s.trainEnd(), s.testStart(), s.testEnd());
        }
        w.printf(Locale.ROOT, "test: %d attempts, %d contacts, %d connects; %s; %d bootstrap replicates by contact%n",
                r.testRows(), r.testContacts(), r.connects(), online ? "online (prequential)" : "offline", bootstrap);
        w.print(BacktestWriter.table(r));
        if (compareEvents) {
            if (loaded.data().events().size() == 0) {
                throw new UserFacingException("--compare-events needs events: " + data + " has no usable events.csv"
                        + (events ? "" : " (or --no-events was given)"));
            }
            List<EventsComparison.Row> rows = EventsComparison.run(loaded.data(), o);
            w.printf(Locale.ROOT, "%nwith and without the %d events (paired bootstrap over test contacts):%n",
                    loaded.data().events().size());
            w.print(EventsComparison.table(rows));
            EventsComparison.writeCsv(rows, out.resolve("events-comparison.csv"));
        }
        w.printf(Locale.ROOT, "wrote %s: summary.json, leaderboard.csv, segments.csv, reliability.csv in %.1f s%n", out,
                (System.nanoTime() - t0) / 1e9);
        w.flush();
        return 0;
    }

    /** Every backtest also runs {@code constant}, the yardstick every table compares against. */
    private static List<ModelFamily> withYardstick(List<ModelFamily> chosen) {
        if (chosen.stream().anyMatch(f -> f.name().equals(YARDSTICK))) {
            return chosen;
        }
        List<ModelFamily> all = new java.util.ArrayList<>(chosen);
        all.add(org.reachlab.models.ModelRegistry.standard().get(YARDSTICK));
        return all;
    }

    private static final String YARDSTICK = "constant";

    private Instant parseInstant(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--split-at must be a date (2025-12-01) or an instant (2025-12-01T00:00:00Z), received '" + s + "'");
        }
    }
}
