/**
 * The feature table: one row per attempt with its local calendar position (day, hour, slot,
 * holiday and bridge-day flags, days to the next holiday), the contact's history before it
 * (attempt number, hours since the previous attempt, previous outcomes so far, never looking
 * ahead) and the contact's attributes. As a Tablesaw {@code Table} or streamed to CSV.
 */
package org.reachlab.data.features;
