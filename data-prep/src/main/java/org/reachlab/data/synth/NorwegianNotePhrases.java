package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The synthetic notes in Norwegian bokmål (contacts in NO). */
final class NorwegianNotePhrases implements NotePhrases {

    static final NorwegianNotePhrases INSTANCE = new NorwegianNotePhrases();

    private static final String[] FILLER_TEXTS = {
        "Sendte prislisten som avtalt.",
        "Ønsker en kundecase fra en bedrift av tilsvarende størrelse.",
        "Interessert, men budsjettet bestemmes ved årsskiftet.",
        "La igjen beskjed i resepsjonen.",
        "Ikke rett person, vi skal heller snakke med innkjøp.",
        "Sender tilbudet innen i morgen tidlig.",
        "Som avtalt i formiddag, vedlagt kontraktsutkastet.",
        "Ring meg på mobilen, fasttelefonen byttes ut.",
        "Takk for demoen. Sender den videre til teamet for innspill.",
        "Bruker en konkurrent, avtalen løper ut neste år.",
        "Ba om tilbud på 20 lisenser.",
        "Rapporten er klar tirsdag, jeg deler den da.",
        "Spørsmål om integrasjon med ERP-systemet deres.",
        "Sentralbordet ville ikke sette meg over, ingen grunn oppgitt.",
        "Fornøyd med dagens leverandør, følg opp om noen måneder.",
        "Sendte oppfølgingsmail med brosjyre og referanser.",
        "Spørsmål om prisnivåer og betalingsbetingelser.",
        "Bekreftet mottak av prøvene.",
        "Vil se en referansekunde i samme bransje.",
        "Nummeret i CRM var utdatert, oppdatert.",
    };

    private static final String[] PERIODS = {
        "tidlig om morgenen", "om formiddagen", "sent på formiddagen", "rundt lunsj", "tidlig på ettermiddagen",
        "på ettermiddagen", "sent på ettermiddagen",
    };

    private static final String[] DAYS = {"mandager", "tirsdager", "onsdager", "torsdager", "fredager", "lørdager",
        "søndager"};
    private static final String[] WEEKDAYS = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    private static final String[] MONTHS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "desember"};

    private NorwegianNotePhrases() {
    }

    @Override
    public String language() {
        return "no";
    }

    @Override
    public String filler(int i) {
        return FILLER_TEXTS[i];
    }

    @Override
    public String monthEnd(int i) {
        return i == 0 ? "Unngå de siste dagene i måneden, da avslutter vi regnskapet."
                : "Det er alltid hektisk for henne rundt månedsskiftet, prøv heller i første halvdel av måneden.";
    }

    @Override
    public String period(int index) {
        return PERIODS[index];
    }

    @Override
    public String daysPlural(List<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> DAYS[d.getValue() - 1]).toList();
        if (names.size() == 1) {
            return "på " + names.get(0);
        }
        return "på " + String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }

    @Override
    public String clock(int minutes, int style) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (style == 0) {
            return String.format(Locale.ROOT, "%02d:%02d", h, m);
        }
        return "kl. " + h + (m == 0 ? "" : String.format(Locale.ROOT, ".%02d", m));
    }

    @Override
    public String date(LocalDate d, int style) {
        int day = d.getDayOfMonth();
        String month = MONTHS[d.getMonthValue() - 1];
        return switch (style) {
            case 0 -> day + ". " + month;
            case 1 -> String.format(Locale.ROOT, "%02d.%02d.", day, d.getMonthValue());
            case 2 -> day + "." + d.getMonthValue() + ".";
            default -> WEEKDAYS[d.getDayOfWeek().getValue() - 1] + " " + day + ". " + month;
        };
    }

    @Override
    public String habitVague(int i, String days, String period) {
        return switch (i) {
            case 0 -> "Du når meg best " + days + " " + period + ".";
            case 1 -> "Prøv henne " + days + " " + period + ", da sitter hun ved pulten.";
            default -> "Han sier at " + days + " " + period + " er beste tid å ringe.";
        };
    }

    @Override
    public String habitExact(int i, String days, String from, String to) {
        return switch (i) {
            case 0 -> "Du når meg best " + days + " mellom " + from + " og " + to + ".";
            case 1 -> "Jeg er som regel ledig " + days + " fra " + from + " til " + to + " hvis du vil ringe.";
            case 2 -> "Assistenten sier at han tar telefonen " + days + " fra " + from + " til " + to + ".";
            default -> "Ring meg " + days + " mellom " + from + " og " + to + ", ellers er uka full.";
        };
    }

    @Override
    public String lunchService(int i) {
        return i == 0 ? "Ring aldri mellom 11 og 14, da er det lunsjservering."
                : "Ikke ring under lunsjserveringen, 11 til 14 er umulig for ham.";
    }

    @Override
    public String notBeforeTen(int i) {
        return switch (i) {
            case 0 -> "Ikke ring før kl. 10, det er stand-up hver morgen.";
            case 1 -> "Ikke før kl. 10, takk.";
            default -> "Assistenten sier han sitter i møter til kl. 10 hver dag.";
        };
    }

    @Override
    public String bestPeriod(int i, String period) {
        return switch (i) {
            case 0 -> "Som regel lettest å nå " + period + ".";
            case 1 -> "Prøv ham " + period + ", da er han vanligvis ved pulten.";
            default -> "Samtaler " + period + " passer meg best.";
        };
    }

    @Override
    public String bestHours(int i, String from, String to) {
        return i == 0 ? "Beste tid å ringe er mellom " + from + " og " + to + "."
                : "Du får som regel tak i meg mellom " + from + " og " + to + ".";
    }

    @Override
    public String absentUntil(int i, String back) {
        return i == 0 ? "Jeg er borte fra kontoret til " + back + " med begrenset tilgang til e-post."
                : "Automatisk svar: Jeg er på ferie til " + back + ". Ved hastesaker, kontakt kontoret.";
    }

    @Override
    public String fair(int i, String name, String from, String to) {
        return i == 0 ? "Hun er på messe fra " + from + " til " + to + ", prøv igjen etterpå."
                : "Jeg reiser på messe " + from + " til og med " + to + ".";
    }

    @Override
    public String vacation(String from, String to) {
        return "Jeg har ferie fra " + from + " til og med " + to + ".";
    }

    @Override
    public String outOfOffice(String from, String to, String back) {
        return "Ute av kontoret fra " + from + " til " + to + ", tilbake " + back + ".";
    }
}
