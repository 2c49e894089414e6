package org.reachlab.signals.extract.recognise;

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

    TextNormaliser(Lexicon lex) {
        extension = Pattern.compile(lex.required("rule.extension"));
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

    /** Lower-cases character by character, so that offsets stay those of the text. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }
}
