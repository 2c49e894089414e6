/**
 * Time zones and local time: which IANA zone a contact lives in (given, or derived from
 * country and subdivision) and how instants become local wall-clock times and back, correctly
 * across daylight-saving gaps and overlaps.
 */
package org.reachlab.data.time;
