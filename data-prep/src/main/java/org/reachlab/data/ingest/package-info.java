/**
 * Validation of the three input tables into domain values, and the ingest job that writes the
 * validated tables, the rejects file, the feature table and {@code summary.json}. For every table
 * read = accepted + rejected holds.
 */
package org.reachlab.data.ingest;
