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

    /** The same kinds of notes in German and Norwegian, for a mixed-language mix. */
    private record Words(String[] who, String[] role, String[] about, String[] numbers, String[] timing) { }

    private static final Words ENGLISH = new Words(WHO, ROLE, ABOUT, NUMBERS, TIMING);
    private static final Words GERMAN = new Words(
            new String[] {"Gespräch mit", "Mail an", "Telefonat mit", "Treffen mit", "Kurz gesprochen mit", "Erreicht:"},
            new String[] {"dem CFO", "der IT-Leitung", "dem Einkauf", "der Büroleitung", "dem Werksleiter", "dem Inhaber",
                "ihrer Assistentin", "dem Sekretariat", "dem neuen Einkäufer"},
            new String[] {"Analytics-Modul besprochen", "möchte einen Referenzkunden", "hat das Security-Whitepaper angefragt",
                "vergleicht uns mit zwei Wettbewerbern", "braucht die Freigabe der Rechtsabteilung",
                "Demo gefiel, aber das Budget ist knapp", "ist mit dem jetzigen Anbieter zufrieden",
                "möchte einen Test für das Team", "hat Bedenken wegen Datenhaltung", "fragt nach Mengenrabatten",
                "bindet den CTO ein", "bevorzugt E-Mail statt Anrufe", "hat das Angebot intern weitergeleitet"},
            new String[] {"Angebot für 50 Plätze geschickt, 12 Prozent Rabatt.", "Sie haben 3 Lager und 140 Lkw.",
                "Budget liegt bei etwa 40k für Version 2.", "Verlängerung umfasst 25 Lizenzen."},
            new String[] {"Am besten dienstags zwischen 14 und 15 Uhr erreichbar.",
                "Sekretariat: vormittags immer in Besprechungen, ab 13:30 Di/Do versuchen.", "Bis zum 14. im Urlaub.",
                "Montagvormittags nie anrufen.", "Bittet um Rückruf morgen um 10 Uhr.", "Den Rest der Woche unterwegs.",
                "Nachmittags ist besser für ihn.", "Sie ist nächste Woche im Urlaub.",
                "Nicht vor 10, nach der Mittagspause passt es immer.", "Am liebsten am späten Vormittag, Montag bis Donnerstag.",
                "Ab Donnerstag wieder im Büro.", "In KW 12 auf der Messe."});
    private static final Words NORWEGIAN = new Words(
            new String[] {"Snakket med", "Sendte e-post til", "Samtale med", "Møtte", "Pratet med", "Nådde"},
            new String[] {"økonomisjefen", "IT-sjefen", "innkjøp", "kontorsjefen", "fabrikksjefen", "eieren",
                "assistenten hennes", "sentralbordet", "den nye innkjøperen"},
            new String[] {"diskuterte analysemodulen", "vil ha en referansekunde", "ba om sikkerhetsdokumentasjonen",
                "sammenligner oss med to konkurrenter", "trenger godkjenning fra juridisk",
                "likte demoen, men budsjettet er stramt", "er fornøyd med dagens leverandør", "vil teste med teamet",
                "er bekymret for datalagring", "spør om volumrabatt", "tar med IT-direktøren",
                "foretrekker e-post framfor samtaler", "har sendt tilbudet videre internt"},
            new String[] {"Tilbud på 50 brukere sendt, 12 prosent rabatt.", "De har 3 lagre og 140 lastebiler.",
                "Budsjettet er rundt 40k for versjon 2.", "Fornyelsen gjelder 25 lisenser."},
            new String[] {"Best å nå henne tirsdager mellom 14 og 15.",
                "Sentralbordet: i møter hver formiddag, prøv etter kl. 13.30 tir/tor.", "På ferie til den 14.",
                "Ring aldri mandag formiddag.", "Ba oss ringe tilbake i morgen kl. 10.", "Borte resten av uka.",
                "Ettermiddagene passer bedre for ham.", "Hun har ferie neste uke.",
                "Ikke før kl. 10, etter lunsj går alltid fint.", "Helst sent på formiddagen, mandag til torsdag.",
                "Tilbake på kontoret torsdag.", "Uke 12 er hun på messe."});

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
        return generate(n, timingShare, seed, 0, 0);
    }

    /**
     * Generates notes in a mix of languages, such as the synthetic world's (30% German, 10% Norwegian).
     *
     * @param n              how many
     * @param timingShare    share of notes with a timing statement, 0–1
     * @param seed           random seed
     * @param germanShare    share of notes in German, 0–1
     * @param norwegianShare share of notes in Norwegian, 0–1; with German at most 1
     * @return the notes, ids {@code s-0..}; with both shares 0 the same notes as {@link #generate(int, double, long)}
     */
    public static List<SignalNote> generate(int n, double timingShare, long seed, double germanShare,
                                            double norwegianShare) {
        if (n < 0 || timingShare < 0 || timingShare > 1) {
            throw new IllegalArgumentException("need n >= 0 and timingShare in 0..1, received n=" + n
                    + " timingShare=" + timingShare);
        }
        if (germanShare < 0 || norwegianShare < 0 || germanShare + norwegianShare > 1) {
            throw new IllegalArgumentException("need language shares >= 0 that add up to at most 1, received german="
                    + germanShare + " norwegian=" + norwegianShare);
        }
        boolean mixed = germanShare + norwegianShare > 0;
        SplittableRandom r = new SplittableRandom(seed);
        OffsetDateTime base = OffsetDateTime.parse("2026-03-02T09:00:00+01:00");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<SignalNote> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String lang = "en";
            Words w = ENGLISH;
            if (mixed) {
                double l = r.nextDouble();
                if (l < germanShare) {
                    lang = "de";
                    w = GERMAN;
                } else if (l < germanShare + norwegianShare) {
                    lang = "no";
                    w = NORWEGIAN;
                }
            }
            StringBuilder t = new StringBuilder();
            t.append(w.who()[r.nextInt(w.who().length)]).append(' ').append(w.role()[r.nextInt(w.role().length)])
                    .append(", ").append(w.about()[r.nextInt(w.about().length)]).append('.');
            double u = r.nextDouble();
            if (u < timingShare) {
                t.append(' ').append(w.timing()[r.nextInt(w.timing().length)]);
            } else if (u < timingShare + (1 - timingShare) * 0.2) {
                t.append(' ').append(w.numbers()[r.nextInt(w.numbers().length)]);
            }
            OffsetDateTime at = base.plusMinutes(r.nextInt(60 * 24 * 60));
            out.add(new SignalNote("s-" + i, "c-" + r.nextInt(Math.max(1, n / 5)), at, t.toString(), lang, zone));
        }
        return out;
    }
}
