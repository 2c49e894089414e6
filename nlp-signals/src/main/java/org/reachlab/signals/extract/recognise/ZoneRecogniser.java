package org.reachlab.signals.extract.recognise;

import java.time.ZoneId;
import java.util.List;
import org.reachlab.signals.lexicon.Lexicon;

/** Stated time zones ("CET", "Pacific", "UK time", "my time"), as the lexicon's {@code zone.*} keys map them. */
final class ZoneRecogniser {

    private static final String PERSON = "person";

    private final List<Lexicon.Zone> zones;

    ZoneRecogniser(Lexicon lex) {
        zones = lex.zones();
    }

    /**
     * The zone a clause states.
     *
     * @param orig       the clause as written
     * @param personZone the person's zone when known, or null
     * @return an IANA id (or {@code CET}), the person's zone for "my time", or null when none is stated
     */
    String zone(String orig, ZoneId personZone) {
        for (Lexicon.Zone z : zones) {
            if (z.pattern().matcher(orig).find()) {
                if (z.id().equals(PERSON)) {
                    return personZone == null ? null : personZone.getId();
                }
                return z.id();
            }
        }
        return null;
    }
}
