package org.reachlab.data.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A country and optionally one of its subdivisions, the unit that public holidays apply to.
 *
 * @param country     ISO 3166-1 alpha-2 code, upper case
 * @param subdivision ISO 3166-2 code such as {@code DE-BY}, or {@code null} for the whole country
 */
public record Region(String country, String subdivision) {

    public Region {
        Objects.requireNonNull(country, "country");
        if (subdivision != null && !subdivision.startsWith(country + "-")) {
            throw new IllegalArgumentException(
                    "subdivision " + subdivision + " does not belong to country " + country);
        }
    }

    /** The whole country. */
    public static Region of(String country) {
        return new Region(country, null);
    }

    /** The part of the subdivision code after the country ({@code BY} for {@code DE-BY}). */
    public Optional<String> subdivisionCode() {
        return subdivision == null ? Optional.empty()
                : Optional.of(subdivision.substring(country.length() + 1));
    }

    /** Parses {@code DE} or {@code DE-BY}, case-insensitively. */
    public static Region parse(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        int dash = c.indexOf('-');
        return dash < 0 ? of(c) : new Region(c.substring(0, dash), c);
    }

    @Override
    public String toString() {
        return subdivision == null ? country : subdivision;
    }
}
