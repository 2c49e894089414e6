package org.reachlab.signals.extract.recognise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachlab.signals.lexicon.Lexicon;

/**
 * Prepares a text for the recognisers without moving any offset: joins spaced apostrophes and
 * blanks out phone numbers and extensions, whose digits would otherwise read as times.
 */
final class TextNormaliser {

    /** Seven or more digits in groups: a phone number. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\d:])\\+?\\d{2,4}(?:\\s?[-.]\\s?|\\s)\\d{2,4}"
            + "(?:\\s?[-.]\\s?|\\s)\\d{2,4}(?:(?:\\s?[-.]\\s?|\\s)\\d{2,4})?(?![\\d:])");
    private static final int PHONE_DIGITS = 7;

    private final Pattern extension;

    /** "halb zwei", "halv to": half an hour before the hour named; null when the language has no such words. */
    private final Pattern halfPast;
    private final Map<String, Integer> hourWords = new HashMap<>();
    /** An hour in words after a time connector ("bis drei", "før åtte"); null when the language has no hour words. */
    private final Pattern hourAfterConnector;

    TextNormaliser(Lexicon lex) {
        extension = Pattern.compile(lex.required("rule.extension"));
        String half = lex.optional("time.halfPast", "");
        lex.numbered("number").forEach((n, words) -> {
            for (String w : words.split("\\|")) {
                hourWords.put(w, n);
            }
        });
        String connectors = String.join("|", lex.required("conn.at"), lex.required("conn.around"), lex.required("conn.after"),
                lex.required("conn.before"), lex.required("conn.rangeTo"), lex.required("conn.from"));
        hourAfterConnector = half.isEmpty() ? null : Pattern.compile("(?<![\\p{L}])(?:" + connectors + ")\\s+("
                + String.join("|", hourWords.keySet()) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        halfPast = half.isEmpty() ? null : Pattern.compile("(?<![\\p{L}])(?:" + half + ")\\s+("
                + String.join("|", hourWords.keySet()) + "|\\d{1,2})(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Joins spaced apostrophes ("don ' t" becomes "don't  ") without moving later offsets, and blanks out phone numbers. */
    String normalise(String text) {
        char[] c = text.toCharArray();
        for (int i = 1; i + 2 < c.length; i++) {
            if (c[i] == '\'' && c[i - 1] == ' ' && c[i + 1] == ' ' && Character.isLetter(c[i + 2])) {
                int k = i + 2;
                while (k < c.length && Character.isLetter(c[k])) {
                    k++;
                }
                String word = new String(c, i + 2, k - (i + 2));
                c[i - 1] = '\'';
                for (int z = 0; z < word.length(); z++) {
                    c[i + z] = word.charAt(z);
                }
                for (int z = i + word.length(); z < k; z++) {
                    c[z] = ' ';
                }
            }
        }
        String s = new String(c);
        Matcher m = PHONE_NUMBER.matcher(s);
        StringBuilder b = new StringBuilder(s);
        Matcher ext = extension.matcher(s);
        while (ext.find()) {
            for (int i = ext.start(); i < ext.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        if (halfPast != null) {
            writeHalfHours(s, b);
            writeHourWords(s, b);
        }
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= PHONE_DIGITS) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    /** Writes "halb zwei" as "1:30" followed by spaces, so that the time recogniser reads it and no offset moves. */
    private void writeHalfHours(String s, StringBuilder b) {
        Matcher h = halfPast.matcher(s);
        while (h.find()) {
            String n = h.group(1).toLowerCase(Locale.ROOT);
            Integer hour = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(Integer.parseInt(n)) : hourWords.get(n);
            if (hour == null || hour < 1 || hour > 12) {
                continue;
            }
            String clock = (hour == 1 ? 12 : hour - 1) + ":30";
            if (clock.length() > h.end() - h.start()) {
                continue;
            }
            for (int i = h.start(); i < h.end(); i++) {
                b.setCharAt(i, i - h.start() < clock.length() ? clock.charAt(i - h.start()) : ' ');
            }
        }
    }

    /** Writes an hour in words after a time connector ("bis drei") as digits followed by spaces. */
    private void writeHourWords(String s, StringBuilder b) {
        Matcher h = hourAfterConnector.matcher(s);
        while (h.find()) {
            Integer hour = hourWords.get(h.group(1).toLowerCase(Locale.ROOT));
            if (hour == null || b.charAt(h.start(1)) != s.charAt(h.start(1))) {
                continue;
            }
            String digits = String.valueOf(hour);
            for (int i = h.start(1); i < h.end(1); i++) {
                b.setCharAt(i, i - h.start(1) < digits.length() ? digits.charAt(i - h.start(1)) : ' ');
            }
        }
    }

    /** Lower-cases character by character, so that offsets stay those of the text. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}
