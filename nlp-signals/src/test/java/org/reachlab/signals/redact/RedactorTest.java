package org.reachlab.signals.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.reachlab.data.domain.SignalKind;
import org.reachlab.data.privacy.NoteRedaction;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;

/** Each kind of personal data in each language, and what must stay as it is. */
class RedactorTest {

    private static String r(String text, String lang) {
        return Redactor.standard().redact(text, lang);
    }

    @Test
    void emailsInEachLanguage() {
        assertThat(r("Send the deck to anna.schmidt@example.com before Friday.", "en"))
                .isEqualTo("Send the deck to [EMAIL] before Friday.");
        assertThat(r("Bitte an j.mueller+crm@firma-gmbh.de schreiben, nicht vor 10 Uhr.", "de"))
                .isEqualTo("Bitte an [EMAIL] schreiben, nicht vor 10 Uhr.");
        assertThat(r("Send e-post til ola.nordmann@bedrift.no etter lunsj.", "no"))
                .isEqualTo("Send e-post til [EMAIL] etter lunsj.");
    }

    @Test
    void phonesInternationalAndNational() {
        assertThat(r("Call her mobile +44 7700 900123 after 4.", "en")).isEqualTo("Call her mobile [PHONE] after 4.");
        assertThat(r("Direct line (555) 123-4567, best before noon.", "en"))
                .isEqualTo("Direct line [PHONE], best before noon.");
        assertThat(r("Erreichbar unter 030/12345678 oder +49 (0)171 1234567.", "de"))
                .isEqualTo("Erreichbar unter [PHONE] oder [PHONE].");
        assertThat(r("Tel.: 0711 98 76 54, ab 14 Uhr.", "de")).isEqualTo("Tel.: [PHONE], ab 14 Uhr.");
        assertThat(r("Ring meg på 912 34 567 eller 22 33 44 55 etter kl. 10.", "no"))
                .isEqualTo("Ring meg på [PHONE] eller [PHONE] etter kl. 10.");
        assertThat(r("Mobil: +47 91234567.", "no")).isEqualTo("Mobil: [PHONE].");
        assertThat(r("reached at home at 281 - 296 - 0788 .", "en")).isEqualTo("reached at home at [PHONE] .");
    }

    @Test
    void datesAndTimesAreNotPhones() {
        String[] kept = {"OOO 01.02.2026 to 05.02.2026.", "Available 0900-1100 only.", "Back on 2026-03-03.",
                "Call 10/12 through 10/16 after 2.", "Ext. 214, between 9 and 5.", "Urlaub vom 23.12. bis 02.01.",
                "ikke før kl. 10.00, uke 12"};
        for (String s : kept) {
            assertThat(r(s, "en")).as(s).isEqualTo(s);
        }
    }

    @Test
    void ibansWithAValidChecksumOnly() {
        assertThat(r("Refund to DE89 3704 0044 0532 0130 00 please.", "de")).isEqualTo("Refund to [IBAN] please.");
        assertThat(r("Account GB82WEST12345698765432, thanks.", "en")).isEqualTo("Account [IBAN], thanks.");
        assertThat(r("Kontonummer NO93 8601 1117 947 for faktura.", "no")).isEqualTo("Kontonummer [IBAN] for faktura.");
        assertThat(r("Ref DE89 3704 0044 0532 0130 01 is not one.", "de")).doesNotContain("[IBAN]");
    }

    @Test
    void streetAddressesInEachLanguage() {
        assertThat(r("Meeting at 221 Baker Street, then call.", "en")).isEqualTo("Meeting at [ADDRESS], then call.");
        assertThat(r("Office moved to 350 5th Ave, Suite 12.", "en")).isEqualTo("Office moved to [ADDRESS].");
        assertThat(r("Neue Adresse: Hauptstraße 5, 10115 Berlin.", "de")).isEqualTo("Neue Adresse: [ADDRESS].");
        assertThat(r("Lieferung an Berliner Str. 12a bitte.", "de")).isEqualTo("Lieferung an [ADDRESS] bitte.");
        assertThat(r("Besøk oss i Karl Johans gate 22, 0159 Oslo.", "no")).isEqualTo("Besøk oss i [ADDRESS].");
        assertThat(r("Kontoret er i Storgata 5 nå.", "no")).isEqualTo("Kontoret er i [ADDRESS] nå.");
        assertThat(r("Vi holder til i Sørkedalsveien 10.", "no")).isEqualTo("Vi holder til i [ADDRESS].");
    }

