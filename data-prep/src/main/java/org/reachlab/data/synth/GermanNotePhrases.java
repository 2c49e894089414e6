package org.reachlab.data.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The synthetic notes in German (contacts in DE). */
final class GermanNotePhrases implements NotePhrases {

    static final GermanNotePhrases INSTANCE = new GermanNotePhrases();

    private static final String[] FILLER_TEXTS = {
        "Preisliste wie gewünscht geschickt.",
        "Möchte eine Fallstudie von einem Unternehmen ähnlicher Größe.",
        "Interessiert, aber über das Budget wird zu Jahresbeginn entschieden.",
        "Nachricht am Empfang hinterlassen.",
        "Nicht zuständig, wir sollen uns an den Einkauf wenden.",
        "Schicke das Angebot bis morgen früh.",
        "Wie heute Vormittag besprochen, anbei der Vertragsentwurf.",
        "Bitte auf dem Handy anrufen, die Festnetznummer wird umgestellt.",
        "Danke für die Demo. Leite es zur Abstimmung an das Team weiter.",
        "Nutzen ein Konkurrenzprodukt, der Vertrag läuft nächstes Jahr aus.",
        "Angebot für 20 Lizenzen angefragt.",
        "Der Bericht ist am Dienstag fertig, ich schicke ihn dann.",
        "Fragen zur Anbindung an ihr ERP-System.",
        "Sekretariat stellt nicht durch, ohne Begründung.",
        "Zufrieden mit dem jetzigen Lieferanten, in ein paar Monaten nachhaken.",
        "Nachfass-Mail mit Broschüre und Referenzen verschickt.",
        "Fragen zu Preisstufen und Zahlungsbedingungen.",
        "Hat den Erhalt der Muster bestätigt.",
        "Möchte einen Referenzkunden aus derselben Branche sehen.",
        "Nummer im CRM war veraltet, aktualisiert.",
    };

    private static final String[] PERIODS = {
        "früh am Morgen", "vormittags", "am späten Vormittag", "über Mittag", "am frühen Nachmittag",
        "nachmittags", "am späten Nachmittag",
    };

    private static final String[] DAYS = {"montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags",
        "sonntags"};
    private static final String[] WEEKDAYS = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
        "Sonntag"};
    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};

    private GermanNotePhrases() {
    }

    @Override
    public String language() {
        return "de";
    }

    @Override
    public String filler(int i) {
        return FILLER_TEXTS[i];
    }

    @Override
    public String monthEnd(int i) {
        return i == 0 ? "Bitte nicht in den letzten Tagen eines Monats anrufen, da machen wir den Abschluss."
                : "In den letzten Tagen eines Monats ist sie immer im Stress, besser in der ersten Monatshälfte probieren.";
    }

    @Override
    public String period(int index) {
        return PERIODS[index];
    }

    @Override
    public String daysPlural(List<DayOfWeek> days) {
        List<String> names = days.stream().map(d -> DAYS[d.getValue() - 1]).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
    }

    @Override
    public String clock(int minutes, int style) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (style == 0) {
            return String.format(Locale.ROOT, "%02d:%02d", h, m);
        }
        return h + (m == 0 ? "" : String.format(Locale.ROOT, ":%02d", m)) + " Uhr";
    }

    @Override
    public String date(LocalDate d, int style) {
        int day = d.getDayOfMonth();
        String month = MONTHS[d.getMonthValue() - 1];
        return switch (style) {
            case 0 -> day + ". " + month;
            case 1 -> String.format(Locale.ROOT, "%02d.%02d.", day, d.getMonthValue());
            case 2 -> day + "." + d.getMonthValue() + ".";
            default -> WEEKDAYS[d.getDayOfWeek().getValue() - 1] + ", " + day + ". " + month;
        };
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String habitVague(int i, String days, String period) {
        return switch (i) {
            case 0 -> capitalised(days) + " " + period + " passt es mir meistens gut.";
            case 1 -> "Versuchen Sie es " + days + " " + period + ", dann sitzt sie am Schreibtisch.";
            default -> "Er sagt, " + days + " " + period + " ist die beste Zeit für Anrufe.";
        };
    }

    @Override
    public String habitExact(int i, String days, String from, String to) {
        return switch (i) {
            case 0 -> "Am besten erreichen Sie mich " + days + " zwischen " + from + " und " + to + ".";
            case 1 -> "Ich habe " + days + " meistens von " + from + " bis " + to + " Zeit für Telefonate.";
            case 2 -> "Laut Assistentin nimmt er " + days + " von " + from + " bis " + to + " Anrufe an.";
            default -> "Rufen Sie mich " + days + " zwischen " + from + " und " + to + " an, sonst ist die Woche voll.";
        };
    }

    @Override
    public String lunchService(int i) {
        return i == 0 ? "Nie zwischen 11 und 14 Uhr anrufen, da ist Mittagsgeschäft."
                : "Während des Mittagsgeschäfts nicht anrufen, von 11 bis 14 Uhr geht bei ihm gar nichts.";
    }

    @Override
    public String notBeforeTen(int i) {
        return switch (i) {
            case 0 -> "Bitte nicht vor 10 Uhr anrufen, vorher sind die Stand-ups.";
            case 1 -> "Bitte nicht vor 10.";
            default -> "Laut Sekretariat ist er jeden Tag bis 10 Uhr in Besprechungen.";
        };
    }

    @Override
    public String bestPeriod(int i, String period) {
        return switch (i) {
            case 0 -> "Meistens " + period + " am besten zu erreichen.";
            case 1 -> "Versuchen Sie es " + period + ", da ist er normalerweise am Platz.";
            default -> "Anrufe " + period + " passen mir am besten.";
        };
    }

    @Override
    public String bestHours(int i, String from, String to) {
        return i == 0 ? "Die beste Zeit für Anrufe ist zwischen " + from + " und " + to + "."
                : "Sie erreichen mich meistens zwischen " + from + " und " + to + ".";
    }

    @Override
    public String absentUntil(int i, String back) {
        return i == 0 ? "Ich bin bis " + back + " nicht im Büro und lese E-Mails nur eingeschränkt."
                : "Abwesenheitsnotiz: Ich bin bis " + back + " im Urlaub. In dringenden Fällen wenden Sie sich an das Büro.";
    }

    @Override
    public String fair(int i, String name, String from, String to) {
        return i == 0 ? "Sie ist vom " + from + " bis " + to + " auf einer Fachmesse, danach wieder versuchen."
                : "Ich bin vom " + from + " bis einschließlich " + to + " auf Messereise.";
    }

    @Override
    public String vacation(String from, String to) {
        return "Ich bin vom " + from + " bis einschließlich " + to + " im Urlaub.";
    }

    @Override
    public String outOfOffice(String from, String to, String back) {
        return "Vom " + from + " bis " + to + " nicht im Büro, ab " + back + " wieder da.";
    }
}
