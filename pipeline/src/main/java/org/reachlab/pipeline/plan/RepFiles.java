package org.reachlab.pipeline.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.InputFormatException;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.time.ZoneResolver;

/**
 * Reads {@code reps.csv} ({@code rep_id}; optional {@code zone}, {@code team}, {@code capacity},
 * {@code start}, {@code end}, {@code per_hour}, dials in one hour, and {@code days}, the working
 * weekdays such as {@code MON TUE WED THU FRI SAT}; Monday to Friday when empty). A reps file is short and
 * every rep in it is planned for, so a bad value stops the plan with one message naming the file,
 * the line, the column and the value, rather than dropping the rep.
 */
public final class RepFiles {

    /** The reps table's columns. */
    public static final TableSchema REPS = new TableSchema("reps", List.of("rep_id"),
            List.of("zone", "team", "capacity", "start", "end", "per_hour", "days"));

    private RepFiles() {
    }

    /**
     * Reads the reps; a rep without a zone takes {@code defaultZone}.
     *
     * @throws PlanInputException naming the file, line, column and value of the first bad value
     */
    public static List<Rep> read(Path file, ZoneId defaultZone) throws IOException {
        List<Rep> reps = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CsvTableReader reader = CsvTableReader.open(file, REPS, r -> {
            throw new PlanInputException(file + " line " + r.line() + ": " + r.reason());
        })) {
            for (CsvRow row : reader) {
                String id = row.get("rep_id");
                if (id == null) {
                    throw bad(file, row, "rep_id", null, "is empty");
                }
                if (!ids.add(id)) {
                    throw bad(file, row, "rep_id", id, "is used twice");
                }
                ZoneId zone = defaultZone;
                if (row.get("zone") != null) {
                    try {
                        zone = ZoneResolver.parseZone(row.get("zone"));
                    } catch (RuntimeException e) {
                        throw bad(file, row, "zone", row.get("zone"), "is not an IANA time zone (such as Europe/Oslo)");
                    }
                }
                int capacity = integer(file, row, "capacity", Rep.DEFAULT_CAPACITY, 0, 10_000);
                int perHour = integer(file, row, "per_hour", Rep.DEFAULT_PER_HOUR, 1, 60);
                LocalTime start = time(file, row, "start", Rep.DEFAULT_START);
                LocalTime end = time(file, row, "end", Rep.DEFAULT_END);
                if (!start.isBefore(end)) {
                    throw bad(file, row, "end", row.get("end"), "is not after start " + start);
                }
                reps.add(new Rep(id, zone, capacity, perHour, start, end, row.get("team"), days(file, row)));
            }
        } catch (InputFormatException e) {
            throw new PlanInputException(e.getMessage());
        }
        if (reps.isEmpty()) {
            throw new PlanInputException(file + " lists no reps");
        }
        return reps;
    }

    /** The reps of a call log, each in the zone most of its contacts are in (else {@code defaultZone}), with the default capacity. */
    public static List<Rep> fromLog(CallLogIndex log, ZoneId defaultZone) {
        Map<String, Map<ZoneId, Integer>> zones = log.zonesByRep();
        List<Rep> reps = new ArrayList<>();
        for (String id : log.reps()) {
            ZoneId zone = zones.getOrDefault(id, Map.of()).entrySet().stream()
                    .max(Map.Entry.<ZoneId, Integer>comparingByValue()
                            .thenComparing(e -> e.getKey().getId(), java.util.Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(defaultZone);
            reps.add(Rep.withDefaults(id, zone));
        }
        return reps;
    }

    private static java.util.Set<java.time.DayOfWeek> days(Path file, CsvRow row) {
        String v = row.get("days");
        if (v == null) {
            return Rep.DEFAULT_DAYS;
        }
        java.util.Set<java.time.DayOfWeek> out = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (String d : v.trim().split("[\\s;/|]+")) {
            java.time.DayOfWeek found = null;
            for (java.time.DayOfWeek w : java.time.DayOfWeek.values()) {
                if (d.length() >= 3 && w.name().startsWith(d.toUpperCase(java.util.Locale.ROOT))) {
                    found = w;
                }
            }
            if (found == null) {
                throw bad(file, row, "days", v, "names an unknown day '" + d + "' (expected MON TUE WED THU FRI SAT SUN)");
            }
            out.add(found);
        }
        return out;
    }

    private static int integer(Path file, CsvRow row, String column, int fallback, int min, int max) {
        String v = row.get(column);
        if (v == null) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(file, row, column, v, "is not a whole number from " + min + " to " + max);
    }

    private static LocalTime time(Path file, CsvRow row, String column, LocalTime fallback) {
        String v = row.get(column);
        if (v == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(v.length() == 4 ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw bad(file, row, column, v, "is not a time of day HH:MM");
        }
    }

    private static PlanInputException bad(Path file, CsvRow row, String column, String value, String what) {
        return new PlanInputException(file + " line " + row.line() + ", column " + column
                + (value == null ? "" : " '" + value + "'") + ": " + what);
    }
}
