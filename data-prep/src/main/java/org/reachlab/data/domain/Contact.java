package org.reachlab.data.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A person that reps try to reach.
 *
 * @param id          unique contact id
 * @param country     ISO 3166-1 alpha-2 code, upper case
 * @param subdivision ISO 3166-2 code ({@code DE-BY}), or {@code null}
 * @param zone        the contact's time zone, given or derived; never {@code null}
 * @param industry    free text such as {@code manufacturing}, or {@code null}
 * @param companyId   or {@code null}
 * @param companySize employees, or {@code null} when unknown
 * @param role        free text such as {@code purchasing}, or {@code null}
 * @param language    language code of notes and emails, or {@code null}
 */
public record Contact(String id, String country, String subdivision, ZoneId zone, String industry,
                      String companyId, Integer companySize, String role, String language) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(zone, "zone");
        if (companySize != null && companySize < 0) {
            throw new IllegalArgumentException("companySize must be >= 0, received " + companySize);
        }
    }

    /** The holiday region of this contact: its subdivision when known, else its country. */
    public Region region() {
        return new Region(country, subdivision);
    }
}
