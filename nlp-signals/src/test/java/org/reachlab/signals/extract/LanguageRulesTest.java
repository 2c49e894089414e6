package org.reachlab.signals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachlab.signals.Extractors;

/**
 * The German and Norwegian rules one by one: the phrasings each language needs beyond its words.
 * Notes are written on Tuesday 3 March 2026 at 10:00.
 */
class LanguageRulesTest {

    private static final String AT = "2026-03-03T10:00:00+01:00";

    private static List<String> de(String text) {
        return Extractors.read(text, AT, "Europe/Berlin", "de");
    }

    private static List<String> no(String text) {
        return Extractors.read(text, AT, "Europe/Oslo", "no");
    }

    @Test
    void germanClockTimesWithUhr() {
        assertThat(de("Ab 14 Uhr hat er Zeit.")).containsExactly("PREFER daily 14:00-18:00");
        assertThat(de("Bitte nicht vor 10 anrufen.")).containsExactly("AVOID daily 08:00-10:00");
        assertThat(de("Bester Zeitpunkt: Mo-Do 8-10 Uhr.")).containsExactly("PREFER [MON, TUE, WED, THU] 08:00-10:00");
        assertThat(de("Am besten um halb zwei.")).containsExactly("PREFER daily 13:30-14:30");
        assertThat(de("Donnerstags von halb zwei bis drei hat sie meistens Luft.")).containsExactly("PREFER [THU] 13:30-15:00");
    }

    @Test
    void germanDatesAndWeeks() {
        assertThat(de("Er ist bis einschließlich 13.03. im Urlaub.")).containsExactly("UNAVAILABLE 2026-03-03..2026-03-13 all-day");
        assertThat(de("Er ist bis 13.03. im Urlaub.")).containsExactly("UNAVAILABLE 2026-03-03..2026-03-12 all-day");
        assertThat(de("In KW 12 ist sie auf der Messe.")).containsExactly("UNAVAILABLE 2026-03-16..2026-03-20 all-day");
        assertThat(de("Zwischen den Jahren ist er im Urlaub.")).containsExactly("UNAVAILABLE 2026-12-27..2026-12-31 all-day");
        assertThat(de("Er ist vom 3. bis 7. März auf Dienstreise.")).containsExactly("UNAVAILABLE 2026-03-03..2026-03-07 all-day");
        assertThat(de("Er kommt am 16.03. aus dem Urlaub zurück."))
                .containsExactly("UNAVAILABLE 2026-03-03..2026-03-15 all-day", "PREFER 2026-03-16 all-day");
    }

    @Test
    void germanCompoundsAndClauses() {
        assertThat(de("Montagvormittags immer Jour fixe, besser dienstags nach der Mittagspause."))
                .containsExactly("AVOID [MON] 08:00-12:00", "PREFER [TUE] 13:00-15:00");
        assertThat(de("Mittwoch geht gar nicht, Donnerstag nachmittag gerne."))
                .containsExactly("AVOID 2026-03-04 all-day", "PREFER 2026-03-05 13:00-17:00");
    }

    @Test
    void germanNonSignals() {
        assertThat(de("Angebot wurde am Freitag verschickt.")).isEmpty();
        assertThat(de("Die Hotline ist werktags von 8 bis 17 Uhr besetzt.")).isEmpty();
        assertThat(de("Das Webinar findet am 12.03. um 14 Uhr statt.")).isEmpty();
    }

    @Test
    void norwegianPeriodsAndNegation() {
        assertThat(no("Ring meg på ettermiddagen.")).containsExactly("PREFER daily 13:00-17:00");
        assertThat(no("Formiddagene er fulle av møter.")).containsExactly("AVOID daily 08:00-12:00");
        assertThat(no("Ikke ring før kl. 10, etter lunsj går fint."))
                .containsExactly("AVOID daily 08:00-10:00", "PREFER daily 13:00-15:00");
        assertThat(no("Ikke på mandager.")).containsExactly("AVOID [MON] all-day");
        assertThat(no("Lunsj fra 12 til 13 er hellig, ring aldri da.")).containsExactly("AVOID daily 12:00-13:00");
    }

    @Test
    void norwegianDatesAndWeeks() {
        assertThat(no("Hun er på ferie uke 12.")).containsExactly("UNAVAILABLE 2026-03-16..2026-03-20 all-day");
        assertThat(no("Han tar fellesferien.")).containsExactly("UNAVAILABLE 2026-07-06..2026-07-26 all-day");
        assertThat(no("Kari er på ferie til og med 13. mars.")).containsExactly("UNAVAILABLE 2026-03-03..2026-03-13 all-day");
        assertThat(no("Ola er på ferie til 13. mars.")).containsExactly("UNAVAILABLE 2026-03-03..2026-03-12 all-day");
        assertThat(no("Hva med torsdag kl. 10?")).containsExactly("PREFER 2026-03-05 10:00-11:00");
        assertThat(no("mellom jul og nyttår har han fri.")).containsExactly("UNAVAILABLE 2026-12-27..2026-12-31 all-day");
    }

    @Test
    void norwegianNonSignals() {
        assertThat(no("Sendte tilbudet på fredag.")).isEmpty();
        assertThat(no("Kundeservice er åpent hverdager fra 8 til 16.")).isEmpty();
        assertThat(no("Ny kontaktperson fra april, detaljer kommer.")).isEmpty();
    }
}
