package org.reachlab.signals.redact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.NoteSignals;
import org.reachlab.signals.SignalNote;
import org.reachlab.signals.TimingSignal;

/**
 * Finds personal data in English, German and Norwegian note text and replaces it by typed
 * placeholders (see {@link PersonalData}).
 *
 * <p>What it finds, in this order (a later finding that overlaps an earlier one is dropped):
 * <ul>
 *   <li>e-mail addresses;</li>
 *   <li>IBANs, printed compact or in groups of four, kept only when their mod-97 checksum holds;</li>
 *   <li>phone numbers: international ({@code +49 30 1234567}, {@code +47 912 34 567}), national
 *       with a leading zero ({@code 030/1234567}, {@code 020 7946 0958}), US ({@code (555)
 *       123-4567}), Norwegian eight-digit forms ({@code 22 33 44 55}, {@code 912 34 567}) and any
 *       digits after a phone word ({@code tel.}, {@code tlf}, {@code mobile}, {@code Handy});
 *       dates and clock-time ranges ({@code 01.02.2026}, {@code 0900-1100}) are not phone numbers;</li>
 *   <li>street addresses: a house number with the languages' street words ({@code Hauptstraße 5},
 *       {@code Berliner Str. 12}, {@code Karl Johans gate 22}, {@code Storgata 5}, {@code 221
 *       Baker Street}, {@code 5th Ave}), with a following postal code and town;</li>
 *   <li>names of people where the text marks them: after a title ({@code Mr.}, {@code Frau},
 *       {@code herr}), a cue ({@code spoke with}, {@code Ansprechpartnerin}, {@code snakket med}),
 *       a greeting or a signature ({@code Hi}, {@code Regards,}, {@code Viele Grüße}, {@code Mvh}),
 *       or before a role ({@code Maren Holt, my assistant});
 *       then every other occurrence of a name so found. Capitalised calendar words ({@code
 *       Monday}, {@code Dienstags}, {@code Mai}) and acronyms are never names.</li>
 * </ul>
 * The patterns of all three languages apply to every text, since notes mix them (a German
 * signature under an English note). Thread-safe and stateless.
 */
public final class Redactor {

    private static final Redactor STANDARD = new Redactor();

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

