package org.reachlab.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import org.reachlab.evaluation.experiment.BusinessView;
import org.reachlab.evaluation.experiment.Decision;
import org.reachlab.evaluation.experiment.ExperimentConfig;

/**
 * The decision section of a report as the page shows it: the verdict, its reasons, the rule and
 * the business view per rep and month, every number already formatted.
 *
 * @param verdict  {@code promote} or {@code keep} (the box's class)
 * @param headline the first reason, in bold
 * @param reasons  the further reasons
 * @param metric   the decision metric in words
 * @param minUplift the rule's minimum uplift in signed points
 * @param ruleExtra what the rule adds in this kind of experiment (empty or starting with a comma)
 * @param business the rows of the business view
 */
public record DecisionView(String verdict, String headline, List<String> reasons, String metric, String minUplift,
                           String ruleExtra, List<Row> business) {

    /** One row of the business view. */
    public record Row(String item, String value) {
    }

    /** The view of a decision and its business view. */
    static DecisionView of(Decision d, BusinessView b, ExperimentConfig.Business business, String ruleExtra) {
        String cur = b.currency();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("dials (calls per day x working days)", Formats.f("%.0f", b.dialsPerRepMonth())));
        rows.add(new Row("connects with " + d.champion(), Formats.f("%.1f", b.championConnects())));
        rows.add(new Row("connects with " + d.challenger(), Formats.f("%.1f", b.challengerConnects())));
        rows.add(new Row("extra reached contacts", Formats.f("%+.1f [%+.1f, %+.1f]", b.extraConnects(),
                b.extraConnectsLo(), b.extraConnectsHi())));
        rows.add(new Row("extra meetings (x conversion " + business.conversion() + ")",
                Formats.f("%+.2f", b.extraMeetings())));
        rows.add(new Row("extra revenue (x close rate " + business.closeRate() + " x deal size "
                + Formats.f("%.0f", business.dealSize()) + ")",
                Formats.f("%+.0f %s [%+.0f, %+.0f]", b.extraRevenue(), cur, b.extraRevenueLo(), b.extraRevenueHi())));
        rows.add(new Row("tool cost", Formats.f("%.0f %s", b.toolCost(), cur)));
        rows.add(new Row("net", Formats.f("%+.0f %s", b.net(), cur)));
        rows.add(new Row("return on the tool cost", Double.isNaN(b.roi()) ? "n/a" : Formats.f("%.1fx", b.roi())));
        return new DecisionView(d.promote() ? "promote" : "keep", d.reasons().get(0),
                d.reasons().subList(1, d.reasons().size()), d.metric().label(),
                Formats.f("%+.2f", 100 * d.minUplift()), ruleExtra, rows);
    }
}
