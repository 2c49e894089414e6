package org.reachlab.signals.extract;

import java.util.Optional;

/**
 * What a note's text may be for extraction to finish in bounded time, and how control
 * characters are neutralised.
 *
 * <p>A text longer than {@link #MAX_CHARS} characters (no call note or e-mail body is; a pasted
 * log or attachment is) or with brackets nested deeper than {@link #MAX_BRACKET_DEPTH} is not
 * extracted: {@link #problem(String)} names why, and the caller rejects the note. Control
 * characters other than tab and line ends are read as spaces, which keeps every offset, so spans
 * still point into the original text.
 */
public final class TextLimits {

    /** The longest text extracted, in characters. */
    public static final int MAX_CHARS = 20_000;

    /** The deepest nesting of brackets ({@code ( [ {}) in a text that is extracted. */
    public static final int MAX_BRACKET_DEPTH = 32;

    /**
     * Why a text is not extracted.
     *
     * @param code   a stable short code ({@code text_too_long}, {@code brackets_too_deep})
     * @param reason a sentence naming the limit and the value
     */
    public record Problem(String code, String reason) {
    }

    private TextLimits() {
    }

    /**
     * Why this text cannot be extracted, if it cannot.
     *
     * @param text the text
     * @return the problem, or empty when the text is within the limits
     */
    public static Optional<Problem> problem(String text) {
        if (text.length() > MAX_CHARS) {
            return Optional.of(new Problem("text_too_long", "the text has " + text.length()
                    + " characters; at most " + MAX_CHARS + " are extracted"));
        }
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
                deepest = Math.max(deepest, depth);
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        if (deepest > MAX_BRACKET_DEPTH) {
            return Optional.of(new Problem("brackets_too_deep", "brackets are nested " + deepest
                    + " deep; at most " + MAX_BRACKET_DEPTH + " are extracted"));
        }
        return Optional.empty();
    }

    /**
     * The text with every control character other than tab, line feed and carriage return (and
     * other than the invisible format characters of a script) replaced by a space.
     *
     * @param text the text
     * @return the text, of the same length; the same instance when it holds no control character
     */
    public static String withoutControlCharacters(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
