/**
 * Baseline families: {@code fixed} (a constant rate inside 09:00–17:00 on working days, zero
 * outside: what a team without a model assumes), {@code global} (one rate per local weekly slot,
 * pooled over everybody) and {@code segment} (slot rates per industry × role × country, shrunk
 * toward the global rates).
 */
package org.reachlab.models.baseline;
