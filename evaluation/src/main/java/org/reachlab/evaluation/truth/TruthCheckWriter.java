package org.reachlab.evaluation.truth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reachlab.evaluation.output.ResultCsv;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.models.DataSource;
import org.reachlab.stats.Estimate;

/**
 * Writes a truth check: {@code profile-correlation.csv} (per family and contact),
 * {@code drift-recovery.csv} (per family and checkpoint k), {@code drift-contacts.csv} (per family
 * and changed contact), {@code drift-population.csv} (per family and checkpoint k: the gap to the
 * unchanged reference contacts), {@code posterior-coverage.csv} (per family with a posterior and
 * level: the coverage of its central intervals), {@code summary.json} (options, split, every
 * summary), and the console table.
 */
public final class TruthCheckWriter {

    private TruthCheckWriter() {
    }

    /** Writes the files into {@code out} (created when missing). */
    public static void write(TruthCheckResult r, TruthCheckOptions o, DataSource source, Path world, Path out)
            throws IOException {
        Files.createDirectories(out);
        try (ResultCsv w = ResultCsv.open(out.resolve("profile-correlation.csv"),
                List.of("family", "contact_id", "attempts", "r", "r_base"))) {
            for (var f : r.families()) {
                for (var c : f.contacts()) {
                    w.row(f.family(), c.contactId(), c.attempts(), num(c.r()), num(c.rBase()));
                }
            }
        }
        try (ResultCsv w = ResultCsv.open(out.resolve("drift-recovery.csv"), List.of("family", "k", "contacts",
                "mean_r_new", "mean_r_old", "share_closer_to_new", "km_not_recovered"))) {
            for (var f : r.families()) {
                for (var c : f.drift().checkpoints()) {
                    w.row(f.family(), c.k(), c.contacts(), num(c.meanNew()), num(c.meanOld()),
                            num(c.shareCloserToNew()), num(c.notRecovered()));
                }
            }
        }
        try (ResultCsv w = ResultCsv.open(out.resolve("drift-contacts.csv"), List.of("family", "contact_id", "change",
                "attempts_before", "attempts_after", "r_new_0", "r_old_0", "eligible", "recovered_at", "r_new_last",
                "r_old_last"))) {
            for (var f : r.families()) {
                for (var t : f.tracks()) {
                    int last = t.rNew().length - 1;
                    w.row(f.family(), t.contactId(), t.change(), t.before(), t.after(),
                            last < 0 ? "" : num(t.rNew()[0]), last < 0 ? "" : num(t.rOld()[0]), t.eligible(),
                            t.recoveredAt() < 0 ? "" : t.recoveredAt(), last < 0 ? "" : num(t.rNew()[last]),
                            last < 0 ? "" : num(t.rOld()[last]));
                }
            }
        }
        try (ResultCsv w = ResultCsv.open(out.resolve("drift-population.csv"), List.of("family", "k", "contacts",
                "mean_r_ref", "mean_r_new", "gap", "gap_lo", "gap_hi", "within_tolerance"))) {
            for (var f : r.families()) {
                for (var p : f.population().points()) {
                    w.row(ResultCsv.cellsOf(f.family(), p.k(), p.contacts(), num(p.meanRef()), num(p.meanNew()))
                            .add(num(p.gap().value()), num(p.gap().lo()), num(p.gap().hi()), p.within()).cells());
                }
            }
        }
        try (ResultCsv w = ResultCsv.open(out.resolve("posterior-coverage.csv"), List.of("family", "nominal",
                "coverage", "below", "mean_width", "attempts", "contacts", "draws"))) {
            for (var f : r.families()) {
                if (f.coverage() != null) {
                    for (var l : f.coverage().levels()) {
                        w.row(f.family(), num(l.nominal()), num(l.coverage()), num(l.below()), num(l.meanWidth()),
                                f.coverage().attempts(), f.coverage().contacts(), f.coverage().draws());
                    }
                }
            }
        }
        ResultJson.MAPPER.writeValue(out.resolve("summary.json").toFile(), SummaryJson.of(r, o, source, world));
    }

