package org.reachlab.models.encoding;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.reachlab.data.domain.Outcome;
import org.reachlab.data.log.AttemptLog;

/**
 * The running histories of all contacts a model has seen, by contact id. A contact not in the book
 * has an empty history. Mutable; not thread-safe.
 */
public final class HistoryBook {

    private static final ContactHistory EMPTY = new ContactHistory();

    private final Map<String, ContactHistory> histories;

    /** An empty book. */
    public HistoryBook() {
        this(new HashMap<>());
    }

    private HistoryBook(Map<String, ContactHistory> histories) {
        this.histories = histories;
    }

    /** The book after replaying every attempt of a log. */
    public static HistoryBook replay(AttemptLog log) {
        HistoryBook book = new HistoryBook();
        for (int i = 0; i < log.size(); i++) {
            book.observe(log.contact(i).id(), log.epochSecond(i),
                    org.reachlab.data.domain.LocalSlot.of(log.local(i)).index(), log.outcome(i));
        }
        return book;
    }

    /** A book holding the given histories (copied). */
    public static HistoryBook of(Map<String, ContactHistory> histories) {
        Map<String, ContactHistory> copy = new HashMap<>();
        histories.forEach((k, v) -> copy.put(k, new ContactHistory(v)));
        return new HistoryBook(copy);
    }

    /** Records an attempt of a contact in its local slot of the week. */
    public void observe(String contactId, long epochSecond, int slot, Outcome outcome) {
        histories.computeIfAbsent(contactId, k -> new ContactHistory()).observe(epochSecond, slot, outcome);
    }

    /** The contact's history; an empty one (do not modify it) when the contact is unknown. */
    public ContactHistory get(String contactId) {
        return histories.getOrDefault(contactId, EMPTY);
    }

    /** The histories, read-only. */
    public Map<String, ContactHistory> asMap() {
        return Collections.unmodifiableMap(histories);
    }

    /** The number of contacts with a history. */
    public int size() {
        return histories.size();
    }
}
