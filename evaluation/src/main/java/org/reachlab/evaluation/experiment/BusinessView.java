package org.reachlab.evaluation.experiment;

import org.reachlab.stats.Estimate;

/**
 * What a contact-rate uplift means for one rep in a month, the way sales leaders compute it:
 * dials = calls per day x working days; connects = dials x contact rate; meetings = connects x
 * conversion; deals = meetings x close rate; revenue = deals x deal size.
 *
 * @param dialsPerRepMonth    dials per rep and month
 * @param championConnects    connects per rep and month under the champion
 * @param challengerConnects  under the challenger
 * @param extraConnects       the difference (with the uplift's 95% interval: low, high)
 * @param extraConnectsLo     low end
 * @param extraConnectsHi     high end
 * @param extraMeetings       extra meetings per rep and month
 * @param extraRevenue        extra revenue per rep and month
 * @param extraRevenueLo      low end
 * @param extraRevenueHi      high end
 * @param toolCost            tool cost per rep and month
 * @param net                 extra revenue minus tool cost
 * @param roi                 net / tool cost (NaN when the tool is free)
 * @param currency            currency label
 */
public record BusinessView(double dialsPerRepMonth, double championConnects, double challengerConnects,
                           double extraConnects, double extraConnectsLo, double extraConnectsHi, double extraMeetings,
                           double extraRevenue, double extraRevenueLo, double extraRevenueHi, double toolCost,
                           double net, double roi, String currency) {

    /** The view of an uplift in contact rate (champion rate, uplift with its interval). */
    public static BusinessView of(ExperimentConfig.Business b, double championRate, Estimate uplift) {
        double dials = b.callsPerDay() * b.workingDaysPerMonth();
        double perConnect = b.conversion() * b.closeRate() * b.dealSize();
        double extra = dials * uplift.value();
        double lo = Double.isNaN(uplift.lo()) ? Double.NaN : dials * uplift.lo();
        double hi = Double.isNaN(uplift.hi()) ? Double.NaN : dials * uplift.hi();
        double revenue = extra * perConnect;
        double net = revenue - b.toolCostPerRepPerMonth();
        return new BusinessView(dials, dials * championRate, dials * (championRate + uplift.value()), extra, lo, hi,
                extra * b.conversion(), revenue, lo * perConnect, hi * perConnect, b.toolCostPerRepPerMonth(), net,
                b.toolCostPerRepPerMonth() > 0 ? net / b.toolCostPerRepPerMonth() : Double.NaN, b.currency());
    }
}
