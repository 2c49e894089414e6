/**
 * Timing signals: typed, immutable statements about when a contact can or cannot be reached,
 * as defined by the timing-signals specification ({@link org.reachlab.signals.TimingSignal}).
 */
package org.reachlab.signals;
