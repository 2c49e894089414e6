package org.reachlab.evaluation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.pilot.PilotAnalysis;
import org.reachlab.evaluation.pilot.PilotResult;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.RandomisationInference;

/**
 * Writes a pilot's {@code report.html}: the verdict on each metric (difference in differences
 * with its rep-level interval, the contact-level bootstrap beside it, the naive before/after), the
 * checks and their warnings first, the weekly curves of both teams before and after the start, the
 * placebo starts, the novelty curve, the uplift per segment and country, the rep and contact mix, and
 * the return on investment. One self-contained page in the experiment report's style.
 */
public final class PilotReportWriter {

    private PilotReportWriter() {
    }

    /** Writes the page into the file. */
    public static void write(PilotResult r, Path file) throws IOException {
        Files.writeString(file, html(r), StandardCharsets.UTF_8);
    }

    /** The page. */
    public static String html(PilotResult r) {
        Map<String, Object> model = new HashMap<>();
        model.put("csp", ReportWriter.CSP);
        model.put("title", r.info().start().toString());
        model.put("body", body(r));
        return Templates.render("pilot", model);
    }

    private static String body(PilotResult r) {
        StringBuilder b = new StringBuilder();
        PilotResult.Info i = r.info();
        b.append(f("<p>Data <code>%s</code>: pilot from <b>%s</b> to %s (exclusive) against the log from %s. Pilot"
                + " reps (%s): %s. Control reps: %s. %d calls analysed; left out: %d of reps the reps file does not"
                + " list, %d of reps in neither team, %d without a rep, %d after the end, %d non-live, %d unreadable.</p>",
                esc(i.data()), i.start(), i.end(), i.first(), esc(i.teamsSource()), esc(String.join(", ", i.pilot())),
                esc(String.join(", ", i.control())), i.coverage().analysed(), i.coverage().unknownRep(),
                i.coverage().otherTeam(), i.coverage().noRep(), i.coverage().afterEnd(), i.log().nonLive(),
                i.log().unreadableTotal()));
        b.append("<nav><a href=\"#checks\">Checks</a><a href=\"#metrics\">Metrics</a><a href=\"#curves\">Weekly"
                + " curves</a><a href=\"#novelty\">Novelty</a><a href=\"#subgroups\">Segments and countries</a>"
                + "<a href=\"#mix\">Rep and contact mix</a><a href=\"#roi\">Return</a></nav>");
        b.append("<h2 id=\"checks\">Checks to read first</h2>");
        if (r.checks().warnings().isEmpty()) {
            b.append("<p>No check raised a warning.</p>");
        } else {
            b.append("<ul>");
            r.checks().warnings().forEach(w -> b.append("<li class=\"warn\">").append(esc(w)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<h2 id=\"metrics\">Before and after, pilot and control</h2>");
        b.append("<p>Difference in differences: (pilot after − pilot before) − (control after − control before),"
                + " with each rep's own change as the unit. Interval: ").append(esc(i.inference()))
                .append("</p><p class=\"muted\">Beside it: ").append(esc(PilotAnalysis.CONTACT_BOOTSTRAP))
                .append(".</p>");
        b.append("<table><tr><th>metric</th><th>pilot before</th><th>pilot after</th><th>control before</th>"
                + "<th>control after</th><th>naive before/after (pilot)</th><th>difference in differences [95%, reps]</th>"
                + "<th>p</th><th>contact-level bootstrap (for comparison)</th></tr>");
        for (PilotResult.Metric m : r.metrics()) {
            if (!m.available()) {
                b.append(f("<tr><td>%s</td><td colspan=\"8\" class=\"muted\">unavailable: %s</td></tr>", esc(m.label()),
                        esc(m.reason())));
                continue;
            }
            boolean pct = m.key().equals("contact_rate") || m.key().equals("conversion");
            PilotResult.Cells c = m.cells();
            b.append(f("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td>"
                    + "<td>%s</td></tr>", esc(m.label()), v(c.pilotBefore(), pct), v(c.pilotAfter(), pct),
                    v(c.controlBefore(), pct), v(c.controlAfter(), pct), d(c.naive(), pct), did(m.did(), pct),
                    m.did() == null ? "" : f("%.3f", m.did().pValue()), boot(m.contactBootstrap(), pct)));
        }
        b.append("</table><p class=\"muted\">Shares in percent and differences of shares in points. Time to connect:"
                + " Kaplan-Meier restricted means (a shorter time is better).</p>");
        b.append("<h2 id=\"curves\">Weekly curves of both teams</h2>");
        b.append("<div class=\"grid\"><figure>").append(curve(r.weekly(), true)).append("</figure><figure>")
                .append(curve(r.weekly(), false)).append("</figure></div>");
        b.append("<p>Placebo starts (only calls before the real start, split at an earlier week; the difference in"
                + " differences should be near 0). Slope of the weekly pilot-minus-control gap before the start: ")
                .append(d(r.checks().preTrendSlope(), true)).append(" points a week.</p>");
        b.append("<table><tr><th>placebo start</th><th>weeks before the start</th><th>contact-rate DiD [95%]</th></tr>");
        for (PilotResult.Placebo p : r.checks().placebos()) {
            b.append(f("<tr><td>%s</td><td>%d</td><td>%s</td></tr>", p.start(), p.weeksBefore(), did(p.did(), true)));
        }
        b.append("</table>");
        b.append("<h2 id=\"novelty\">Uplift by week since the start</h2><figure>").append(novelty(r.checks().novelty()))
                .append("</figure>");
        b.append("<h2 id=\"subgroups\">Uplift per segment and per country</h2>");
        subgroups(b, "segment (industry | role)", r.bySegment());
        subgroups(b, "country", r.byCountry());
        b.append("<h2 id=\"mix\">Rep and contact mix</h2>");
        PilotResult.SampleRatio s = r.checks().sampleRatio();
        b.append(f("<p>Sample ratio: the pilot team made %s of the calls before and %s after (chi-square p = %s).</p>",
                pctS(s.before()), pctS(s.after()), Double.isNaN(s.pValue()) ? "n/a" : f("%.3g", s.pValue())));
        b.append("<table><tr><th>rep</th><th>team</th><th>calls before</th><th>calls after</th><th>days before</th>"
                + "<th>days after</th><th>contact rate before</th><th>after</th></tr>");
        for (PilotResult.RepRow rr : r.checks().reps()) {
            b.append(f("<tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td></tr>",
                    esc(rr.rep()), rr.team(), rr.callsBefore(), rr.callsAfter(), rr.daysBefore(), rr.daysAfter(),
                    pctS(rr.rateBefore()), pctS(rr.rateAfter())));
        }
        b.append("</table>");
        mix(b, "Segment mix", r.checks().segmentMix());
        mix(b, "Country mix", r.checks().countryMix());
        b.append("<h2 id=\"roi\">Return on investment per pilot rep and month</h2>");
        PilotResult.Roi roi = r.roi();
        b.append(f("<p>Measured: %s calls a rep-day (pilot, after), conversion %s meetings per connect; revenue per"
                + " meeting %s (%s); %d working days a month. Extra connects = contact-rate DiD × calls a rep-day ×"
                + " working days; extra meetings = × conversion; extra revenue = × revenue per meeting; net = − tool"
                + " cost; return = net / tool cost. The brackets carry the DiD's interval through.</p>",
                v(roi.callsPerRepDay(), false), v(roi.conversion(), false), v(roi.revenuePerMeeting(), false),
                esc(roi.revenueSource()), roi.workingDays()));
        b.append("<table><tr><th>per rep and month</th><th>value [95%]</th></tr>");
        b.append(f("<tr><td>extra connects</td><td>%s</td></tr>", tri(roi.extraConnects())));
        b.append(f("<tr><td>extra meetings</td><td>%s</td></tr>", tri(roi.extraMeetings())));
        b.append(f("<tr><td>extra revenue (%s)</td><td>%s</td></tr>", esc(roi.currency()), tri(roi.extraRevenue())));
        b.append(f("<tr><td>net</td><td>%s</td></tr>", tri(roi.net())));
        b.append(f("<tr><td>return on the tool cost</td><td>%s</td></tr>", tri(roi.roi())));
        b.append("</table>");
        if (!roi.available()) {
            b.append("<p class=\"muted\">Not complete: ").append(esc(roi.reason())).append(".</p>");
        }
        return b.toString();
    }

    private static String curve(List<PilotResult.Week> weeks, boolean rate) {
        int n = weeks.size();
        double[] xs = new double[n];
        double[] p = new double[n];
        double[] c = new double[n];
        double max = 0;
        for (int k = 0; k < n; k++) {
            PilotResult.Week w = weeks.get(k);
            xs[k] = w.week();
            p[k] = rate ? 100 * w.pilotRate() : w.pilotMeetingsPerRepDay();
            c[k] = rate ? 100 * w.controlRate() : w.controlMeetingsPerRepDay();
            max = Math.max(max, Math.max(Double.isNaN(p[k]) ? 0 : p[k], Double.isNaN(c[k]) ? 0 : c[k]));
        }
        Chart ch = new Chart(rate ? "Contact rate by week" : "Meetings per rep-day by week", xs[0] - 0.5,
                xs[n - 1] + 0.5, 0, max * 1.15 + 1e-9, "week since the start (0 = first pilot week)",
                rate ? "contact rate (%)" : "meetings per rep-day", 540, 300);
        ch.line(xs, p, Chart.PALETTE[1], false, false, "pilot team");
        ch.line(xs, c, Chart.PALETTE[0], false, false, "control team");
        ch.line(new double[] {-0.5, -0.5}, new double[] {0, max * 1.15}, "#999", false, true, "start");
        return ch.svg();
    }

    private static String novelty(List<PilotResult.NoveltyWeek> weeks) {
        if (weeks.isEmpty()) {
            return "";
        }
        double lo = 0;
        double hi = 0;
        double[] xs = new double[weeks.size()];
        double[] ys = new double[weeks.size()];
        for (int k = 0; k < weeks.size(); k++) {
            RandomisationInference.Result d = weeks.get(k).did();
            xs[k] = weeks.get(k).week();
            ys[k] = d == null ? Double.NaN : 100 * d.estimate();
            if (d != null && Double.isFinite(d.lo()) && Double.isFinite(d.hi())) {
                lo = Math.min(lo, 100 * d.lo());
                hi = Math.max(hi, 100 * d.hi());
            }
        }
        Chart ch = new Chart("Contact-rate DiD by week since the start", 0.5, weeks.size() + 0.5, lo * 1.1 - 0.5,
                hi * 1.1 + 0.5, "week since the start", "points", 540, 280);
        ch.hline(0, "#999");
        for (int k = 0; k < weeks.size(); k++) {
            RandomisationInference.Result d = weeks.get(k).did();
            if (d != null && Double.isFinite(d.lo()) && Double.isFinite(d.hi())) {
                ch.errorBar(xs[k], 100 * d.lo(), 100 * d.hi(), Chart.PALETTE[1]);
            }
        }
        ch.points(xs, ys, null, Chart.PALETTE[1], "DiD [95%]");
        return ch.svg();
    }

    private static void subgroups(StringBuilder b, String what, List<PilotResult.Subgroup> list) {
        b.append("<table><tr><th>").append(esc(what)).append("</th><th>calls</th><th>pilot before</th><th>pilot after</th>"
                + "<th>control before</th><th>control after</th><th>contact-rate DiD [95%, reps]</th></tr>");
        for (PilotResult.Subgroup s : list) {
            b.append(f("<tr><td>%s</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>",
                    esc(s.name()), s.calls(), pctS(s.cells().pilotBefore()), pctS(s.cells().pilotAfter()),
                    pctS(s.cells().controlBefore()), pctS(s.cells().controlAfter()),
                    s.did() == null ? esc(s.note()) : did(s.did(), true)));
        }
        b.append("</table>");
    }

    private static void mix(StringBuilder b, String title, PilotResult.Mix mx) {
        b.append(f("<p>%s (share of each team's calls; total variation from before to after: pilot %s, control %s)</p>",
                title, pctS(mx.pilotShift()), pctS(mx.controlShift())));
        b.append("<table><tr><th></th><th>pilot before</th><th>pilot after</th><th>control before</th>"
                + "<th>control after</th></tr>");
        for (int j = 0; j < mx.categories().size(); j++) {
            b.append(f("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", esc(mx.categories().get(j)),
                    pctS(mx.pilotBefore()[j]), pctS(mx.pilotAfter()[j]), pctS(mx.controlBefore()[j]),
                    pctS(mx.controlAfter()[j])));
        }
        b.append("</table>");
    }

    private static String v(double x, boolean pct) {
        return Double.isNaN(x) ? "n/a" : pct ? Formats.pct(x) : f("%.3f", x);
    }

    private static String d(double x, boolean pct) {
        return Double.isNaN(x) ? "n/a" : pct ? Formats.pts(x) : f("%+.3f", x);
    }

    private static String pctS(double x) {
        return Formats.pct(x);
    }

    private static String did(RandomisationInference.Result r, boolean pct) {
        if (r == null) {
            return "not estimable";
        }
        double k = pct ? 100 : 1;
        String fmt = pct ? "%+.2f" : "%+.3f";
        String lo = Double.isInfinite(r.lo()) ? "−∞" : f(fmt, k * r.lo());
        String hi = Double.isInfinite(r.hi()) ? "+∞" : f(fmt, k * r.hi());
        String e = f(fmt, k * r.estimate());
        return r.excludesZero() ? "<b>" + e + "</b> [" + lo + ", " + hi + "]" : e + " [" + lo + ", " + hi + "]";
    }

    private static String boot(Estimate e, boolean pct) {
        if (e == null) {
            return "<span class=\"muted\">n/a</span>";
        }
        double k = pct ? 100 : 1;
        String fmt = pct ? "%+.2f" : "%+.3f";
        return "<span class=\"muted\">" + f(fmt, k * e.value()) + (e.hasInterval()
                ? " [" + f(fmt, k * e.lo()) + ", " + f(fmt, k * e.hi()) + "]" : "") + "</span>";
    }

    private static String tri(double[] t) {
        if (Double.isNaN(t[0])) {
            return "n/a";
        }
        return Double.isNaN(t[1]) || Double.isInfinite(t[1]) || Double.isInfinite(t[2])
                ? f("%+.1f", t[0]) : f("%+.1f [%+.1f, %+.1f]", t[0], t[1], t[2]);
    }

    private static String esc(String s) {
        return Html.esc(s == null ? "" : s);
    }

    private static String f(String fmt, Object... args) {
        return Formats.f(fmt, args);
    }
}
