package org.reachlab.data.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.reachlab.data.compliance.ContactFlags;
import org.reachlab.data.domain.Contact;
import org.reachlab.data.io.CsvRow;
import org.reachlab.data.io.CsvTableReader;
import org.reachlab.data.io.Rejection;
import org.reachlab.data.io.TableSchema;
import org.reachlab.data.io.Values;
import org.reachlab.data.time.ZoneResolutionException;
import org.reachlab.data.time.ZoneResolver;

/**
 * The validated contacts table: every accepted contact by id, and for every rejected id why it was
 * rejected (so that calls to it can say so).
 */
public final class ContactTable {

    /** Columns of the validated contacts table, before the input's extra columns. */
    public static final List<String> COLUMNS = List.of("contact_id", "country", "subdivision", "zone", "industry",
            "company_id", "company_size", "role", "language");

    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private final Map<String, Contact> contacts;
    private final Map<String, String> rejectedIds;
    private final Map<String, ContactFlags> flags;
    private final TableReport report;

    private ContactTable(Map<String, Contact> contacts, Map<String, String> rejectedIds,
                         Map<String, ContactFlags> flags, TableReport report) {
        this.contacts = Collections.unmodifiableMap(contacts);
        this.rejectedIds = Collections.unmodifiableMap(rejectedIds);
        this.flags = Collections.unmodifiableMap(flags);
        this.report = report;
    }

    /**
     * Reads and validates a contacts file.
     *
     * @param file      the contacts CSV
     * @param rejects   receives every rejected row
     * @param validated where to write the accepted rows, or {@code null}
     */
    public static ContactTable read(Path file, ZoneResolver zones, Consumer<Rejection> rejects, Path validated)
            throws IOException {
        TableReport report = new TableReport(TableSchema.CONTACTS.name(), file.toString());
        Map<String, Contact> accepted = new LinkedHashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, String> rejectedIds = new HashMap<>();
        Map<String, ContactFlags> flagsById = new HashMap<>();
        Consumer<Rejection> sink = r -> {
            report.countRejected(r);
            rejects.accept(r);
        };
        try (CsvTableReader reader = CsvTableReader.open(file, TableSchema.CONTACTS, sink)) {
            List<String> extra = reader.extraColumns(TableSchema.CONTACTS);
            try (TableWriter out = validated == null ? null : new TableWriter(validated, COLUMNS, extra)) {
                for (CsvRow row : reader) {
                    try {
                        Contact c = validate(row, zones);
                        ContactFlags f = flags(row);
                        Long first = firstLine.putIfAbsent(c.id(), row.line());
                        if (first != null) {
                            throw RowRejected.of(row, "contact_id", "duplicate_contact_id",
                                    "contact_id '" + c.id() + "' is already used on line " + first);
                        }
                        accepted.put(c.id(), c);
                        if (!f.equals(ContactFlags.NONE)) {
                            flagsById.put(c.id(), f);
                        }
                        rejectedIds.remove(c.id());
                        report.countAccepted();
                        if (out != null) {
                            out.line().text(c.id()).text(c.country()).text(c.subdivision()).text(c.zone().getId())
                                    .text(c.industry()).text(c.companyId()).value(c.companySize()).text(c.role())
                                    .text(c.language());
                            out.endRow(row);
                        }
                    } catch (RowRejected e) {
                        Rejection r = e.rejection();
                        String id = row.get("contact_id");
                        if (id != null && !accepted.containsKey(id)) {
                            rejectedIds.putIfAbsent(id, file.getFileName() + " line " + row.line() + ": " + r.reason());
                        }
                        sink.accept(r);
                    }
                }
            }
            report.read(reader.rowsRead());
        }
        report.checkBalanced();
        return new ContactTable(accepted, rejectedIds, flagsById, report);
    }

