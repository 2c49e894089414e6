package org.reachlab.data.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parsing of the typed values in the input tables. Each parser throws {@link BadValue} with a
 * reason a person can act on; validators turn it into a {@link Rejection}.
 */
public final class Values {

    private Values() {
    }

    /** A value that cannot be read; {@code code} is stable for counting. */
    public static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        public BadValue(String code, String reason) {
            super(reason, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Parses an ISO-8601 date-time that carries an offset or {@code Z}
     * ({@code 2026-03-03T10:00:00+01:00}); a space instead of the {@code T} is accepted.
     */
    public static OffsetDateTime timestamp(String text) throws BadValue {
        String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        OffsetDateTime fast = fastParse(t);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            if (hasNoOffset(t)) {
                throw new BadValue("no_offset", "the timestamp '" + text + "' has no offset, so its instant is unknown;"
                        + " write it with one, as 2026-03-03T10:00:00+01:00 or 2026-03-03T09:00:00Z");
            }
            throw new BadValue("bad_timestamp", "'" + text + "' is not an ISO-8601 date-time with offset"
                    + " (expected e.g. 2026-03-03T10:00:00+01:00)");
        }
    }

    private static boolean hasNoOffset(String t) {
        try {
            LocalDateTime.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDate.parse(t);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    /**
     * The common shape {@code yyyy-MM-ddTHH:mm:ss} followed by {@code Z} or {@code ±HH:MM}, parsed
     * without the general formatter (several times faster); {@code null} for any other shape.
     */
    static OffsetDateTime fastParse(String t) {
        int n = t.length();
        if ((n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        ZoneOffset offset;
        if (n == 20) {
            if (t.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = t.charAt(19);
            int oh = digits(t, 20, 2);
            int om = digits(t, 23, 2);
            if ((sign != '+' && sign != '-') || t.charAt(22) != ':' || oh < 0 || om < 0) {
                return null;
            }
            try {
                offset = ZoneOffset.ofHoursMinutes(sign == '-' ? -oh : oh, sign == '-' ? -om : om);
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
        } catch (DateTimeException e) {
            return null; // the general parser gives the message
        }
    }

    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A non-negative integer. */
    public static int nonNegativeInt(String text, String what) throws BadValue {
        try {
            int v = Integer.parseInt(text);
            if (v < 0) {
                throw new BadValue("negative_" + what, what + " must be 0 or more, received " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadValue("bad_" + what, what + " must be a whole number, received '" + text + "'");
        }
    }

    /** {@code true} or {@code false}, case-insensitively (also {@code yes}/{@code no}, {@code 1}/{@code 0}). */
    public static boolean bool(String text, String what) throws BadValue {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1":
                return true;
            case "false", "no", "0":
                return false;
            default:
                throw new BadValue("bad_" + what, what + " must be true or false, received '" + text + "'");
        }
    }

    /** A probability in (0, 1]. */
    public static double propensity(String text) throws BadValue {
        double p;
        try {
            p = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadValue("bad_propensity", "propensity must be a number in (0, 1], received '" + text + "'");
        }
        if (!(p > 0 && p <= 1)) {
            throw new BadValue("bad_propensity", "propensity must be in (0, 1], received " + text);
        }
        return p;
    }
}
