/**
 * Reading notes (CSV or JSON Lines with the spec's fields) and labelled notes, and writing
 * signals in the spec's JSON form.
 */
package org.reachlab.signals.io;