    /** Validates one row into a contact. */
    static Contact validate(CsvRow row, ZoneResolver zones) throws RowRejected {
        String id = RowRejected.required(row, "contact_id");
        String country = RowRejected.required(row, "country").toUpperCase(Locale.ROOT);
        if (!ZoneResolver.isCountry(country)) {
            throw RowRejected.of(row, "country", "unknown_country",
                    "'" + row.get("country") + "' is not an ISO 3166-1 alpha-2 country code (such as DE, NO, US)");
        }
        String subdivision = row.get("subdivision");
        if (subdivision != null) {
            subdivision = subdivision.toUpperCase(Locale.ROOT);
            if (!SUBDIVISION.matcher(subdivision).matches() || !subdivision.startsWith(country + "-")) {
                throw RowRejected.of(row, "subdivision", "bad_subdivision", "'" + row.get("subdivision")
                        + "' is not an ISO 3166-2 subdivision of " + country + " (such as " + country + "-"
                        + ("US".equals(country) ? "CA" : "BY") + ")");
            }
        }
        java.time.ZoneId zone;
        try {
            zone = zones.resolve(country, subdivision, row.get("zone"));
        } catch (ZoneResolutionException e) {
            String code = row.get("zone") != null ? "unknown_zone" : "zone_required";
            throw RowRejected.of(row, row.get("zone") != null ? "zone" : "country", code, e.getMessage());
        }
        Integer size = null;
        if (row.get("company_size") != null) {
            try {
                size = Values.nonNegativeInt(row.get("company_size"), "company_size");
            } catch (Values.BadValue bad) {
                throw RowRejected.of(row, "company_size", bad);
            }
        }
        String language = row.get("language");
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(language).matches()) {
                throw RowRejected.of(row, "language", "bad_language",
                        "'" + row.get("language") + "' is not a language code (such as en, de, no)");
            }
        }
        return new Contact(id, country, subdivision, zone, lower(row.get("industry")), row.get("company_id"), size,
                lower(row.get("role")), language);
    }

    /**
     * The optional calling flags of a row: {@code do_not_call} ({@code true}/{@code false}, also
     * {@code yes}/{@code no}, {@code 1}/{@code 0}) and quiet hours {@code quiet_from}, {@code quiet_to}
     * ({@code HH:MM}, both or neither, different; they may span midnight).
     */
    static ContactFlags flags(CsvRow row) throws RowRejected {
        boolean dnc = false;
        String d = row.get("do_not_call");
        if (d != null) {
            switch (d.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "y" -> dnc = true;
                case "false", "no", "0", "n" -> dnc = false;
                default -> throw RowRejected.of(row, "do_not_call", "bad_do_not_call",
                        "'" + d + "' is not true or false");
            }
        }
        String qf = row.get("quiet_from");
        String qt = row.get("quiet_to");
        if ((qf == null) != (qt == null)) {
            String missing = qf == null ? "quiet_from" : "quiet_to";
            throw RowRejected.of(row, missing, "quiet_hours_incomplete",
                    "quiet hours need both quiet_from and quiet_to; " + missing + " is empty");
        }
        int from = qf == null ? -1 : minuteOfDay(row, "quiet_from", qf);
        int to = qt == null ? -1 : minuteOfDay(row, "quiet_to", qt);
        if (from >= 0 && (from == to || from == 1440)) {
            throw RowRejected.of(row, "quiet_to", "bad_quiet_hours",
                    "quiet hours " + qf + "-" + qt + " are empty (quiet_from must differ from quiet_to)");
        }
        return dnc || from >= 0 ? new ContactFlags(dnc, from, to) : ContactFlags.NONE;
    }

    private static int minuteOfDay(CsvRow row, String column, String text) throws RowRejected {
        java.util.regex.Matcher m = TIME_OF_DAY.matcher(text.trim());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (min < 60 && (h < 24 || (h == 24 && min == 0))) {
                return h * 60 + min;
            }
        }
        throw RowRejected.of(row, column, "bad_time_of_day", "'" + text + "' is not a time of day HH:MM (00:00-24:00)");
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The accepted contacts by id, in file order. */
    public Map<String, Contact> contacts() {
        return contacts;
    }

    /** The contact with this id, if it was accepted. */
    public Optional<Contact> get(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    /** The calling flags of an accepted contact ({@link ContactFlags#NONE} when its row gives none). */
    public ContactFlags flags(String id) {
        return flags.getOrDefault(id, ContactFlags.NONE);
    }

    /** The ids of the rejected contacts (never accepted), with why. */
    public Map<String, String> rejectedIds() {
        return rejectedIds;
    }

    /** Why the contact with this id was rejected, if it was (and never accepted). */
    public Optional<String> rejectionOf(String id) {
        return Optional.ofNullable(rejectedIds.get(id));
    }

    public TableReport report() {
        return report;
    }
}