    /** The console table: profile correlation and drift recovery per family. */
    public static String table(TruthCheckResult r, TruthCheckOptions o) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "profile correlation with the truth, %s, %s:%n", r.week(), o.window()));
        sb.append(String.format(Locale.ROOT, "%-9s %-30s %-8s %-8s | %-30s %-8s%n", "model",
                ">= " + o.minAttempts() + " attempts: mean [95% CI]", "median", "r>0.5", "all contacts: mean [95% CI]",
                "r>0.5"));
        for (var f : r.families()) {
            var a = f.withData();
            var b = f.all();
            sb.append(String.format(Locale.ROOT, "%-9s %-30s %-8s %-8s | %-30s %-8s%n", f.family(),
                    ci(a.mean()) + " n=" + a.contacts(), fmt(a.median().value()), pct(a.shareAboveHalf()),
                    ci(b.mean()) + " n=" + b.contacts(), pct(b.shareAboveHalf())));
        }
        sb.append(String.format(Locale.ROOT, "drift recovery (attempts after the change until r_new > r_old for %d in a row):%n",
                DriftRecovery.HOLD));
        sb.append(String.format(Locale.ROOT, "%-9s %8s %8s %9s %10s %-22s %s%n", "model", "changed", "eligible",
                "attempts", "recovered", "median attempts [CI]", "mean r_new/r_old at k=0, 10, 30"));
        for (var f : r.families()) {
            var d = f.drift();
            StringBuilder cp = new StringBuilder();
            for (var c : d.checkpoints()) {
                if (c.k() == 0 || c.k() == 10 || c.k() == 30) {
                    cp.append(String.format(Locale.ROOT, "%s/%s ", fmt(c.meanNew()), fmt(c.meanOld())));
                }
            }
            sb.append(String.format(Locale.ROOT, "%-9s %8d %8d %9d %10s %-22s %s%n", f.family(), d.changed(),
                    d.eligible(), d.attemptsAfter(), pct(d.shareRecovered()), attempts(d.medianAttempts(),
                            d.maxAttempts()), cp.toString().trim()));
        }
        sb.append(String.format(Locale.ROOT, "population drift recovery (gap = r_ref of unchanged contacts in the same"
                + " week - r_new; recovered when the gap's upper 95%% bound stays <= %s):%n",
                fmt(o.recoveryTolerance())));
        int[] shown = {0, 5, 10, 20, 30, 50};
        StringBuilder head = new StringBuilder();
        for (int k : shown) {
            head.append(String.format(Locale.ROOT, " %-22s", "gap k=" + k));
        }
        sb.append(String.format(Locale.ROOT, "%-9s %5s%s %s%n", "model", "ref", head, "attempts to recovery"));
        for (var f : r.families()) {
            var ps = f.population();
            StringBuilder row = new StringBuilder();
            for (int k : shown) {
                var p = ps.points().stream().filter(x -> x.k() == k).findFirst();
                row.append(String.format(Locale.ROOT, " %-22s", p.isPresent() ? ci(p.get().gap()) : "-"));
            }
            String rec = ps.recovered() ? String.valueOf(ps.attempts())
                    : ps.lastK() < 0 ? "-" : "not within " + ps.lastK();
            sb.append(String.format(Locale.ROOT, "%-9s %5d%s %s%n", f.family(), ps.referenceContacts(), row, rec));
        }
        if (r.families().stream().anyMatch(f -> f.coverage() != null)) {
            sb.append(String.format(Locale.ROOT, "posterior coverage (share of held-out attempts of %s whose true"
                    + " probability lies in the posterior's central interval):%n", r.week()));
            sb.append(String.format(Locale.ROOT, "%-9s %8s %8s %8s %10s %9s%n", "model", "nominal", "coverage",
                    "below", "mean width", "attempts"));
            for (var f : r.families()) {
                if (f.coverage() == null) {
                    sb.append(String.format(Locale.ROOT, "%-9s %8s%n", f.family(), "no posterior"));
                    continue;
                }
                for (var l : f.coverage().levels()) {
                    sb.append(String.format(Locale.ROOT, "%-9s %8s %8s %8s %10s %9d%n", f.family(),
                            pct(l.nominal()), pct1(l.coverage()), pct1(l.below()), fmt(l.meanWidth()),
                            f.coverage().attempts()));
                }
            }
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : "-";
    }

    private static String pct1(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "-";
    }

    private static String ci(Estimate e) {
        return Double.isNaN(e.lo()) ? fmt(e.value())
                : String.format(Locale.ROOT, "%s [%s, %s]", fmt(e.value()), fmt(e.lo()), fmt(e.hi()));
    }

    private static String attempts(Estimate e, int cap) {
        return String.format(Locale.ROOT, "%s [%s, %s]", count(e.value(), cap), count(e.lo(), cap), count(e.hi(), cap));
    }

    private static String count(double v, int cap) {
        return Double.isNaN(v) ? "-" : Double.isInfinite(v) ? ">" + cap : String.format(Locale.ROOT, "%.0f", v);
    }

}
