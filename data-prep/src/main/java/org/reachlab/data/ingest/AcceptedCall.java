package org.reachlab.data.ingest;

import java.time.ZonedDateTime;
import org.reachlab.data.domain.Attempt;
import org.reachlab.data.domain.Contact;

/**
 * An attempt that passed validation, with its contact and its local time in the contact's zone.
 *
 * @param attempt the attempt
 * @param contact the contact called
 * @param local   the attempt's start in the contact's zone
 * @param line    the line of calls.csv it came from
 */
public record AcceptedCall(Attempt attempt, Contact contact, ZonedDateTime local, long line) {
}
