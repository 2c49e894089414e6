/**
 * Time zones and local time, the one place for the workbench's general time logic: which IANA
 * zone a contact lives in (given, or derived from country and subdivision), how instants become
 * local wall-clock times and back, correctly across daylight-saving gaps and overlaps
 * ({@link org.reachlab.data.time.LocalTimes}), the fast local slot, hour and date of an epoch
 * second that the models' inner loops use ({@link org.reachlab.data.time.LocalClock}), and ISO
 * weeks ({@link org.reachlab.data.time.IsoWeek}). Calendar knowledge (public holidays, bridge
 * days) lives in {@code org.reachlab.data.calendar}.
 */
package org.reachlab.data.time;
