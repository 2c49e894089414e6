/**
 * Synthetic notes for measuring extraction speed: a seeded, realistic mix of CRM notes in which
 * most notes carry no timing words.
 */
package org.reachlab.signals.sample;