    private static final Pattern IBAN_START = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?=[ ]?[A-Z0-9])");

    private static final Pattern PHONE_INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])\\+\\d[\\d ()./\\-]{5,22}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE_NATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/:+\\-])\\(?0\\d[\\d ()./\\-]{4,18}\\d(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE_US = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\(\\d{3}\\) ?|\\d{3}(?:[ .]| ?- ?))\\d{3}(?:[ .]| ?- ?)\\d{4}(?![\\p{L}\\p{N}])");
    private static final Pattern PHONE_NORWEGIAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,:/+\\-])(?:\\d{2} \\d{2} \\d{2} \\d{2}|\\d{3} \\d{2} \\d{3}|[49]\\d{7})(?![\\p{L}\\p{N}]|[.,:/\\-]\\d)");
    private static final Pattern PHONE_AFTER_WORD = Pattern.compile(
            "(?iu)\\b(?:tel|tlf|telefon|telephone|phone|ph|mobile|mobil|mob|cell|handy|fax)\\b\\.?(?: ?(?:no|nr|number|nummer)\\.?)?"
                    + " ?[:.]? ?(\\+?\\(?\\d[\\d ()./\\-]{4,22}\\d)");

    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}[./\\-]\\d{1,2}[./\\-]\\d{1,4}\\.?");
    private static final Pattern TIME_RANGE = Pattern.compile("([01]\\d|2[0-4])[0-5]\\d ?[\\-–] ?([01]\\d|2[0-4])[0-5]\\d");

    private static final String CAP = "[\\p{Lu}][\\p{L}'’\\-]*";
    private static final String HOUSE = "\\d{1,4} ?[a-zA-Z]?(?![\\p{L}\\p{N}])";
    private static final Pattern ADDRESS_GERMAN = Pattern.compile(
            "(?<![\\p{L}])(?:" + CAP + "(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer)"
                    + "|(?:" + CAP + " ){1,2}(?:Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm))"
                    + " ?" + HOUSE + "(?:,? ?\\d{5} " + CAP + ")?");
    private static final Pattern ADDRESS_NORWEGIAN = Pattern.compile(
            "(?<![\\p{L}])(?:" + CAP + "(?:gate|gata|gaten|veien|vei|vegen|veg|plass|allé)"
                    + "|(?:" + CAP + " ){1,3}(?:gate|gata|vei|veien|veg|vegen|plass|allé))"
                    + " " + HOUSE + "(?:,? ?\\d{4} " + CAP + ")?");
    private static final Pattern ADDRESS_ENGLISH = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d{1,5} (?:(?:" + CAP + "|\\d{1,3}(?:st|nd|rd|th)) ){1,3}"
                    + "(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Lane|Ln\\.?|Boulevard|Blvd\\.?|Drive|Dr\\.?|Way"
                    + "|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?)(?![\\p{L}])"
                    + "(?:,? ?(?:Suite|Ste\\.?|Apt\\.?|Unit|Floor) ?[\\p{L}\\p{N}]+)?");

    private static final String NAME_WORD = "[\\p{Lu}][\\p{Ll}]*(?:['’\\-]?[\\p{Lu}][\\p{Ll}]+)*(?![\\p{L}])";
    private static final String TITLE = "(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Herr|Herrn|Frau|Hr|Fr|Fru|Frk|Sir)";
    private static final Pattern NAME_AFTER_TITLE = Pattern.compile(
            "(?<![\\p{L}])(?i:" + TITLE + ")\\.? (?:(?i:" + TITLE + ")\\.? )?(" + NAME_WORD + ")(?: (" + NAME_WORD + "))?");
    private static final Pattern NAME_AFTER_CUE = Pattern.compile(
            "(?<![\\p{L}])(?i:ask (?:\\p{L}+ )?for|asked (?:\\p{L}+ )?for|call|ring|cc|meeting with|speak to"
                    + "|speak with|spoke to|spoke with|spoken to|spoken with|talk to|talk with|talked to|talked with|met with|meet with|assistant|colleague|secretary|contact person"
                    + "|my name is|this is|sprach mit|sprechen mit|gesprochen mit|Rücksprache mit|Ansprechpartnerin"
                    + "|Ansprechpartner|Assistentin|Assistent|Kollegin|Kollege|Sekretärin|mein Name ist|snakket med"
                    + "|snakk med|snakke med|spør etter|spurte etter|kontaktperson|kollega|sekretær|jeg heter"
                    + "|dette er)"
                    + "[:,]? (?:(?i:" + TITLE + ")\\.? )?(" + NAME_WORD + ")(?: (" + NAME_WORD + "))?");
    private static final Pattern NAME_BEFORE_ROLE = Pattern.compile(
            "(?<![\\p{L}])(" + NAME_WORD + ")(?: (" + NAME_WORD + "))?,? (?i:my|our|his|her|their|mein|meine|seine|ihre"
                    + "|min|vår|hans|hennes) (?i:assistant|colleague|secretary|manager|boss|Assistentin|Assistent"
                    + "|Kollegin|Kollege|Sekretärin|Chef|Chefin|assistent|kollega|sekretær|sjef)");
    private static final Pattern NAME_AFTER_GREETING = Pattern.compile(
            "(?:^|(?<=[.!?\\n]) *|(?<=[,;:]) *)(?:Best regards|Kind regards|Warm regards|Regards|Best|Thanks|Thank you"
                    + "|Cheers|Sincerely|Hi|Hello|Hey|Dear|Mit freundlichen Grüßen|Freundliche Grüße|Viele Grüße"
                    + "|Beste Grüße|Liebe Grüße|Grüße|Gruß|MfG|VG|LG|Hallo|Liebe|Lieber|Sehr geehrte|Sehr geehrter"
                    + "|Med vennlig hilsen|Vennlig hilsen|Hilsen|Mvh|Hei|Kjære)"
                    + "\\.?[,:\\-]?\\s+(?:(?i:" + TITLE + ")\\.? )?(" + NAME_WORD + ")(?: (" + NAME_WORD + "))?",
            Pattern.MULTILINE);

    /** Capitalised words that are never a person's name here: calendar words and common capitalised nouns. */
    private static final List<String> NOT_NAME_PREFIXES = List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
            "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember",
            "desember", "vormittag", "nachmittag", "morgen", "abend", "mittag", "woche", "wochenende",
            "urlaub", "feiertag", "ostern", "pfingsten", "weihnacht", "sommer", "winter", "herbst", "frühling",
            "morning", "afternoon", "evening", "tonight", "today", "tomorrow", "weekend",
            "team", "teams", "zoom", "slack", "skype", "outlook", "linkedin", "whatsapp", "email", "mail",
            "phone", "office", "reception", "support", "kollegen", "sommerferie");
    private static final Set<String> NOT_NAME_WORDS = Set.of("mai", "may", "mar", "jan", "feb", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dez", "des", "mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat", "sun", "the", "and", "our", "your", "his", "her", "their", "him", "them", "you",
            "out", "back", "will", "can", "not", "und", "og", "der", "die", "das", "den", "dem", "ein", "eine",
            "ich", "sie", "er", "wir", "jeg", "han", "hun", "vi", "de", "ok", "okay", "yes", "no", "nein", "ja",
            "nei", "also", "just", "again", "please", "bitte", "takk", "danke", "all", "sir", "madam", "everyone",
            "there", "alle", "zusammen", "damen", "herren", "mars", "ferie", "påske", "week", "next", "this",
            "sales", "here", "team");

    /** How many distinct names are looked for again across the text (bounds the work on long texts). */
    private static final int MAX_NAMES_SEARCHED = 64;

    private Redactor() {
    }

    /** The redactor. */
    public static Redactor standard() {
        return STANDARD;
    }

    /**
     * The personal data in a text, in text order, without overlaps.
     *
     * @param text the text
     * @param lang its language code, or null (the patterns of all three languages are used either way)
     * @return what was found
     */
    public List<Finding> find(String text, String lang) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        Found found = new Found();
        addAll(found, EMAIL, text, 0, PersonalData.EMAIL);
        addIbans(found, text);
        addPhones(found, text);
        addAll(found, ADDRESS_GERMAN, text, 0, PersonalData.ADDRESS);
        addAll(found, ADDRESS_NORWEGIAN, text, 0, PersonalData.ADDRESS);
        addAll(found, ADDRESS_ENGLISH, text, 0, PersonalData.ADDRESS);
        addNames(found, text);
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::begin));
        return sorted;
    }

    /**
     * The text with its personal data replaced by placeholders.
     *
     * @param text the text (null gives null)
     * @param lang its language code, or null
     * @return the redacted text
     */
    public String redact(String text, String lang) {
        if (text == null) {
            return null;
        }
        return redact(text, lang, 0, text.length());
    }

    /**
     * A part of a text, redacted as it reads within the whole text: a name found through a cue
     * outside the part is still replaced inside it.
     *
     * @param text  the whole text
     * @param lang  its language code, or null
     * @param begin start of the part
     * @param end   end of the part (exclusive)
     * @return the part, redacted
     */
    public String redact(String text, String lang, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            throw new IllegalArgumentException("part [" + begin + ", " + end + ") is not inside a text of length "
                    + text.length());
        }
        return apply(text, find(text, lang), begin, end);
    }

    /**
     * Replaces findings within {@code [begin, end)} of a text by their placeholders; a finding
     * that reaches outside the part becomes one placeholder too.
     *
     * @param text     the text
     * @param findings its findings, as {@link #find} gives them
     * @param begin    start of the part
     * @param end      end of the part (exclusive)
     * @return the part, redacted
     */
    public static String apply(String text, List<Finding> findings, int begin, int end) {
        StringBuilder b = new StringBuilder(end - begin);
        int at = begin;
        for (Finding f : findings) {
            if (!f.overlaps(begin, end) || f.end() <= at) {
                continue;
            }
            b.append(text, at, Math.max(at, f.begin()));
            b.append(f.type().placeholder());
            at = Math.min(end, f.end());
        }
        b.append(text, at, end);
        return b.toString();
    }

    /** Findings so far, with the characters they cover, so that overlap checks stay cheap on long texts. */
    private static final class Found extends ArrayList<Finding> {
        private static final long serialVersionUID = 1L;
        private final transient BitSet covered = new BitSet();

        void add(int begin, int end, PersonalData type) {
            int next = covered.nextSetBit(begin);
            if (end > begin && (next < 0 || next >= end)) {
                super.add(new Finding(begin, end, type));
                covered.set(begin, end);
            }
        }
    }

    private static void add(Found found, int begin, int end, PersonalData type) {
        found.add(begin, end, type);
    }

    private static void addAll(Found found, Pattern p, String text, int group, PersonalData type) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            add(found, m.start(group), m.end(group), type);
        }
    }

    private static void addIbans(Found found, String text) {
        Matcher m = IBAN_START.matcher(text);
        while (m.find()) {
            int start = m.start();
            StringBuilder compact = new StringBuilder(34);
            List<int[]> ends = new ArrayList<>();
            int i = start;
            while (i < text.length() && compact.length() < 34) {
                char c = text.charAt(i);
                if (isIbanChar(c)) {
                    compact.append(c);
                    i++;
                    boolean boundary = i == text.length() || !Character.isLetterOrDigit(text.charAt(i));
                    if (boundary && compact.length() >= 15) {
                        ends.add(new int[] {i, compact.length()});
                    }
                } else if (c == ' ' && i + 1 < text.length() && isIbanChar(text.charAt(i + 1)) && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            for (int k = ends.size() - 1; k >= 0; k--) {
                if (checksumHolds(compact, ends.get(k)[1])) {
                    add(found, start, ends.get(k)[0], PersonalData.IBAN);
                    break;
                }
            }
        }
    }

    /**
     * A note's signals as they may be written: each signal's evidence with the personal data of the
     * note replaced, read within the whole note; kinds, windows, dates and spans are unchanged (the
     * spans still point into the original text).
     *
     * @param signals the note's signals, extracted from {@code note}'s original text
     * @param note    the note
     * @return the signals with redacted evidence ({@code signals} itself when nothing is found)
     */
    public NoteSignals redactEvidence(NoteSignals signals, SignalNote note) {
        if (signals.signals().isEmpty()) {
            return signals;
        }
        String text = note.text();
        List<Finding> findings = find(text, note.language());
        if (findings.isEmpty()) {
            return signals;
        }
        List<TimingSignal> out = new ArrayList<>(signals.signals().size());
        for (TimingSignal s : signals.signals()) {
            int b = s.spanBegin();
            int e = s.spanEnd();
            boolean inText = b >= 0 && b <= e && e <= text.length() && text.substring(b, e).equals(s.text());
            String evidence = inText ? apply(text, findings, b, e) : redact(s.text(), note.language());
            out.add(s.withEvidence(evidence, b, e));
        }
        return new NoteSignals(signals.id(), signals.contactId(), out);
    }

    private static boolean isIbanChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The IBAN check: the first four characters moved to the end, letters as 10..35, mod 97 is 1. */
    static boolean checksumHolds(CharSequence compact, int length) {
        int rest = 0;
        for (int k = 0; k < length; k++) {
            char c = compact.charAt((k + 4) % length);
            int v = c <= '9' ? c - '0' : c - 'A' + 10;
            rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
        }
        return rest == 1;
    }

    private static void addPhones(Found found, String text) {
        Matcher w = PHONE_AFTER_WORD.matcher(text);
        while (w.find()) {
            if (digits(w.group(1)) >= 6) {
                add(found, w.start(1), trimEnd(text, w.start(1), w.end(1)), PersonalData.PHONE);
            }
        }
        for (Pattern p : List.of(PHONE_INTERNATIONAL, PHONE_NATIONAL)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String s = m.group();
                int d = digits(s);
                if (d >= 7 && d <= 15 && !DATE_LIKE.matcher(s.trim()).matches() && !TIME_RANGE.matcher(s.trim()).matches()
                        && balanced(s)) {
                    add(found, m.start(), trimEnd(text, m.start(), m.end()), PersonalData.PHONE);
                }
            }
        }
        addAll(found, PHONE_US, text, 0, PersonalData.PHONE);
        addAll(found, PHONE_NORWEGIAN, text, 0, PersonalData.PHONE);
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean balanced(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                open--;
                if (open < 0) {
                    return false;
                }
            }
        }
        return open == 0;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static void addNames(Found found, String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Pattern p : List.of(NAME_AFTER_TITLE, NAME_AFTER_CUE, NAME_BEFORE_ROLE, NAME_AFTER_GREETING)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!isName(m.group(1))) {
                    continue;
                }
                int end = m.end(1);
                names.add(m.group(1));
                if (m.group(2) != null && isName(m.group(2))) {
                    end = m.end(2);
                    names.add(m.group(2));
                }
                add(found, m.start(1), end, PersonalData.PERSON);
            }
        }
        int searched = 0;
        for (String name : names) {
            if (name.length() < 3 || ++searched > MAX_NAMES_SEARCHED) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                add(found, m.start(), m.end(), PersonalData.PERSON);
            }
        }
    }

    private static boolean isName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || NOT_NAME_WORDS.contains(w)) {
            return false;
        }
        for (String prefix : NOT_NAME_PREFIXES) {
            if (w.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