    @Test
    void namesOfPeopleInEachLanguage() {
        assertThat(r("GK: Mr. Fischer is never at his desk before 11.", "en"))
                .isEqualTo("GK: Mr. [PERSON] is never at his desk before 11.");
        assertThat(r("Spoke with Anna Larsen, she prefers mornings. Anna is out Fridays.", "en"))
                .isEqualTo("Spoke with [PERSON], she prefers mornings. [PERSON] is out Fridays.");
        assertThat(r("Thanks for the call.\nBest regards,\nJohn Miller", "en"))
                .isEqualTo("Thanks for the call.\nBest regards,\n[PERSON]");
        assertThat(r("Frau Dr. Schmidt ist dienstags nie da. Viele Grüße, Jürgen Weiß", "de"))
                .isEqualTo("Frau Dr. [PERSON] ist dienstags nie da. Viele Grüße, [PERSON]");
        assertThat(r("Ansprechpartnerin: Petra Hoffmann, ab 14 Uhr.", "de"))
                .isEqualTo("Ansprechpartnerin: [PERSON], ab 14 Uhr.");
        assertThat(r("Snakket med Kari Nordmann, ring etter lunsj. Mvh Ola", "no"))
                .isEqualTo("Snakket med [PERSON], ring etter lunsj. Mvh [PERSON]");
        assertThat(r("Hei Ingrid, passer det på torsdag?", "no")).isEqualTo("Hei [PERSON], passer det på torsdag?");
        assertThat(r("Out all week, check with Maren Holt, my assistant.", "en"))
                .isEqualTo("Out all week, check with [PERSON], my assistant.");
        assertThat(r("Just call Joann, or ask reception for Marte.", "en"))
                .isEqualTo("Just call [PERSON], or ask reception for [PERSON].");
        assertThat(r("He has a meeting with Tom DeLay on Monday; O'Brien too (cc O'Brien).", "en"))
                .isEqualTo("He has a meeting with [PERSON] on Monday; [PERSON] too (cc [PERSON]).");
    }

    @Test
    void calendarWordsAndAcronymsAreNotNames() {
        String[] kept = {"Thanks, Monday works.", "Spoke with IT about the CRM.", "Hi all, OOO until May 3.",
                "Viele Grüße, Dienstags geht es nicht.", "Mvh Mandag", "Talked to Sales, call after lunch.",
                "Not before 10, but any time after lunch works."};
        for (String s : kept) {
            assertThat(r(s, "en")).as(s).isEqualTo(s);
        }
    }

    @Test
    void aPartIsRedactedAsItReadsInTheWholeText() {
        String text = "Spoke with Anna Larsen. Anna is at Hauptstraße 5 until 3 pm.";
        int b = text.indexOf("Anna is");
        assertThat(Redactor.standard().redact(text, "en", b, text.length() - 1))
                .isEqualTo("[PERSON] is at [ADDRESS] until 3 pm");
        int inside = text.indexOf("straße");
        assertThat(Redactor.standard().redact(text, "en", inside, inside + 3)).isEqualTo("[ADDRESS]");
    }

    @Test
    void evidenceIsRedactedAndEverythingElseOfASignalKept() {
        String text = "Spoke with Anna Larsen. Anna prefers calls after 2.";
        int b = text.indexOf("Anna prefers");
        TimingSignal s = new TimingSignal(SignalKind.PREFER, List.of(), LocalTime.of(14, 0), LocalTime.of(17, 0), null,
                null, null, 0.9, text.substring(b, text.length() - 1), b, text.length() - 1);
        SignalNote note = new SignalNote("n1", "c1", OffsetDateTime.parse("2026-03-03T10:00:00+01:00"), text, "en", null);
        NoteSignals shown = Redactor.standard().redactEvidence(new NoteSignals("n1", "c1", List.of(s)), note);
        TimingSignal t = shown.signals().get(0);
        assertThat(t.text()).isEqualTo("[PERSON] prefers calls after 2");
        assertThat(t.sameMeaning(s)).isTrue();
        assertThat(List.of(t.spanBegin(), t.spanEnd(), t.confidence())).isEqualTo(List.of(s.spanBegin(), s.spanEnd(),
                s.confidence()));
    }

    @Test
    void aLongTextIsRedactedQuickly() {
        String text = "call +49 30 1234567 or mail a@b.de, Spoke with Anna. ".repeat(40_000) + "(".repeat(100_000);
        long t0 = System.nanoTime();
        String out = r(text, "en");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(30.0);
        assertThat(out).doesNotContain("1234567").doesNotContain("a@b.de").doesNotContain("Anna");
    }

    @Test
    void theDataPrepWritersFindThisRedaction() {
        NoteRedaction installed = NoteRedaction.installed();
        assertThat(installed).isInstanceOf(StandardNoteRedaction.class);
        assertThat(installed.redact("mail x.y@z.com", "en")).isEqualTo("mail [EMAIL]");
        assertThat(ServiceLoader.load(NoteRedaction.class).stream().count()).isEqualTo(1);
        assertThat(NoteRedaction.choose(true).redact("mail x.y@z.com", "en")).isEqualTo("mail x.y@z.com");
    }
}
