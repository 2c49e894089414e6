/**
 * Per-contact stated-preference profiles: the signals of a contact's notes aggregated into a
 * weight per local weekly slot (168 slots) plus dated statements, newer statements overriding older.
 */
package org.reachlab.signals.profile;
