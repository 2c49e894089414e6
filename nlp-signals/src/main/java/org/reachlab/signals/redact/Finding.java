package org.reachlab.signals.redact;

/**
 * One piece of personal data found in a text.
 *
 * @param begin offset of its first character
 * @param end   offset after its last character
 * @param type  what it is
 */
public record Finding(int begin, int end, PersonalData type) {

    public Finding {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("a finding needs 0 <= begin < end, received begin=" + begin
                    + " end=" + end);
        }
    }

    /** True when it shares a character with {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return begin < to && from < end;
    }
}
