package org.reachlab.evaluation.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.synth.SyntheticWorld;
import org.reachlab.data.synth.WorldConfig;
import org.reachlab.evaluation.metric.Metric;
import org.reachlab.evaluation.simulation.SimulatedCall;
import org.reachlab.models.policy.DueContact;
import org.reachlab.models.policy.learned.LearnedPolicy;
import org.reachlab.stats.Estimate;

/**
 * Slot heat maps, true versus learned, for the contacts the challenger dialled most in the first
 * seed: the world's connect probability by weekday and hour in the evaluation week in which those
 * contacts are most reachable, and what the challenger and the best learned policy of each other
 * model believed at the end of their run.
 */
final class SlotHeatmaps {

    private SlotHeatmaps() {
    }

    /**
     * @param world      the world config (its dialing rules mask the slots)
     * @param evalStart  the first day of the first seed's evaluation period
     * @param w          the first seed's world
     * @param learned    the first seed's learned policies as they ended, by label
     * @param calls      the first seed's dials, by label
     */
    static List<ExperimentResult.Heatmap> draw(ExperimentConfig config, WorldConfig world, LocalDate evalStart,
                                               SyntheticWorld w, Map<String, LearnedPolicy> learned,
                                               Map<String, List<SimulatedCall>> calls, String challenger,
                                               Map<String, Map<Metric, Estimate>> summary) {
        List<ExperimentResult.Heatmap> out = new ArrayList<>();
        if (learned.isEmpty()) {
            return out;
        }
        // the challenger (or the first learned policy), then the best learned policy of each other model
        List<String> drawn = new ArrayList<>();
        drawn.add(learned.containsKey(challenger) ? challenger : learned.keySet().iterator().next());
        for (String model : config.models()) {
            config.policies().stream().filter(p -> p.learned() && model.equals(p.model()))
                    .map(ExperimentConfig.PolicySpec::label)
                    .max(Comparator.comparingDouble((String p) -> summary.get(p).get(Metric.CONTACT_RATE).value()))
                    .filter(p -> drawn.stream().noneMatch(d -> learned.get(d).belief().name()
                            .equals(learned.get(p).belief().name())))
                    .ifPresent(drawn::add);
        }
        String who = drawn.get(0);
        Map<Integer, Integer> dials = new HashMap<>();
        for (SimulatedCall c : calls.getOrDefault(who, List.of())) {
            dials.merge(c.contactIndex(), 1, Integer::sum);
        }
        List<Integer> chosen = dials.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.report().sampleContacts()).map(Map.Entry::getKey).toList();
        WorldConfig.Dialing rules = world.dialing();
        // the evaluation week in which the sample contacts are most reachable (not a holiday week)
        LocalDate monday = w.end().minusWeeks(1);
        double bestMean = -1;
        for (LocalDate m = evalStart; m.isBefore(w.end()); m = m.plusWeeks(1)) {
            double sum = 0;
            for (int i : chosen) {
                for (int d = 0; d < 5; d++) {
                    for (int h = rules.earliest(); h < rules.latest(); h++) {
                        sum += w.connectProbability(i, m.plusDays(d), h);
                    }
                }
            }
            if (sum > bestMean) {
                bestMean = sum;
                monday = m;
            }
        }
        int mask = 0;
        for (int h = rules.earliest(); h < rules.latest(); h++) {
            mask |= 1 << h;
        }
        for (int i : chosen) {
            Contact c = w.contacts().get(i);
            double[][] truth = new double[7][24];
            Map<String, double[][]> beliefs = new LinkedHashMap<>();
            for (String p : drawn) {
                beliefs.put(p, new double[7][24]);
            }
            for (int d = 0; d < 7; d++) {
                LocalDate date = monday.plusDays(d);
                DueContact due = new DueContact(i, c, mask, 1, 0, null, new int[24], List.of());
                Map<String, double[]> means = new LinkedHashMap<>();
                for (String p : drawn) {
                    means.put(p, learned.get(p).belief().mean(due, date));
                }
                for (int h = 0; h < 24; h++) {
                    boolean ok = h >= rules.earliest() && h < rules.latest() && (rules.weekends() || d < 5);
                    truth[d][h] = ok ? w.connectProbability(i, date, h) : Double.NaN;
                    for (String p : drawn) {
                        beliefs.get(p)[d][h] = ok ? means.get(p)[h] : Double.NaN;
                    }
                }
            }
            out.add(new ExperimentResult.Heatmap(c.id(), c.industry() + " / " + c.role(), monday.toString(), truth,
                    beliefs));
        }
        return out;
    }
}
