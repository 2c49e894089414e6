package org.reachlab.evaluation.pilot;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.evaluation.output.ResultJson;
import org.reachlab.stats.Estimate;
import org.reachlab.stats.RandomisationInference;

/**
 * Writes a pilot's {@code summary.json}: per metric its four pooled figures, the naive before/after
 * of the pilot team, {@code did.{estimate, lo, hi, p_value, ...}} (rep-level randomisation
 * inference) and {@code contact_bootstrap} beside it; an unavailable metric says why. Numbers that
 * do not exist (no interval, an infinite bound) are {@code null}.
 */
public final class PilotSummary {

    private PilotSummary() {
    }

    /** Writes the file. */
    public static void write(PilotResult r, Path file) throws IOException {
        Files.writeString(file, json(r) + "\n", StandardCharsets.UTF_8);
    }

    /** The JSON text. */
    public static String json(PilotResult r) {
        try {
            return ResultJson.MAPPER.writeValueAsString(tree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the pilot summary", e);
        }
    }

    /** The summary as nested maps. */
    public static Map<String, Object> tree(PilotResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        PilotResult.Info i = r.info();
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("data", i.data());
        window.put("first_day", i.first().toString());
        window.put("start", i.start().toString());
        window.put("end_exclusive", i.end().toString());
        window.put("teams_from", i.teamsSource());
        window.put("pilot_reps", i.pilot());
        window.put("control_reps", i.control());
        m.put("pilot", window);
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("rows_read", i.log().rowsRead());
        calls.put("live", i.log().live());
        calls.put("non_live_left_out", i.log().nonLive());
        calls.put("unreadable_left_out", i.log().unreadable());
        calls.put("analysed", i.coverage().analysed());
        calls.put("unknown_rep_left_out", i.coverage().unknownRep());
        calls.put("other_team_left_out", i.coverage().otherTeam());
        calls.put("no_rep_left_out", i.coverage().noRep());
        calls.put("after_end_left_out", i.coverage().afterEnd());
        calls.put("unknown_contact_kept", i.log().unknownContact());
        m.put("calls", calls);
        m.put("inference", i.inference());
        m.put("contact_bootstrap_label", PilotAnalysis.CONTACT_BOOTSTRAP);
        for (PilotResult.Metric metric : r.metrics()) {
            m.put(metric.key(), metric(metric));
        }
        m.put("roi", roi(r.roi()));
        m.put("checks", checks(r.checks()));
        m.put("by_segment", subgroups(r.bySegment()));
        m.put("by_country", subgroups(r.byCountry()));
        List<Object> weeks = new ArrayList<>();
        for (PilotResult.Week w : r.weekly()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("week", w.week());
            x.put("from", w.from().toString());
            x.put("pilot_calls", w.pilotCalls());
            x.put("control_calls", w.controlCalls());
            x.put("pilot_contact_rate", num(w.pilotRate()));
            x.put("control_contact_rate", num(w.controlRate()));
            x.put("pilot_meetings_per_rep_day", num(w.pilotMeetingsPerRepDay()));
            x.put("control_meetings_per_rep_day", num(w.controlMeetingsPerRepDay()));
            weeks.add(x);
        }
        m.put("weekly", weeks);
        return m;
    }

    private static Map<String, Object> metric(PilotResult.Metric metric) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("label", metric.label());
        x.put("unit", metric.unit());
        x.put("available", metric.available());
        if (!metric.available()) {
            x.put("reason", metric.reason());
            return x;
        }
        x.put("pilot_before", num(metric.cells().pilotBefore()));
        x.put("pilot_after", num(metric.cells().pilotAfter()));
        x.put("control_before", num(metric.cells().controlBefore()));
        x.put("control_after", num(metric.cells().controlAfter()));
        x.put("naive_before_after", num(metric.cells().naive()));
        x.put("pooled_did", num(metric.cells().pooledDid()));
        x.put("did", did(metric.did()));
        if (metric.contactBootstrap() != null) {
            x.put("contact_bootstrap", estimate(metric.contactBootstrap()));
        }
        return x;
    }

    /** A randomisation-inference result as JSON (null when not estimable). */
    static Map<String, Object> did(RandomisationInference.Result d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("estimate", num(d.estimate()));
        x.put("lo", num(d.lo()));
        x.put("hi", num(d.hi()));
        x.put("p_value", num(d.pValue()));
        x.put("method", "randomisation inference over rep assignments");
        x.put("assignments", d.assignments());
        x.put("exact", d.exact());
        x.put("pilot_reps", d.treated());
        x.put("reps", d.units());
        return x;
    }

