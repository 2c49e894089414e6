package org.reachlab.models;

import java.util.Locale;
import org.reachlab.data.domain.Contact;

/**
 * A segment of contacts: industry × role × country. Missing values become {@code unknown}, so every
 * contact has a segment; text is compared lower-case and trimmed.
 *
 * @param industry industry, lower case
 * @param role     role, lower case
 * @param country  ISO country code, upper case
 */
public record Segment(String industry, String role, String country) {

    /** The value used for a missing industry or role. */
    public static final String UNKNOWN = "unknown";

    /** The segment of a contact. */
    public static Segment of(Contact c) {
        return new Segment(norm(c.industry()), norm(c.role()), c.country().toUpperCase(Locale.ROOT));
    }

    /** Parses the {@link #toString()} form {@code industry|role|country}. */
    public static Segment parse(String key) {
        String[] p = key.split("\\|", -1);
        if (p.length != 3) {
            throw new IllegalArgumentException("a segment key is industry|role|country, received '" + key + "'");
        }
        return new Segment(p[0], p[1], p[2]);
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? UNKNOWN : s.trim().toLowerCase(Locale.ROOT);
    }

    /** {@code industry|role|country}. */
    @Override
    public String toString() {
        return industry + "|" + role + "|" + country;
    }
}
