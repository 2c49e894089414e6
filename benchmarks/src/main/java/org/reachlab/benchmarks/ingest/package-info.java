/** Benchmarks of the ingest job: CSV exports in, validated tables out, in rows per second. */
package org.reachlab.benchmarks.ingest;
