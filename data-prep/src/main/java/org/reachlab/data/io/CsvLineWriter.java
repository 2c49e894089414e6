package org.reachlab.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;

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
