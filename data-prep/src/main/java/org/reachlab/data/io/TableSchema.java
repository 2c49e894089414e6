package org.reachlab.data.io;

import java.util.List;

/**
 * The columns of one input table: those that must be present in the header, and those the
 * workbench understands when present. Any other column is kept and passed through.
 *
 * @param name     the table's name ({@code calls}, {@code contacts}, {@code notes}, {@code events})
 * @param required lower-case names that must be in the header
 * @param optional lower-case names that may be
 */
public record TableSchema(String name, List<String> required, List<String> optional) {

    public TableSchema {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** calls.csv: one row per contact attempt. */
    public static final TableSchema CALLS = new TableSchema("calls",
            List.of("attempt_id", "contact_id", "at", "outcome"),
            List.of("channel", "rep_id", "duration_s", "meeting_booked", "policy", "propensity", "note"));

    /** contacts.csv: one row per person. */
    public static final TableSchema CONTACTS = new TableSchema("contacts",
            List.of("contact_id", "country"),
            List.of("zone", "subdivision", "industry", "company_id", "company_size", "role", "language"));

    /** notes.csv: one row per email or note. */
    public static final TableSchema NOTES = new TableSchema("notes",
            List.of("id", "contact_id", "at", "text"),
            List.of("source", "lang"));

    /** events.csv: one row per behavioural event. */
    public static final TableSchema EVENTS = new TableSchema("events",
            List.of("event_id", "contact_id", "at", "kind"),
            List.of("rep_id", "ref", "source"));

    /** True when the column is one this schema names. */
    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
