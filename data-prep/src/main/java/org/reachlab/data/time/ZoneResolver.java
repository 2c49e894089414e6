package org.reachlab.data.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a contact's time zone from what its row gives: an explicit IANA zone wins; otherwise
 * the zone of its subdivision ({@code US-TX}) when the country spans several zones; otherwise
 * the country's zone.
 *
 * <p>The tables are resources of this package: {@code country-zones.tsv} (from the IANA tz
 * database's {@code zone.tab}) and {@code subdivision-zones.tsv}. Both say where they make a
 * choice (a state split between two zones is given the zone of most of its people).
 */
public final class ZoneResolver {

    /** Sentinel in the country table for a country that spans several zones. */
    private static final String SEVERAL = "-";

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, String> countryZones;
    private final Map<String, String> subdivisionZones;

    private ZoneResolver(Map<String, String> countryZones, Map<String, String> subdivisionZones) {
        this.countryZones = countryZones;
        this.subdivisionZones = subdivisionZones;
    }

    /** The resolver built from the bundled tables. */
    public static ZoneResolver standard() {
        return new ZoneResolver(load("country-zones.tsv"), load("subdivision-zones.tsv"));
    }

    /**
     * Resolves a zone.
     *
     * @param country     ISO 3166-1 alpha-2 code
     * @param subdivision ISO 3166-2 code or {@code null}
     * @param zone        an explicit IANA zone id or {@code null}
     * @return the zone
     * @throws ZoneResolutionException with a message a person can act on
     */
    public ZoneId resolve(String country, String subdivision, String zone) {
        if (zone != null && !zone.isBlank()) {
            return parseZone(zone.trim());
        }
        if (!isCountry(country)) {
            throw new ZoneResolutionException("unknown country code '" + country
                    + "' (expected ISO 3166-1 alpha-2 such as DE, NO, US)");
        }
        if (subdivision != null && !subdivision.isBlank()) {
            String z = subdivisionZones.get(subdivision.trim().toUpperCase(Locale.ROOT));
            if (z != null) {
                return ZoneId.of(z);
            }
        }
        String z = countryZones.get(country);
        if (z == null) {
            throw new ZoneResolutionException("no time zone is known for country " + country + "; give a zone");
        }
        if (SEVERAL.equals(z)) {
            boolean hasSubdivision = subdivision != null && !subdivision.isBlank();
            throw new ZoneResolutionException("country " + country + " spans several time zones"
                    + (hasSubdivision ? " and subdivision " + subdivision + " does not fix one" : "")
                    + "; give a zone" + exampleZone(country));
        }
        return ZoneId.of(z);
    }

    /** True when the country is a known ISO 3166-1 alpha-2 code. */
    public static boolean isCountry(String country) {
        return country != null && ISO_COUNTRIES.contains(country);
    }

    /** Parses an IANA zone id, rejecting fixed offsets that have no DST rules of a place. */
    public static ZoneId parseZone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ZoneResolutionException("unknown time zone '" + zone + "' (expected an IANA id such as Europe/Berlin)");
        }
    }

    private String exampleZone(String country) {
        String prefix = country + "-";
        return subdivisionZones.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .min(Map.Entry.comparingByKey())
                .map(e -> " such as " + e.getValue() + ", or a subdivision such as " + e.getKey())
                .orElse(" (an IANA id)");
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = ZoneResolver.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                map.put(f[0].trim(), f[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
