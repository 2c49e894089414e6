package org.reachlab.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Writes RFC 4180 CSV rows field by field into any {@link Appendable} (a writer, or a
 * {@link StringBuilder} when rows are formatted in parallel and written in order later), without
 * boxing numbers or building a list per row. A field is quoted only when it holds a comma, a
 * quote or a line break, or begins or ends with a space; {@code null} is an empty field. Rows end
 * with {@code \n}.
 */
public final class CsvLineWriter {

    private final Appendable out;
    private boolean first = true;

    public CsvLineWriter(Appendable out) {
        this.out = out;
    }

    private void separator() throws IOException {
        if (first) {
            first = false;
        } else {
            out.append(',');
        }
    }

    /** A text field; {@code null} writes an empty field. */
    public CsvLineWriter text(CharSequence s) {
        try {
            separator();
            if (s == null || s.length() == 0) {
                return this;
            }
            if (needsQuotes(s)) {
                out.append('"');
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '"') {
                        out.append('"');
                    }
                    out.append(c);
                }
                out.append('"');
            } else {
                out.append(s);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any value by its {@code toString()}; {@code null} writes an empty field. */
    public CsvLineWriter value(Object o) {
        return text(o == null ? null : o.toString());
    }

    /**
     * An instant as {@link Instant#toString()} writes it. Into a {@link StringBuilder}, whole
     * seconds of the years 1000 to 9999 are written digit by digit, without a formatter and its
     * temporary objects.
     */
    public CsvLineWriter instant(Instant t) {
        if (t == null || t.getNano() != 0 || !(out instanceof StringBuilder sb)) {
            return value(t);
        }
        long s = t.getEpochSecond();
        long date = civil(Math.floorDiv(s, 86_400));
        if (date < 0) {
            return value(t);
        }
        separator0();
        int sod = (int) Math.floorMod(s, 86_400);
        appendDate(sb, date);
        sb.append('T');
        two(sb, sod / 3600);
        sb.append(':');
        two(sb, sod / 60 % 60);
        sb.append(':');
        two(sb, sod % 60);
        sb.append('Z');
        return this;
    }

    /**
     * A zoned date-time as its {@link ZonedDateTime#toOffsetDateTime() offset date-time}'s
     * {@code toString()} writes it (seconds only when not zero, then the offset), digit by digit
     * into a {@link StringBuilder} as {@link #instant(Instant)} does.
     */
    public CsvLineWriter offsetDateTime(ZonedDateTime t) {
        if (t == null || t.getNano() != 0 || t.getYear() < 1000 || t.getYear() > 9999
                || !(out instanceof StringBuilder sb)) {
            return value(t == null ? null : t.toOffsetDateTime());
        }
        separator0();
        appendDate(sb, ((long) t.getYear() << 9) | (t.getMonthValue() << 5) | t.getDayOfMonth());
        sb.append('T');
        two(sb, t.getHour());
        sb.append(':');
        two(sb, t.getMinute());
        if (t.getSecond() != 0) {
            sb.append(':');
            two(sb, t.getSecond());
        }
        sb.append(t.getOffset().getId());
        return this;
    }

    /** Year, month and day of an epoch day packed as {@code year << 9 | month << 5 | day}, or -1 outside 1000-9999. */
    private static long civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long day = doy - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1000 || year > 9999) {
            return -1;
        }
        return (year << 9) | (month << 5) | day;
    }

    private static void appendDate(StringBuilder sb, long packed) {
        int year = (int) (packed >>> 9);
        sb.append(year).append('-');
        two(sb, (int) (packed >>> 5) & 15);
        sb.append('-');
        two(sb, (int) packed & 31);
    }

    private static void two(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private void separator0() {
        try {
            separator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole number. */
    public CsvLineWriter number(long v) {
        try {
            separator();
            if (out instanceof StringBuilder sb) {
                sb.append(v);
            } else {
                out.append(Long.toString(v));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decimal rounded to three places; NaN writes an empty field. */
    public CsvLineWriter decimal(double v) {
        if (Double.isNaN(v)) {
            return text(null);
        }
        long milli = Math.round(v * 1000);
        try {
            separator();
            if (milli < 0) {
                out.append('-');
                milli = -milli;
            }
            out.append(Long.toString(milli / 1000));
            long frac = milli % 1000;
            if (frac != 0) {
                out.append('.');
                if (frac < 100) {
                    out.append('0');
                }
                if (frac < 10) {
                    out.append('0');
                }
                long f = frac;
                while (f % 10 == 0) {
                    f /= 10;
                }
                out.append(Long.toString(f));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code true} or {@code false}. */
    public CsvLineWriter bool(boolean v) {
        return text(v ? "true" : "false");
    }

    /** Ends the row. */
    public void end() {
        try {
            out.append('\n');
            first = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a whole row of strings. */
    public void row(Iterable<String> values) {
        for (String v : values) {
            text(v);
        }
        end();
    }

    private static boolean needsQuotes(CharSequence s) {
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
