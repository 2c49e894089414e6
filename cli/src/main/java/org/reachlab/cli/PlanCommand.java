package org.reachlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.compliance.CallingRules;
import org.reachlab.data.compliance.ComplianceException;
import org.reachlab.data.compliance.ComplianceFiles;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.store.ModelStore;
import org.reachlab.pipeline.plan.Explainer;
import org.reachlab.pipeline.plan.Plan;
import org.reachlab.pipeline.plan.PlanData;
import org.reachlab.pipeline.plan.PlanInputException;
import org.reachlab.pipeline.plan.PlanWriter;
import org.reachlab.pipeline.plan.Planner;
import org.reachlab.pipeline.plan.Rep;
import org.reachlab.pipeline.plan.RepFiles;
import org.reachlab.signals.extract.SignalExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab plan}: a day's call list for every rep, lawful and explained. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plans a day of calls for every rep: the due contacts chosen by expected value, when "
                + "(in the contact's calling window and the rep's working hours), the model's probability with "
                + "its interval, and why.",
                "",
                "Writes OUT/plan.csv, OUT/plan.json, OUT/<rep_id>.ics per rep and OUT/plan.html. See docs/plan.md."})
final class PlanCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "A directory written by `reachlab train`.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "contacts.csv, calls.csv and optionally notes.csv, as `reachlab ingest` or `generate` write them.")
    Path data;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The working day to plan.")
    String date;

    @Option(names = "--reps", paramLabel = "FILE",
            description = "reps.csv (rep_id, zone, team, capacity, start, end, per_hour); default: the reps of the "
                    + "call log, each with " + Rep.DEFAULT_CAPACITY + " dials a day, 08:00-17:00.")
    Path reps;

    @Option(names = "--compliance", paramLabel = "FILE",
            description = "A calling-rules YAML over the bundled one (default: the bundled rules).")
    Path compliance;

    @Option(names = "--rep-zone", paramLabel = "ZONE", defaultValue = "Europe/Berlin",
            description = "The zone of a rep that neither reps.csv nor the call log places (default: ${DEFAULT-VALUE}).")
    String repZone;

    @Option(names = "--no-notes", description = "Leave the notes out of the explanations.")
    boolean noNotes;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the plan.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date: '" + date + "' is not a date YYYY-MM-DD");
        }
        ZoneId fallbackZone;
        try {
            fallbackZone = ZoneId.of(repZone);
        } catch (RuntimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rep-zone: '" + repZone + "' is not an IANA time zone");
        }
        CallingRules rules;
        try {
            rules = compliance == null ? ComplianceFiles.bundled() : ComplianceFiles.load(compliance);
        } catch (ComplianceException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        ReachabilityModel m;
        HolidayCalendar calendar = HolidayCalendar.standard();
        try {
            m = ModelStore.load(model, ModelRegistry.standard(), calendar).model();
        } catch (ModelFormatException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        long t0 = System.nanoTime();
        PlanData d = PlanData.load(data, day, noNotes ? null : SignalExtractor.shared());
        Plan plan;
        try {
            List<Rep> team = reps != null ? RepFiles.read(reps, fallbackZone) : RepFiles.fromLog(d.log(), fallbackZone);
            if (team.isEmpty()) {
                throw new UserFacingException("the call log in " + data + " names no rep: give the reps with --reps reps.csv");
            }
            Planner planner = new Planner(m, rules, calendar, new Explainer(d.log(), d.notes()));
            plan = planner.plan(day, team, d.callees(), d.counts());
        } catch (PlanInputException e) {
            throw new UserFacingException((reps != null && !e.getMessage().startsWith(reps.toString())
                    ? "reps " + reps + ": " : "") + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Path> files = PlanWriter.write(plan, out);
        PrintWriter pw = spec.commandLine().getOut();
        for (String line : plan.summary().lines()) {
            pw.println(line);
        }
        pw.printf(Locale.ROOT, "read the data and notes and planned in %.2f s; wrote %d files into %s%n", seconds, files.size(), out);
        pw.flush();
        return 0;
    }
}
