package org.reachlab.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.reachlab.data.calendar.HolidayCalendar;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.domain.LocalSlot;
import org.reachlab.data.ingest.ContactTable;
import org.reachlab.data.time.IsoWeek;
import org.reachlab.data.time.ZoneResolver;
import org.reachlab.models.ModelFormatException;
import org.reachlab.models.ModelRegistry;
import org.reachlab.models.ReachabilityModel;
import org.reachlab.models.WeeklyProfile;
import org.reachlab.models.store.ModelStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reachlab score}: weekly profiles of contacts from a saved model. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Writes each contact's 168-slot weekly profile for an ISO week from a saved model.",
                "",
                "profiles.csv: contact_id, week, best_slot (e.g. TUE-10), best_probability, then s000..s167 "
                        + "(slot = (ISO day - 1) x 24 + local hour; holidays and stated absences of that week included)."})
final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "MODEL_DIR", description = "A directory written by `reachlab train`.")
    Path model;

    @Option(names = "--contacts", required = true, paramLabel = "FILE", description = "contacts.csv of the contacts to score.")
    Path contacts;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W10.")
    String week;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "profiles.csv to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IsoWeek w;
        try {
            w = IsoWeek.parse(week);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
        ReachabilityModel m;
        try {
            m = ModelStore.load(model, ModelRegistry.standard(), HolidayCalendar.standard()).model();
        } catch (ModelFormatException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
        AtomicLong rejected = new AtomicLong();
        List<Contact> cs = new ArrayList<>(ContactTable.read(contacts, ZoneResolver.standard(),
                r -> rejected.incrementAndGet(), null).contacts().values());
        long t0 = System.nanoTime();
        WeeklyProfile[] profiles = m.profiles(cs, w);
        double scoreSeconds = (System.nanoTime() - t0) / 1e9;
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder("contact_id,week,best_slot,best_probability");
            for (int s = 0; s < LocalSlot.COUNT; s++) {
                sb.append(String.format(Locale.ROOT, ",s%03d", s));
            }
            bw.write(sb.append('\n').toString());
            for (WeeklyProfile p : profiles) {
                sb.setLength(0);
                int best = p.bestSlot();
                sb.append(csv(p.contactId())).append(',').append(w).append(',').append(LocalSlot.of(best)).append(',');
                num(sb, p.get(best));
                for (int s = 0; s < LocalSlot.COUNT; s++) {
                    sb.append(',');
                    num(sb, p.get(s));
                }
                bw.write(sb.append('\n').toString());
            }
        }
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "scored %d contacts for %s in %.2f s (%.0f slot probabilities/s)%s; wrote %s%n",
                cs.size(), w, scoreSeconds, cs.size() * 168.0 / Math.max(scoreSeconds, 1e-9),
                rejected.get() > 0 ? "; " + rejected.get() + " contact rows rejected" : "", out);
        pw.flush();
        return 0;
    }

    /**
     * Appends a probability with six decimals, as {@code %.6f} writes it (rounded half up from the
     * nearest double of {@code v × 10^6}), without the formatter's cost: 16.8 million numbers for
     * 100,000 contacts.
     */
    static void num(StringBuilder sb, double v) {
        if (!(v >= 0 && v < 9.2e12)) {
            sb.append(String.format(Locale.ROOT, "%.6f", v));
            return;
        }
        long micros = Math.round(v * 1e6);
        sb.append(micros / 1_000_000).append('.');
        long frac = micros % 1_000_000;
        for (long d = 100_000; d > frac && d > 1; d /= 10) {
            sb.append('0');
        }
        sb.append(frac);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
