/**
 * The values the workbench reasons about: contacts, contact attempts, notes, their outcomes
 * and channels, and the local time slot (day of week × hour in the contact's own zone).
 *
 * <p>Everything here is an immutable record or enum with no I/O; readers in
 * {@code org.reachlab.data.io} build them from what users bring.
 */
package org.reachlab.data.domain;
