package org.reachlab.signals.sample;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.reachlab.signals.SignalNote;

/**
 * Generates a seeded mix of CRM-style notes: a share with timing statements ("try after 3 on
 * Tuesdays"), a share with numbers that are not times (prices, seats), and the rest plain text.
 */
public final class SyntheticNotes {

    private static final String[] WHO = {"Spoke to", "Emailed", "Call with", "Met", "Chatted with", "Reached"};
    private static final String[] ROLE = {"the CFO", "the head of IT", "procurement", "the office manager",
        "the plant director", "the owner", "her assistant", "the gatekeeper", "the new buyer"};
    private static final String[] ABOUT = {"discussed the analytics add-on", "wants a reference customer",
        "asked for the security whitepaper", "is comparing us with two competitors", "needs sign-off from legal",
        "liked the demo but budget is tight", "is happy with the current vendor", "wants a trial for the team",
        "raised concerns about data residency", "asked about volume discounts", "will loop in the CTO",
        "prefers email over calls", "forwarded the proposal internally"};
    private static final String[] NUMBERS = {"Quote for 50 seats sent, 12 percent discount.",
        "They run 3 warehouses and 140 trucks.", "Budget is around 40k for version 2.", "Renewal covers 25 licences."};
    private static final String[] TIMING = {"Best to reach her Tuesdays between 2 and 3 pm.",
        "GK: in meetings every morning, try after 1:30 Tue/Thu.", "OOO until the 14th.",
        "Never call on Monday mornings.", "Asked us to call back tomorrow at 10.", "Out the rest of the week.",
        "Afternoons are better for him.", "She is on vacation next week.", "Not before 10, any time after lunch works.",
        "Prefers calls late morning, Monday to Thursday.", "Back in the office on Thursday.",
        "Evenings after work are best."};

    private SyntheticNotes() {
    }

    /**
     * Generates notes.
     *
     * @param n           how many
     * @param timingShare share of notes with a timing statement, 0–1
     * @param seed        random seed
     * @return the notes, ids {@code s-0..}
     */
    public static List<SignalNote> generate(int n, double timingShare, long seed) {
        if (n < 0 || timingShare < 0 || timingShare > 1) {
            throw new IllegalArgumentException("need n >= 0 and timingShare in 0..1, received n=" + n
                    + " timingShare=" + timingShare);
        }
        SplittableRandom r = new SplittableRandom(seed);
        OffsetDateTime base = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<SignalNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            t.append(WHO[r.nextInt(WHO.length)]).append(' ').append(ROLE[r.nextInt(ROLE.length)]).append(", ")
                    .append(ABOUT[r.nextInt(ABOUT.length)]).append('.');
            double u = r.nextDouble();
            if (u < timingShare) {
                t.append(' ').append(TIMING[r.nextInt(TIMING.length)]);
            } else if (u < timingShare + (1 - timingShare) * 0.2) {
                t.append(' ').append(NUMBERS[r.nextInt(NUMBERS.length)]);
            }
            OffsetDateTime at = base.plusMinutes(r.nextInt(60 * 24 * 60));
            out.add(new SignalNote("s-" + i, "c-" + r.nextInt(Math.max(1, n / 5)), at, t.toString(), "en", zone));
        }
        return out;
    }
}