    private static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("estimate", num(e.value()));
        x.put("lo", num(e.lo()));
        x.put("hi", num(e.hi()));
        x.put("contacts", e.n());
        x.put("label", "contact-level bootstrap (ignores reps; for comparison only)");
        return x;
    }

    private static Map<String, Object> roi(PilotResult.Roi roi) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("available", roi.available());
        if (roi.reason() != null) {
            x.put("reason", roi.reason());
        }
        x.put("per", "pilot rep and month");
        x.put("calls_per_rep_day", num(roi.callsPerRepDay()));
        x.put("conversion", num(roi.conversion()));
        x.put("revenue_per_meeting", num(roi.revenuePerMeeting()));
        x.put("revenue_per_meeting_from", roi.revenueSource());
        x.put("working_days", roi.workingDays());
        x.put("extra_connects", triple(roi.extraConnects()));
        x.put("extra_meetings", triple(roi.extraMeetings()));
        x.put("extra_revenue", triple(roi.extraRevenue()));
        x.put("tool_cost", num(roi.toolCost()));
        x.put("net", triple(roi.net()));
        x.put("roi", triple(roi.roi()));
        x.put("currency", roi.currency());
        return x;
    }

    private static Map<String, Object> checks(PilotResult.Checks c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("warnings", c.warnings());
        List<Object> placebos = new ArrayList<>();
        for (PilotResult.Placebo p : c.placebos()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("start", p.start().toString());
            y.put("weeks_before_start", p.weeksBefore());
            y.put("contact_rate_did", did(p.did()));
            placebos.add(y);
        }
        x.put("placebo_starts", placebos);
        x.put("pre_trend_slope_per_week", num(c.preTrendSlope()));
        x.put("pre_period_gap", did(c.preGap()));
        Map<String, Object> srm = new LinkedHashMap<>();
        srm.put("pilot_share_before", num(c.sampleRatio().before()));
        srm.put("pilot_share_after", num(c.sampleRatio().after()));
        srm.put("calls", List.of(c.sampleRatio().pilotBefore(), c.sampleRatio().controlBefore(),
                c.sampleRatio().pilotAfter(), c.sampleRatio().controlAfter()));
        srm.put("calls_order", "pilot before, control before, pilot after, control after");
        srm.put("p_value", num(c.sampleRatio().pValue()));
        x.put("sample_ratio", srm);
        List<Object> reps = new ArrayList<>();
        for (PilotResult.RepRow rr : c.reps()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("rep", rr.rep());
            y.put("team", rr.team());
            y.put("calls_before", rr.callsBefore());
            y.put("calls_after", rr.callsAfter());
            y.put("days_before", rr.daysBefore());
            y.put("days_after", rr.daysAfter());
            y.put("contact_rate_before", num(rr.rateBefore()));
            y.put("contact_rate_after", num(rr.rateAfter()));
            reps.add(y);
        }
        x.put("rep_mix", reps);
        x.put("segment_mix", mix(c.segmentMix()));
        x.put("country_mix", mix(c.countryMix()));
        List<Object> nov = new ArrayList<>();
        for (PilotResult.NoveltyWeek w : c.novelty()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("week_since_start", w.week());
            y.put("contact_rate_did", did(w.did()));
            nov.add(y);
        }
        x.put("novelty", nov);
        return x;
    }

    private static Map<String, Object> mix(PilotResult.Mix mx) {
        Map<String, Object> y = new LinkedHashMap<>();
        for (int j = 0; j < mx.categories().size(); j++) {
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("pilot_before", num(mx.pilotBefore()[j]));
            z.put("pilot_after", num(mx.pilotAfter()[j]));
            z.put("control_before", num(mx.controlBefore()[j]));
            z.put("control_after", num(mx.controlAfter()[j]));
            y.put(mx.categories().get(j), z);
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("shares", y);
        x.put("pilot_shift", num(mx.pilotShift()));
        x.put("control_shift", num(mx.controlShift()));
        return x;
    }

    private static List<Object> subgroups(List<PilotResult.Subgroup> list) {
        List<Object> out = new ArrayList<>();
        for (PilotResult.Subgroup s : list) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("name", s.name());
            y.put("calls", s.calls());
            y.put("pilot_before", num(s.cells().pilotBefore()));
            y.put("pilot_after", num(s.cells().pilotAfter()));
            y.put("control_before", num(s.cells().controlBefore()));
            y.put("control_after", num(s.cells().controlAfter()));
            y.put("contact_rate_did", did(s.did()));
            if (s.note() != null) {
                y.put("note", s.note());
            }
            out.add(y);
        }
        return out;
    }

    private static List<Double> triple(double[] v) {
        List<Double> l = new ArrayList<>();
        for (double d : v) {
            l.add(num(d));
        }
        return l;
    }

    /** The number rounded to 6 significant places, or null when it is NaN or infinite. */
    static Double num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v));
    }
}
