/**
 * Reading training data from a directory written by {@code reachlab ingest} or
 * {@code reachlab generate}: {@code contacts.csv} and {@code calls.csv} (validated again on the
 * way in), hashed with SHA-256 for provenance.
 */
package org.reachlab.models.data;
